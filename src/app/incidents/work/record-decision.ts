// Records a decision: what, why, who, the alternatives weighed and the business impact (a legally relevant record).
import { randomUUID } from 'node:crypto';
import { insertDecision } from '../../../store/repos/incidents.js';
import { inTransaction, type Ctx } from '../../context.js';
import { loadIncidentForAction } from '../access.js';
import { orNull } from './support.js';

export async function recordDecision(
  ctx: Ctx,
  id: string,
  input: {
    title: string;
    rationale: string;
    alternatives?: string | undefined;
    business_impact?: string | undefined;
  },
): Promise<string> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, id, u.tx);
    const decision = {
      id: randomUUID(),
      incident_id: incident.id,
      title: input.title,
      rationale: input.rationale,
      alternatives: orNull(input.alternatives),
      business_impact: orNull(input.business_impact),
      decided_by: ctx.actor!.id,
      decided_at: u.now,
    };
    await insertDecision(u.tx, decision);
    // The whole decision goes on the timeline: the chain, not the editable row, is what proves it was made so.
    await u.event(
      'decision.recorded',
      {
        decision_id: decision.id,
        title: decision.title,
        rationale: decision.rationale,
        alternatives: decision.alternatives,
        business_impact: decision.business_impact,
      },
      { chainId: incident.id, subject: decision.id },
    );
    return incident.id;
  });
}
