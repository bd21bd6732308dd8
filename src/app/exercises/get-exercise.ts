// One exercise as the caller may see it, and the list of exercises (newest first) with their scores.
import type { Exercise, ExerciseSummary } from '../../core/api/exercises.js';
import { listExercises as listRows } from '../../store/repos/exercises.js';
import { requireActor, type Ctx } from '../context.js';
import { presentExercise, presentSummaries } from './present.js';
import { loadExercise } from './support.js';

export async function getExercise(ctx: Ctx, id: string): Promise<Exercise> {
  const row = await loadExercise(ctx, ctx.store.db, id);
  return presentExercise(ctx, ctx.store.db, row);
}

export async function listExercises(ctx: Ctx): Promise<{ items: ExerciseSummary[] }> {
  requireActor(ctx, 'viewer');
  return { items: await presentSummaries(ctx.store.db, await listRows(ctx.store.db, { limit: 200 })) };
}
