// A participant adds what went well and what went wrong to the review (once the incident is contained).
import { randomUUID } from 'node:crypto';
import type { Contribution } from '../../core/api/evaluation.js';
import { insertContribution } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadEditableReview, presentContribution } from './support.js';

export async function addContribution(
  ctx: Ctx,
  incidentKey: string,
  input: { went_well?: string | undefined; went_wrong?: string | undefined },
): Promise<Contribution> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadEditableReview(ctx, u, incidentKey);
    const actor = ctx.actor!;
    const row = {
      id: randomUUID(),
      incident_id: incident.id,
      author_id: actor.id,
      went_well: input.went_well ?? '',
      went_wrong: input.went_wrong ?? '',
      created_at: u.now,
      updated_at: u.now,
    };
    await insertContribution(u.tx, row);
    await u.event(
      'review.contribution_added',
      { contribution_id: row.id, went_well: row.went_well, went_wrong: row.went_wrong },
      { chainId: incident.id, subject: row.id },
    );
    return presentContribution(row, new Map([[actor.id, actor.name]]), actor, true);
  });
}
