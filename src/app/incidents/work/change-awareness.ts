// Moves the awareness time (when the organisation became aware: the legal clocks start there), always with a reason.
import { invalid } from '../../../core/errors.js';
import { updateIncident } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

export async function changeAwareness(
  ctx: Ctx,
  id: string,
  input: { awareness_at: string; reason: string },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const after = new Date(input.awareness_at).toISOString();
    // Nobody becomes aware of something later than now; a future time would hide a deadline that is running.
    if (after > u.now) throw invalid('awareness_at', 'incident.awareness_future');
    if (after === incident.awareness_at) return incident.id;
    await updateIncident(u.tx, incident.id, { awareness_at: after, updated_at: u.now });
    await u.event(
      'incident.awareness_changed',
      { before: incident.awareness_at, after, reason: input.reason },
      { chainId: incident.id, subject: incident.id },
    );
    return incident.id;
  });
}
