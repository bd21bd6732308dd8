// Sets the state of one of the plan's services in this incident: operational, degraded, down, recovering, restored.
import { invalid } from '../../../core/errors.js';
import { listServices, upsertService } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { incidentPlan } from './support.js';

export async function setServiceState(
  ctx: Ctx,
  id: string,
  serviceId: string,
  input: { state: string },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    if (!plan.services.some((s) => s.id === serviceId))
      throw invalid('service_id', 'incident.unknown_service', { id: serviceId });
    // A service the incident has not touched yet is running normally, as the incident page shows it.
    const before =
      (await listServices(u.tx, incident.id)).find((s) => s.service_id === serviceId)?.state ?? 'operational';
    if (before === input.state) return incident.id;
    await upsertService(u.tx, {
      incident_id: incident.id,
      service_id: serviceId,
      state: input.state,
      updated_at: u.now,
    });
    await u.event(
      'service.state_changed',
      { service_id: serviceId, before, after: input.state },
      { chainId: incident.id, subject: serviceId },
    );
    return incident.id;
  });
}
