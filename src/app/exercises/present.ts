// Turns exercise rows into the API's shapes: the list's summaries and the whole exercise as the caller may see it
// (participants see only fired injects while it runs, and no expectations or notes until the end).
import type {
  Exercise,
  ExerciseExpectation,
  ExerciseInject,
  ExerciseSummary,
  Feedback,
  InjectChannel,
} from '../../core/api/exercises.js';
import type { Language } from '../../core/api/common.js';
import { injectDueTimes } from '../../core/exercise/schedule.js';
import { marginMinutes, scoreOf } from '../../core/exercise/scoring.js';
import type { ExpectationOutcome } from '../../core/api/exercises.js';
import type { Tx } from '../../store/db.js';
import { getIncidents } from '../../store/repos/incidents.js';
import {
  listActions,
  listExpectations,
  listFeedback,
  listFiredInjects,
  listNotes,
  type ExerciseRow,
  type ExpectationRow,
  type FeedbackRow,
} from '../../store/repos/exercises.js';
import type { Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { canFacilitate, exerciseNow, firedMap, scriptOf } from './support.js';

export function presentFeedback(row: FeedbackRow, names: Map<string, string>): Feedback {
  return {
    id: row.id,
    author_name: names.get(row.account_id) ?? null,
    rating: Number(row.rating),
    went_well: row.went_well,
    to_improve: row.to_improve,
    at: row.updated_at,
  };
}

function summary(
  row: ExerciseRow,
  incidents: Map<string, string>,
  names: Map<string, string>,
  expectations: ExpectationRow[],
): ExerciseSummary {
  return {
    id: row.id,
    title: row.title,
    language: row.language as Language,
    script_id: row.script_id,
    scenario_id: row.scenario_id,
    status: row.status as ExerciseSummary['status'],
    speed: row.speed,
    started_at: row.started_at,
    ended_at: row.ended_at,
    facilitator: {
      id: row.started_by,
      name: row.started_by ? (names.get(row.started_by) ?? null) : null,
    },
    incident:
      row.incident_id && incidents.has(row.incident_id)
        ? { id: row.incident_id, reference: incidents.get(row.incident_id)! }
        : null,
    score: scoreOf(expectations.map((e) => e.outcome as ExpectationOutcome)),
  };
}

async function references(tx: Tx, rows: ExerciseRow[]): Promise<Map<string, string>> {
  const ids = rows.map((r) => r.incident_id).filter((id): id is string => id !== null);
  return new Map((await getIncidents(tx, ids)).map((i) => [i.id, i.reference]));
}

export async function presentSummaries(tx: Tx, rows: ExerciseRow[]): Promise<ExerciseSummary[]> {
  const incidents = await references(tx, rows);
  const names = await accountNames(tx);
  const expectations = await listExpectations(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    summary(
      r,
      incidents,
      names,
      expectations.filter((e) => e.exercise_id === r.id),
    ),
  );
}

export async function presentExercise(ctx: Ctx, tx: Tx, row: ExerciseRow): Promise<Exercise> {
  const actor = ctx.actor!;
  const now = ctx.clock.now().toISOString();
  const facilitates = canFacilitate(actor, row);
  const open = facilitates || row.status === 'ended';
  const script = scriptOf(row);
  const names = await accountNames(tx);
  const expectationRows = await listExpectations(tx, [row.id]);
  const firedRows = await listFiredInjects(tx, row.id);
  const fired = new Map(firedRows.map((f) => [f.inject_id, f]));
  const due = injectDueTimes(script, firedMap(firedRows));

  const injects: ExerciseInject[] = [
    ...script.injects.map((i) => ({ script: i, row: fired.get(i.id) })),
    ...firedRows.filter((f) => f.ad_hoc).map((f) => ({ script: undefined, row: f })),
  ]
    .filter((x) => open || x.row)
    .map(({ script: i, row: f }) => ({
      id: f?.inject_id ?? i!.id,
      title: f?.title ?? i!.title,
      body: f?.body ?? i!.body,
      to: f ? (JSON.parse(f.to_roles) as string[]) : i!.to,
      how: f ? (JSON.parse(f.how) as InjectChannel[]) : i!.how,
      from: f ? f.from_persona : (i!.from ?? null),
      facilitator_notes: open ? (i?.facilitator_notes ?? null) : null,
      questions: open ? (i?.questions ?? []) : [],
      due_ms: f?.due_ms ?? due.get(i!.id) ?? 0,
      fired: f !== undefined,
      fired_at: f?.fired_at ?? null,
      fired_ms: f?.fired_ms ?? null,
      early: f?.early === 1,
      ad_hoc: f?.ad_hoc === 1,
      emails: f?.emails ?? 0,
    }))
    .sort((a, b) => (a.fired_ms ?? a.due_ms) - (b.fired_ms ?? b.due_ms) || a.due_ms - b.due_ms);

  const stored = new Map(expectationRows.map((e) => [e.expectation_id, e]));
  const expectations: ExerciseExpectation[] = open
    ? script.expectations.flatMap((e) => {
        const r = stored.get(e.id);
        if (!r) return [];
        const target =
          e.kind === 'role_assigned'
            ? e.role
            : e.kind === 'phase_reached'
              ? e.phase
              : e.kind === 'task_done'
                ? e.task
                : e.kind === 'message_published'
                  ? e.audience
                  : null;
        return [
          {
            id: e.id,
            description: e.description,
            kind: e.kind,
            target,
            objective: e.objective ?? null,
            deadline_ms: r.deadline_ms,
            outcome: r.outcome as ExpectationOutcome,
            met_at: r.met_at,
            met_ms: r.met_ms,
            event_id: r.event_id,
            margin_minutes: marginMinutes(r.deadline_ms, r.met_ms),
          },
        ];
      })
    : [];

  const notes = open
    ? (await listNotes(tx, row.id)).map((n) => ({
        id: n.id,
        at: n.at,
        exercise_ms: n.exercise_ms,
        author_name: n.author_id ? (names.get(n.author_id) ?? null) : null,
        text: n.text,
      }))
    : [];
  const feedback = await listFeedback(tx, row.id);
  const mine = feedback.find((f) => f.account_id === actor.id);

  return {
    ...summary(row, await references(tx, [row]), names, expectationRows),
    description: script.description ?? '',
    duration_minutes: script.duration_minutes,
    objectives: script.objectives.map((o) => ({ id: o.id, description: o.description })),
    roles: script.roles,
    declared_by: script.incident.declared_by,
    exercise_ms: exerciseNow(row, now),
    server_now: now,
    can_facilitate: facilitates,
    injects,
    expectations,
    notes,
    improvement_actions: (await listActions(tx, row.id)).map((a) => ({
      id: a.id,
      action_item_id: a.action_item_id,
      title: a.title,
      expectation_id: a.expectation_id,
      created_at: a.created_at,
    })),
    my_feedback: mine ? presentFeedback(mine, names) : null,
    feedback_count: feedback.length,
  };
}
