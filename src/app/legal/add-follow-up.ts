// Adds a follow-up to a notification already made to the supervisory authority (GDPR Art. 33(4): what was not
// known at first may follow in phases). It is a duty of its own, with its own draft and submission, linked to the
// first notification and numbered 1, 2, ...
import type { Legal } from '../../core/api/legal.js';
import { DomainError } from '../../core/errors.js';
import { insertObligation, listObligations } from '../../store/repos/legal.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { loadObligation, openObligationRow, presentLegal } from './support.js';

export async function addFollowUp(ctx: Ctx, incidentKey: string, obligationId: string): Promise<Legal> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const first = await loadObligation(u.tx, incident, obligationId);
    if (first.kind !== 'gdpr_authority' || first.status !== 'submitted')
      throw new DomainError('conflict', 'legal.follow_up_needs_submission');
    const sequence =
      Math.max(
        0,
        ...(await listObligations(u.tx, incident.id))
          .filter((o) => o.kind === 'gdpr_follow_up')
          .map((o) => Number(o.sequence)),
      ) + 1;
    const row = openObligationRow(incident.id, 'gdpr_follow_up', u.now, { follows_id: first.id, sequence });
    await insertObligation(u.tx, row);
    await u.event(
      'obligation.created',
      { obligation_id: row.id, kind: row.kind, follows_id: first.id, sequence },
      { chainId: incident.id, subject: row.id },
    );
    const plan = await incidentPlan(ctx, u.tx, incident);
    return presentLegal(u.tx, plan, incident, ctx.clock.now());
  });
}
