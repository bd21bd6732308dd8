// Records the legal assessment (GDPR, NIS2, DORA answers) and creates the duties it calls for, each with its own
// clock. Every changed answer is on the timeline; moving the DORA classification time needs a reason.
import type { z } from 'zod';
import type { Assessment, Legal, ZAssessmentRequest } from '../../core/api/legal.js';
import { DomainError, type FieldProblem } from '../../core/errors.js';
import { t } from '../../core/i18n/index.js';
import { obligationsFor } from '../../core/legal/obligations.js';
import { saveAssessment, getAssessment, insertObligation, listObligations } from '../../store/repos/legal.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { incidentPlan } from '../incidents/work/support.js';
import { decideNotRequired } from './not-required-decision.js';
import { openObligationRow, parseAssessment, presentLegal } from './support.js';

type AssessmentInput = z.infer<typeof ZAssessmentRequest>;

/** Every answer as "gdpr.risk" → value, so a change names exactly what moved. */
function flatten(a: Assessment | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!a) return out;
  for (const [regime, answers] of Object.entries(a))
    for (const [key, value] of Object.entries(answers as Record<string, unknown>))
      out.set(`${regime}.${key}`, JSON.stringify(value ?? null));
  return out;
}

function check(input: AssessmentInput, before: Assessment | null, now: Date): void {
  const fields: FieldProblem[] = [];
  const g = input.gdpr;
  if (g.subjects_min !== null && g.subjects_max !== null && g.subjects_min > g.subjects_max)
    fields.push({ field: 'gdpr.subjects_max', key: 'legal.max_below_min' });
  const classified = input.dora.classified_at;
  if (input.dora.major === 'yes' && !classified)
    fields.push({ field: 'dora.classified_at', key: 'legal.classified_at_needed' });
  if (classified && Date.parse(classified) > now.getTime())
    fields.push({ field: 'dora.classified_at', key: 'legal.classified_in_future' });
  const moved =
    before?.dora.classified_at &&
    classified &&
    Date.parse(before.dora.classified_at) !== Date.parse(classified);
  if (moved && !input.change_reason?.trim())
    fields.push({ field: 'change_reason', key: 'legal.moment_change_needs_reason' });
  if (fields.length > 0) throw new DomainError('invalid', 'error.invalid', {}, fields);
}

export async function recordAssessment(
  ctx: Ctx,
  incidentKey: string,
  input: AssessmentInput,
): Promise<Legal> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const plan = await incidentPlan(ctx, u.tx, incident);
    const before = parseAssessment((await getAssessment(u.tx, incident.id))?.answers);
    check(input, before, ctx.clock.now());
    const { change_reason: reason, ...answers } = input;
    const classified = answers.dora.classified_at ? new Date(answers.dora.classified_at).toISOString() : null;
    const assessment: Assessment = { ...answers, dora: { ...answers.dora, classified_at: classified } };
    await saveAssessment(u.tx, {
      incident_id: incident.id,
      answers: JSON.stringify(assessment),
      assessed_at: u.now,
      assessed_by: ctx.actor!.id,
    });
    const old = flatten(before);
    const changes = [...flatten(assessment)]
      .filter(([key, value]) => old.get(key) !== value)
      .map(([key, value]) => ({
        answer: key,
        before: old.has(key) ? JSON.parse(old.get(key)!) : null,
        after: JSON.parse(value),
      }));
    await u.event(
      'assessment.recorded',
      { changes, ...(reason?.trim() ? { reason: reason.trim() } : {}) },
      { chainId: incident.id, subject: incident.id },
    );
    // New duties only: a duty once created stays until it is submitted or decided not required, with reasons.
    const existing = new Set((await listObligations(u.tx, incident.id)).map((o) => o.kind));
    const profile = {
      nis2Entity: plan.regulatory.nis2.entity,
      doraFinancialEntity: plan.regulatory.dora.financial_entity,
    };
    for (const due of obligationsFor(assessment, profile)) {
      if (existing.has(due.kind)) continue;
      const row = openObligationRow(incident.id, due.kind, u.now);
      await insertObligation(u.tx, row);
      await u.event(
        'obligation.created',
        { obligation_id: row.id, kind: due.kind },
        { chainId: incident.id, subject: row.id },
      );
      if (due.notRequired) {
        const reasoning =
          assessment.gdpr.reasoning?.trim() || t(plan.organisation.language, 'legal.no_risk_reasoning');
        await decideNotRequired(u, plan, incident.id, row, reasoning, ctx.actor!.id);
      }
    }
    return presentLegal(u.tx, plan, incident, ctx.clock.now());
  });
}
