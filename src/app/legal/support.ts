// What the legal use cases share: the clock moments of an incident, its obligations as the API shows them.
import { randomUUID } from 'node:crypto';
import type { Assessment, Legal, Obligation } from '../../core/api/legal.js';
import { DEFAULT_TIME_ZONE } from '../../core/format-time.js';
import {
  clockStart,
  deadline,
  obligationKinds,
  type ClockMoments,
  type ObligationKind,
  type ObligationStatus,
} from '../../core/legal/obligations.js';
import type { Plan } from '../../core/plan/index.js';
import { notFound } from '../../core/errors.js';
import { listAccounts } from '../../store/repos/accounts.js';
import type { IncidentRow } from '../../store/repos/incidents.js';
import {
  getAssessment,
  getObligation,
  listObligations,
  type ObligationRow,
} from '../../store/repos/legal.js';
import type { Tx } from '../../store/db.js';
import { exerciseDeadlines, type DeadlineShift } from '../exercises/legal-time.js';

export function parseAssessment(answers: string | undefined): Assessment | null {
  return answers ? (JSON.parse(answers) as Assessment) : null;
}

export function momentsOf(
  incident: IncidentRow,
  assessment: Assessment | null,
  rows: ObligationRow[],
): ClockMoments {
  const submittedAt: ClockMoments['submittedAt'] = {};
  for (const r of rows) if (r.submitted_at) submittedAt[r.kind as ObligationKind] = r.submitted_at;
  return {
    awarenessAt: incident.awareness_at,
    classifiedAt: assessment?.dora.classified_at ?? null,
    submittedAt,
    timeZone: DEFAULT_TIME_ZONE,
  };
}

export function presentObligation(
  row: ObligationRow,
  moments: ClockMoments,
  names: Map<string, string>,
  now: Date,
  shift?: DeadlineShift | null,
): Obligation {
  const kind = row.kind as ObligationKind;
  const status = row.status as ObligationStatus;
  const real = deadline(kind, moments);
  // An exercise incident's clocks run on exercise time.
  const clock = real && shift ? shift(real) : real;
  return {
    id: row.id,
    kind,
    status,
    starts_from: clockStart[kind],
    starts_at: clock?.startsAt ?? null,
    due_at: clock?.dueAt ?? null,
    overdue: status === 'open' && clock !== null && Date.parse(clock.dueAt) < now.getTime(),
    not_required:
      status === 'not_required' && row.not_required_at
        ? {
            reasoning: row.not_required_reasoning ?? '',
            decided_by_name: row.not_required_by ? (names.get(row.not_required_by) ?? null) : null,
            at: row.not_required_at,
          }
        : null,
    submission:
      status === 'submitted' && row.submitted_at && row.recorded_at
        ? {
            submitted_at: row.submitted_at,
            submitted_by_name: row.submitted_by ? (names.get(row.submitted_by) ?? null) : null,
            reference: row.reference ?? '',
            recorded_at: row.recorded_at,
          }
        : null,
    created_at: row.created_at,
    follows_id: row.follows_id,
    sequence: Number(row.sequence),
    can_follow_up: kind === 'gdpr_authority' && status === 'submitted',
  };
}

export async function accountNames(tx: Tx): Promise<Map<string, string>> {
  return new Map((await listAccounts(tx)).map((a) => [a.id, a.name]));
}

export async function presentLegal(tx: Tx, plan: Plan, incident: IncidentRow, now: Date): Promise<Legal> {
  const [assessmentRow, rows, names, shift] = await Promise.all([
    getAssessment(tx, incident.id),
    listObligations(tx, incident.id),
    accountNames(tx),
    exerciseDeadlines(tx, incident, now),
  ]);
  const assessment = parseAssessment(assessmentRow?.answers);
  const moments = momentsOf(incident, assessment, rows);
  const contactName = (id: string | undefined) => {
    const c = id ? plan.contacts.find((x) => x.id === id) : undefined;
    return c ? c.organisation : null;
  };
  return {
    regulatory: {
      nis2_entity: plan.regulatory.nis2.entity,
      dora_financial_entity: plan.regulatory.dora.financial_entity,
      supervisory_authority: contactName(plan.regulatory.supervisory_authority),
      csirt: contactName(plan.regulatory.csirt),
    },
    assessment,
    assessed_at: assessmentRow?.assessed_at ?? null,
    assessed_by_name: assessmentRow?.assessed_by ? (names.get(assessmentRow.assessed_by) ?? null) : null,
    obligations: rows
      .map((r) => presentObligation(r, moments, names, now, shift))
      .sort(
        (a, b) =>
          obligationKinds.indexOf(a.kind) - obligationKinds.indexOf(b.kind) || a.sequence - b.sequence,
      ),
  };
}

export async function loadObligation(tx: Tx, incident: IncidentRow, id: string): Promise<ObligationRow> {
  const row = await getObligation(tx, incident.id, id);
  if (!row) throw notFound('obligation');
  return row;
}

/** A new open duty's row: nothing decided, drafted or submitted yet; a follow-up names the duty it adds to. */
export function openObligationRow(
  incidentId: string,
  kind: ObligationKind,
  now: string,
  followUp?: { follows_id: string; sequence: number },
): ObligationRow {
  return {
    id: randomUUID(),
    incident_id: incidentId,
    kind,
    status: 'open',
    created_at: now,
    decision_id: null,
    not_required_reasoning: null,
    not_required_by: null,
    not_required_at: null,
    draft_edits: null,
    submitted_at: null,
    submitted_by: null,
    reference: null,
    recorded_at: null,
    document: null,
    follows_id: followUp?.follows_id ?? null,
    sequence: followUp?.sequence ?? 0,
  };
}
