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
  const items = [];
  for (const row of rows) {
    const { plan } = await planVersion(ctx.store, Number(row.plan_version));
    items.push(presentIncident(row, plan, counts.get(row.id) ?? { open: 0, overdue: 0 }));
  }
  return { items };
}
