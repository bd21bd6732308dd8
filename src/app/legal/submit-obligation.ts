// Records that a duty was met: when it was sent, by whom, the authority's reference, and the document as sent,
// frozen from the draft at this moment. Reports that follow it (a final report) start their clocks here.
import type { z } from 'zod';
import type { Legal, ZSubmitObligationRequest } from '../../core/api/legal.js';
import { DomainError, invalid } from '../../core/errors.js';
import { updateObligation } from '../../store/repos/legal.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { currentDraft, type SentDocument } from './obligation-draft.js';
import { loadObligation, presentLegal } from './support.js';

type SubmitInput = z.infer<typeof ZSubmitObligationRequest>;

export async function submitObligation(
  ctx: Ctx,
  incidentKey: string,
  obligationId: string,
  input: SubmitInput,
): Promise<Legal> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const row = await loadObligation(u.tx, incident, obligationId);
    if (row.status !== 'open') throw new DomainError('conflict', 'legal.not_open');
    const now = ctx.clock.now();
    const submittedAt = input.submitted_at ? new Date(input.submitted_at).toISOString() : u.now;
    if (Date.parse(submittedAt) > now.getTime()) throw invalid('submitted_at', 'legal.submitted_in_future');
    const plan = await incidentPlan(ctx, u.tx, incident);
    const draft = await currentDraft(u.tx, plan, incident, row, now);
    const sent: SentDocument = {
      title: draft.title,
      language: draft.language,
      fields: draft.fields.map(({ key, section, label, value }) => ({ key, section, label, value })),
    };
    await updateObligation(u.tx, row.id, {
      status: 'submitted',
      submitted_at: submittedAt,
      submitted_by: ctx.actor!.id,
      reference: input.reference,
      recorded_at: u.now,
      document: JSON.stringify(sent),
    });
    await u.event(
      'obligation.submitted',
      { obligation_id: row.id, kind: row.kind, submitted_at: submittedAt, reference: input.reference },
      { chainId: incident.id, subject: row.id },
    );
    return presentLegal(u.tx, plan, incident, now);
  });
}
