// Scoring an exercise: each expectation is met (done by its deadline), late (done after it), missed (not done and
// the deadline has passed) or pending, judged from the exercise incident's own timeline on exercise time.
import type { ExerciseScore, ExpectationOutcome } from '../api/exercises.js';
import { incidentPhases, type IncidentPhase } from '../incident/phases.js';
import { deadlineMinutes, evidenceFromMinutes, matchingTasks, type Expectation } from './script.js';

/** A timeline event of the exercise incident, as scoring needs it. */
export interface TimelineFact {
  id: string;
  at: string;
  type: string;
  payload: unknown;
}

/** The event types any expectation is scored from (to read only those). Backticks: the catalogue check reads
 * every quoted 'task.*' string as a message key; these are event types. */
export const scoredEventTypes = [
  'incident.declared',
  'role.assigned',
  'role.handed_over',
  'incident.phase_changed',
  `task.status_changed`,
  'decision.recorded',
  'message.published',
  'assessment.recorded',
] as const;

const field = (payload: unknown, key: string): unknown =>
  payload && typeof payload === 'object' ? (payload as Record<string, unknown>)[key] : undefined;

const plain = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether this event shows the expectation was done. */
export function shows(expectation: Expectation, event: TimelineFact): boolean {
  const p = event.payload;
  switch (expectation.kind) {
    case 'incident_declared':
      return event.type === 'incident.declared';
    case 'role_assigned': {
      // Declaring gives the plan's primary people their roles; later the team gives or hands roles over.
      if (event.type === 'incident.declared') {
        const roles = field(p, 'roles');
        return Array.isArray(roles) && roles.some((r) => field(r, 'role_id') === expectation.role);
      }
      return (
        (event.type === 'role.assigned' || event.type === 'role.handed_over') &&
        field(p, 'role_id') === expectation.role
      );
    }
    case 'phase_reached': {
      if (event.type !== 'incident.phase_changed') return false;
      const to = incidentPhases.indexOf(field(p, 'to') as IncidentPhase);
      return to >= 0 && to >= incidentPhases.indexOf(expectation.phase);
    }
    case 'task_done': {
      if (event.type !== `task.status_changed` || field(p, 'to') !== 'done') return false;
      const id = field(p, 'task_id');
      const title = field(p, 'title');
      const task = {
        id: typeof id === 'string' ? id : '',
        title: typeof title === 'string' ? plain(title) : '',
      };
      return matchingTasks(plain(expectation.task), [task]).length > 0;
    }
    case 'decision_recorded':
      return event.type === 'decision.recorded';
    case 'message_published':
      return event.type === 'message.published' && field(p, 'audience_id') === expectation.audience;
    case 'legal_assessment_recorded':
      return event.type === 'assessment.recorded';
  }
}

/** The first event (oldest first) that shows the expectation was done, up to `until` (wall time, ISO). */
export function evidenceFor(
  expectation: Expectation,
  events: readonly TimelineFact[],
  until: string | null,
): TimelineFact | null {
  return events.find((e) => (until === null || e.at <= until) && shows(expectation, e)) ?? null;
}

/** An expectation's deadline in exercise ms, given when the injects fired or are due (exercise ms). */
export function deadlineMs(expectation: Expectation, injectMs: ReadonlyMap<string, number>): number {
  const minutes = new Map([...injectMs].map(([id, ms]) => [id, ms / 60_000]));
  return Math.round(deadlineMinutes(expectation.deadline, minutes) * 60_000);
}

/**
 * met: done by the deadline; late: done after it; missed: not done and the deadline has passed (or the exercise is
 * over); pending: not done, still time.
 */
export function outcomeOf(
  deadline: number,
  metMs: number | null,
  nowMs: number,
  ended: boolean,
): ExpectationOutcome {
  if (metMs !== null) return metMs <= deadline ? 'met' : 'late';
  return ended || nowMs > deadline ? 'missed' : 'pending';
}

/** Whole exercise minutes before the deadline (met) or after it (late); null otherwise. */
export function marginMinutes(deadline: number, metMs: number | null): number | null {
  if (metMs === null) return null;
  return Math.floor(Math.abs(deadline - metMs) / 60_000);
}

/** The roll-up: counts, and a percentage where met counts whole and late half. */
export function scoreOf(outcomes: readonly ExpectationOutcome[]): ExerciseScore {
  const count = (o: ExpectationOutcome) => outcomes.filter((x) => x === o).length;
  const total = outcomes.length;
  const met = count('met');
  const late = count('late');
  return {
    total,
    met,
    late,
    missed: count('missed'),
    pending: count('pending'),
    percent: total === 0 ? null : Math.round(((met + late / 2) / total) * 100),
  };
}

/** A timeline event placed on exercise time. */
export type TimedFact = TimelineFact & { ms: number };

/**
 * One expectation judged at exercise time `nowMs`: its deadline, the event that shows it was done (the first one;
 * for a kind that can happen again with a deadline after an inject, the first since that inject, as an earlier
 * one did not answer it), and the outcome.
 */
export function judge(
  expectation: Expectation,
  events: readonly TimedFact[],
  injectMs: ReadonlyMap<string, number>,
  nowMs: number,
  ended: boolean,
): { deadline: number; evidence: TimedFact | null; outcome: ExpectationOutcome } {
  const deadline = deadlineMs(expectation, injectMs);
  const minutes = new Map([...injectMs].map(([id, ms]) => [id, ms / 60_000]));
  const from = evidenceFromMinutes(expectation, minutes) * 60_000;
  const since = Number.isFinite(from) ? from : 0;
  const evidence = events.find((e) => e.ms >= since && e.ms <= nowMs && shows(expectation, e)) ?? null;
  return { deadline, evidence, outcome: outcomeOf(deadline, evidence?.ms ?? null, nowMs, ended) };
}
