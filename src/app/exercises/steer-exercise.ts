// Shared by pause, resume and speed: the facilitator's change to the clock, after the exercise has caught up to
// this moment (what was due before the change fires first), with its event on the exercise's chain.
import type { Exercise } from '../../core/api/exercises.js';
import { conflict } from '../../core/errors.js';
import { changeClock, clockState } from '../../core/exercise/clock.js';
import { updateExercise, type ExerciseRow } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { getExercise } from './get-exercise.js';
import { clockOf, loadExercise, requireFacilitator, requireNotEnded } from './support.js';
import { tickExerciseIn } from './tick.js';

export async function steerExercise(
  ctx: Ctx,
  id: string,
  change: { running?: boolean; speed?: number },
): Promise<Exercise> {
  await inTransaction(ctx, async (u) => {
    const found = await loadExercise(ctx, u.tx, id, true);
    requireFacilitator(ctx, found);
    requireNotEnded(found);
    if (change.running === false && found.status !== 'running') throw conflict('exercise.not_running');
    if (change.running === true && found.status !== 'paused') throw conflict('exercise.not_paused');
    const row: ExerciseRow = (await tickExerciseIn(ctx, u, id)) ?? found;
    const log = changeClock(clockOf(row), u.now, change);
    const state = clockState(log);
    await updateExercise(u.tx, id, {
      status: state.running ? 'running' : 'paused',
      speed: state.speed,
      clock_ms: state.ms,
      clock_at: state.at,
      clock_log: JSON.stringify(log),
      updated_at: u.now,
    });
    const type =
      change.running === false
        ? 'exercise.paused'
        : change.running === true
          ? 'exercise.resumed'
          : 'exercise.speed_changed';
    const payload = { exercise_ms: state.ms, speed: state.speed, previous_speed: row.speed };
    await u.event(type, payload, { chainId: id, subject: id });
    // Participants see the clock stop and go on their incident too.
    if (row.incident_id && type !== 'exercise.speed_changed')
      await u.event(type, { exercise_id: id, ...payload }, { chainId: row.incident_id, subject: id });
  });
  return getExercise(ctx, id);
}

export const pauseExercise = (ctx: Ctx, id: string) => steerExercise(ctx, id, { running: false });
export const resumeExercise = (ctx: Ctx, id: string) => steerExercise(ctx, id, { running: true });
export const setExerciseSpeed = (ctx: Ctx, id: string, speed: number) => steerExercise(ctx, id, { speed });
