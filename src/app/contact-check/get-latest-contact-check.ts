// The latest contact check: who acknowledged, how fast, and who did not.
import { notFound } from '../../core/errors.js';
import { getAccount } from '../../store/repos/accounts.js';
import { contactCheckEntries, latestContactCheck } from '../../store/repos/plan.js';
import { requireActor, type Ctx } from '../context.js';

export async function getLatestContactCheck(ctx: Ctx) {
  requireActor(ctx, 'responder');
  const check = await latestContactCheck(ctx.store.db);
  if (!check) throw notFound('contact_check');
  const entries = await contactCheckEntries(ctx.store.db, check.id);
  const starter = check.started_by ? await getAccount(ctx.store.db, check.started_by) : undefined;
  const started = Date.parse(check.started_at);
  return {
    id: check.id,
    started_at: check.started_at,
    started_by_name: starter?.name ?? null,
    plan_version: Number(check.plan_version),
    acknowledged: entries.filter((e) => e.acknowledged_at !== null).length,
    total: entries.length,
    entries: entries.map((e) => ({
      person_id: e.person_id,
      name: e.name,
      email: e.email,
      acknowledged_at: e.acknowledged_at,
      seconds_to_ack: e.acknowledged_at ? Math.round((Date.parse(e.acknowledged_at) - started) / 1000) : null,
    })),
  };
}
