// The facilitator fires a script's inject now, before it is due ("early"); the injects that follow it move up.
import type { Exercise } from '../../core/api/exercises.js';
import { conflict, DomainError } from '../../core/errors.js';
import { injectDueTimes } from '../../core/exercise/schedule.js';
import { listFiredInjects } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { fireInjectIn, scriptInjectContent } from './fire-inject-in.js';
import { getExercise } from './get-exercise.js';
import { scoreIn } from './score-in.js';
import {
  exerciseNow,
  firedMap,
  loadExercise,
  requireFacilitator,
  requireNotEnded,
  scriptOf,
} from './support.js';
import { tickExerciseIn } from './tick.js';

export async function fireInjectEarly(ctx: Ctx, id: string, injectId: string): Promise<Exercise> {
  await inTransaction(ctx, async (u) => {
    const found = await loadExercise(ctx, u.tx, id, true);
    requireFacilitator(ctx, found);
    requireNotEnded(found);
    const script = scriptOf(found);
    const inject = script.injects.find((i) => i.id === injectId);
    if (!inject) throw new DomainError('not_found', 'error.not_found', { what: 'inject' });
    const row = (await tickExerciseIn(ctx, u, id)) ?? found;
    const fired = firedMap(await listFiredInjects(u.tx, id));
    if (fired.has(injectId)) throw conflict('exercise.inject_fired');
    const nowMs = exerciseNow(row, u.now);
    const dueMs = injectDueTimes(script, fired).get(injectId) ?? nowMs;
    await fireInjectIn(ctx, u, row, scriptInjectContent(inject), {
      dueMs,
      firedMs: nowMs,
      early: nowMs < dueMs,
      adHoc: false,
    });
    // Deadlines that run from this inject move with it.
    await scoreIn(u, row);
  });
  return getExercise(ctx, id);
}
