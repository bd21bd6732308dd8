// The facilitator writes down what they see, stamped with wall and exercise time (also after the end: the hot wash).
import { randomUUID } from 'node:crypto';
import type { ExerciseNote } from '../../core/api/exercises.js';
import { insertNote } from '../../store/repos/exercises.js';
import { inTransaction, type Ctx } from '../context.js';
import { exerciseNow, loadExercise, requireFacilitator } from './support.js';

export async function addNote(ctx: Ctx, id: string, text: string): Promise<ExerciseNote> {
  return inTransaction(ctx, async (u) => {
    const row = await loadExercise(ctx, u.tx, id, true);
    const actor = requireFacilitator(ctx, row);
    const note = {
      id: randomUUID(),
      exercise_id: id,
      author_id: actor.id,
      text,
      at: u.now,
      exercise_ms: exerciseNow(row, u.now),
    };
    await insertNote(u.tx, note);
    await u.event(
      'exercise.note_added',
      { note_id: note.id, exercise_ms: note.exercise_ms },
      { chainId: id, subject: note.id },
    );
    return { id: note.id, at: note.at, exercise_ms: note.exercise_ms, author_name: actor.name, text };
  });
}
