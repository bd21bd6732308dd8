// Scores every expectation of an exercise from its incident's timeline, on exercise time, inside the caller's
// transaction; an outcome that changes is an `exercise.expectation_scored` event on the exercise's chain.
import { exerciseMsAt } from '../../core/exercise/clock.js';
import { injectDueTimes } from '../../core/exercise/schedule.js';
import { judge, scoredEventTypes } from '../../core/exercise/scoring.js';
import { eventsOfTypes } from '../../store/repos/timeline.js';
import {
  listExpectations,
  listFiredInjects,
  updateExpectation,
  type ExerciseRow,
} from '../../store/repos/exercises.js';
import type { Unit } from '../context.js';
import { clockOf, exerciseNow, firedMap, scriptOf } from './support.js';

/** Returns how many outcomes changed. */
export async function scoreIn(u: Unit, exercise: ExerciseRow): Promise<number> {
  const script = scriptOf(exercise);
  const fired = firedMap(await listFiredInjects(u.tx, exercise.id));
  // A deadline after an inject runs from when it fired (early or on time), else from when it is due.
  const anchors = injectDueTimes(script, fired);
  for (const [id, f] of fired) anchors.set(id, Math.min(f.due_ms, f.fired_ms));
  const events = exercise.incident_id
    ? (await eventsOfTypes(u.tx, exercise.incident_id, [...scoredEventTypes])).map((e) => ({
        id: e.id,
        at: e.at,
        type: e.type,
        payload: e.payload,
      }))
    : [];
  const ended = exercise.status === 'ended';
  const nowMs = exerciseNow(exercise, u.now);
  const log = clockOf(exercise);
  // Events after the end do not count.
  const timed = events
    .filter((e) => !ended || exercise.ended_at === null || e.at <= exercise.ended_at)
    .map((e) => ({ ...e, ms: exerciseMsAt(log, e.at) }));
  const stored = new Map((await listExpectations(u.tx, [exercise.id])).map((r) => [r.expectation_id, r]));
  let changed = 0;
  for (const expectation of script.expectations) {
    const row = stored.get(expectation.id);
    if (!row) continue;
    const { deadline, evidence, outcome } = judge(expectation, timed, anchors, nowMs, ended);
    const metMs = evidence?.ms ?? null;
    if (
      row.outcome === outcome &&
      row.deadline_ms === deadline &&
      row.met_ms === metMs &&
      row.event_id === (evidence?.id ?? null)
    )
      continue;
    await updateExpectation(u.tx, exercise.id, expectation.id, {
      outcome,
      deadline_ms: deadline,
      met_at: evidence?.at ?? null,
      met_ms: metMs,
      event_id: evidence?.id ?? null,
      updated_at: u.now,
    });
    if (row.outcome !== outcome) {
      changed++;
      await u.event(
        'exercise.expectation_scored',
        {
          expectation_id: expectation.id,
          from: row.outcome,
          to: outcome,
          deadline_ms: deadline,
          met_ms: metMs,
        },
        { chainId: exercise.id, subject: expectation.id },
      );
    }
  }
  return changed;
}
