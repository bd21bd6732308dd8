// The facilitator ends the exercise: it catches up to this moment, the clock stops for good, and every expectation
// not done becomes missed. The exercise incident stays, for the team's own review.
import type { Exercise } from '../../core/api/exercises.js';
import { changeClock, clockState } from '../../core/exercise/clock.js';
import { scoreOf } from '../../core/exercise/scoring.js';
import type { ExpectationOutcome } from '../../core/api/exercises.js';
import { listExpectations, updateExercise } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { getExercise } from './get-exercise.js';
import { scoreIn } from './score-in.js';
import { clockOf, loadExercise, requireFacilitator, requireNotEnded } from './support.js';
import { tickExerciseIn } from './tick.js';

export async function endExercise(ctx: Ctx, id: string): Promise<Exercise> {
  await inTransaction(ctx, async (u) => {
    const found = await loadExercise(ctx, u.tx, id, true);
    requireFacilitator(ctx, found);
    requireNotEnded(found);
    const row = (await tickExerciseIn(ctx, u, id)) ?? found;
    const log = changeClock(clockOf(row), u.now, { running: false });
    const state = clockState(log);
    const ended = {
      status: 'ended',
      clock_ms: state.ms,
      clock_at: state.at,
      clock_log: JSON.stringify(log),
      ended_at: u.now,
      ended_ms: state.ms,
      updated_at: u.now,
    };
    await updateExercise(u.tx, id, ended);
    await scoreIn(u, { ...row, ...ended });
    const score = scoreOf((await listExpectations(u.tx, [id])).map((e) => e.outcome as ExpectationOutcome));
    await u.event('exercise.ended', { exercise_ms: state.ms, score }, { chainId: id, subject: id });
    if (row.incident_id)
      await u.event(
        'exercise.ended',
        { exercise_id: id, exercise_ms: state.ms },
        { chainId: row.incident_id, subject: id },
      );
  });
  return getExercise(ctx, id);
}
