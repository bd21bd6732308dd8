// Deciding that a duty does not apply is a decision with reasoning: kept with the incident's decisions and on the
// timeline, and the obligation points to it.
import { randomUUID } from 'node:crypto';
import { t } from '../../core/i18n/index.js';
import type { ObligationKind } from '../../core/legal/obligations.js';
import type { Plan } from '../../core/plan/index.js';
import { insertDecision } from '../../store/repos/incidents.js';
import { updateObligation, type ObligationRow } from '../../store/repos/legal.js';
import type { Unit } from '../context.js';

export async function decideNotRequired(
  u: Unit,
  plan: Plan,
  incidentId: string,
  obligation: Pick<ObligationRow, 'id' | 'kind'>,
  reasoning: string,
  actorId: string | null,
): Promise<void> {
  const lang = plan.organisation.language;
  const decision = {
    id: randomUUID(),
    incident_id: incidentId,
    title: t(lang, 'legal.decision.not_required', {
      duty: t(lang, `legal.kind.${obligation.kind as ObligationKind}`),
    }),
    rationale: reasoning,
    alternatives: null,
    business_impact: null,
    decided_by: actorId,
    decided_at: u.now,
  };
  await insertDecision(u.tx, decision);
  await updateObligation(u.tx, obligation.id, {
    status: 'not_required',
    decision_id: decision.id,
    not_required_reasoning: reasoning,
    not_required_by: actorId,
    not_required_at: u.now,
  });
  await u.event(
    'decision.recorded',
    {
      decision_id: decision.id,
      title: decision.title,
      rationale: reasoning,
      alternatives: null,
      business_impact: null,
    },
    { chainId: incidentId, subject: decision.id },
  );
  await u.event(
    'obligation.not_required',
    { obligation_id: obligation.id, kind: obligation.kind, reasoning, decision_id: decision.id },
    { chainId: incidentId, subject: obligation.id },
  );
}
