// The incident list: open ones first, filtered and searched; restricted incidents only for their team and admins.
import { hasAccess } from '../../core/access.js';
import { listIncidents as listRows, taskCounts, type IncidentFilter } from '../../store/repos/incidents.js';
import { requireActor, type Ctx } from '../context.js';
import { planVersion } from '../plan/current-plan.js';
import { presentIncident } from './present-incident.js';

export async function listIncidents(ctx: Ctx, filter: Omit<IncidentFilter, 'visibleTo' | 'limit'>) {
  const actor = requireActor(ctx, 'viewer');
  const rows = await listRows(ctx.store.db, {
    ...filter,
    visibleTo: hasAccess(actor.level, 'admin') ? undefined : actor.id,
    limit: 500,
  });
  const counts = await taskCounts(
    ctx.store.db,
    rows.map((r) => r.id),
    ctx.clock.now().toISOString(),
  );
  // Each plan version once: 500 incidents mostly share a handful, and reading one means reading the whole plan.
  const plans = new Map<number, Awaited<ReturnType<typeof planVersion>>['plan']>();
  const items = [];
  for (const row of rows) {
    const version = Number(row.plan_version);
    let plan = plans.get(version);
    if (!plan) plans.set(version, (plan = (await planVersion(ctx.store, version)).plan));
    items.push(presentIncident(row, plan, counts.get(row.id) ?? { open: 0, overdue: 0 }));
  }
  return { items };
}
