// The whole picture of one incident, for the incident page.
import { requireActor, type Ctx } from '../context.js';
import { loadIncidentForRead } from './access.js';
import { presentIncidentDetail } from './present-incident.js';

export async function getIncident(ctx: Ctx, idOrReference: string) {
  const actor = requireActor(ctx, 'viewer');
  const row = await loadIncidentForRead(ctx, idOrReference);
  return presentIncidentDetail(ctx.store, ctx.store.db, row, actor, ctx.clock.now());
}
