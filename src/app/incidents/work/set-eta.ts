// Sets the expected recovery time and how sure we are of it; every setting stays in the ETA history.
import { updateIncident } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';

export async function setEta(
  ctx: Ctx,
  id: string,
  input: { eta_at: string | null; confidence: 'low' | 'medium' | 'high' },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const etaAt = input.eta_at === null ? null : new Date(input.eta_at).toISOString();
    // Without a time there is nothing to be confident about: "unknown" carries no confidence.
    const confidence = etaAt === null ? null : input.confidence;
    await updateIncident(u.tx, incident.id, { eta_at: etaAt, eta_confidence: confidence, updated_at: u.now });
    // Recorded even when unchanged: confirming the same expectation later is itself news for every audience.
    // The detail's eta_history reads the keys eta_at and confidence of these events.
    await u.event(
      'eta.changed',
      {
        eta_at: etaAt,
        confidence,
        before: { eta_at: incident.eta_at, confidence: incident.eta_confidence },
      },
      { chainId: incident.id, subject: incident.id },
    );
    return incident.id;
  });
}
