// Decides that one open duty does not apply, with the reasoning (a recorded decision).
import type { Legal } from '../../core/api/legal.js';
import { DomainError } from '../../core/errors.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { decideNotRequired } from './not-required-decision.js';
import { loadObligation, presentLegal } from './support.js';

export async function markNotRequired(
  ctx: Ctx,
  incidentKey: string,
  obligationId: string,
  reasoning: string,
): Promise<Legal> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const obligation = await loadObligation(u.tx, incident, obligationId);
    if (obligation.status !== 'open') throw new DomainError('conflict', 'legal.not_open');
    const plan = await incidentPlan(ctx, u.tx, incident);
    await decideNotRequired(u, plan, incident.id, obligation, reasoning, ctx.actor!.id);
    return presentLegal(u.tx, plan, incident, ctx.clock.now());
  });
}
