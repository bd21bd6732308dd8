// Overdue updates across the open incidents the person may see, for the home page.
import type { z } from 'zod';
import type { ZOverdueUpdates } from '../../core/api/messages.js';
import { hasAccess } from '../../core/access.js';
import { listIncidents } from '../../store/repos/incidents.js';
import { requireActor, type Ctx } from '../context.js';
import { incidentPlan } from '../incidents/work/support.js';
import { cadenceStatus } from './cadence-status.js';

export async function listOverdueUpdates(ctx: Ctx): Promise<z.infer<typeof ZOverdueUpdates>> {
  const actor = requireActor(ctx, 'viewer');
  const tx = ctx.store.db;
  const now = ctx.clock.now();
  const open = await listIncidents(tx, {
    open: true,
    limit: 200,
    ...(hasAccess(actor.level, 'admin') ? {} : { visibleTo: actor.id }),
  });
  const items = [];
  for (const incident of open) {
    const plan = await incidentPlan(ctx, tx, incident);
    for (const a of await cadenceStatus(tx, plan, incident, now))
      if (a.overdue && a.nextDueAt)
        items.push({
          incident_id: incident.id,
          reference: incident.reference,
          title: incident.title,
          exercise: Boolean(incident.exercise),
          audience_id: a.audienceId,
          audience_name: a.name,
          next_due_at: a.nextDueAt,
        });
  }
  return { items: items.sort((x, y) => x.next_due_at.localeCompare(y.next_due_at)) };
}
