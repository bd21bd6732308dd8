// What the API shows of the plan in force: the version, who made it, the document, the review and contact check.
import { reviewStatus } from '../../core/plan/index.js';
import type { Plan } from '../../core/plan/index.js';
import { getAccount } from '../../store/repos/accounts.js';
import { contactCheckEntries, latestContactCheck, type PlanVersionRow } from '../../store/repos/plan.js';
import type { Tx } from '../../store/db.js';

export async function presentPlan(tx: Tx, row: PlanVersionRow, plan: Plan, now: Date) {
  const author = row.author_id ? await getAccount(tx, row.author_id) : undefined;
  const check = await latestContactCheck(tx);
  const entries = check ? await contactCheckEntries(tx, check.id) : [];
  return {
    version: Number(row.number),
    description: row.description,
    author_name: author?.name ?? null,
    created_at: row.created_at,
    yaml: row.yaml,
    plan,
    review: reviewStatus(plan.reviewed_at, now),
    contact_check: check
      ? {
          id: check.id,
          started_at: check.started_at,
          acknowledged: entries.filter((e) => e.acknowledged_at !== null).length,
          total: entries.length,
        }
      : null,
  };
}
