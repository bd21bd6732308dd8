// The plan's history: the list of versions, one version, and what changed between two.
import { diffPlans } from '../../core/plan/index.js';
import { getAccount } from '../../store/repos/accounts.js';
import { listPlanVersions as listRows } from '../../store/repos/plan.js';
import { requireActor, type Ctx } from '../context.js';
import { planVersion } from './current-plan.js';

export async function listPlanVersions(ctx: Ctx) {
  requireActor(ctx, 'responder');
  const rows = await listRows(ctx.store.db);
  return {
    items: rows.map((r) => ({
      number: Number(r.number),
      description: r.description,
      author_name: r.author_name ?? null,
      created_at: r.created_at,
      restored_from: r.restored_from === null ? null : Number(r.restored_from),
    })),
  };
}

export async function getPlanVersion(ctx: Ctx, number: number) {
  requireActor(ctx, 'responder');
  const { row, plan } = await planVersion(ctx.store, number);
  const author = row.author_id ? await getAccount(ctx.store.db, row.author_id) : undefined;
  return {
    number: Number(row.number),
    description: row.description,
    author_name: author?.name ?? null,
    created_at: row.created_at,
    yaml: row.yaml,
    plan,
  };
}

export async function diffPlanVersions(ctx: Ctx, from: number, to: number) {
  const me = requireActor(ctx, 'responder');
  const [a, b] = [await planVersion(ctx.store, from), await planVersion(ctx.store, to)];
  const changes = diffPlans(a.plan, b.plan, me.language);
  return {
    from,
    to,
    changes: changes.map((c) => ({
      kind: c.kind,
      label: c.label,
      path: c.path.map(String),
      before: c.before ?? null,
      after: c.after ?? null,
    })),
  };
}
