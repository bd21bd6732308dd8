// Participants' feedback after the exercise: a rating and two short texts, one per person (sending again replaces
// it); and the list of it with the average rating.
import { randomUUID } from 'node:crypto';
import type { Feedback } from '../../core/api/exercises.js';
import { conflict } from '../../core/errors.js';
import { listFeedback as listRows, upsertFeedback } from '../../store/repos/exercises.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { presentFeedback } from './present.js';
import { loadExercise } from './support.js';

export async function giveFeedback(
  ctx: Ctx,
  id: string,
  input: { rating: number; went_well?: string | undefined; to_improve?: string | undefined },
): Promise<Feedback> {
  const actor = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const row = await loadExercise(ctx, u.tx, id, true);
    if (row.status !== 'ended') throw conflict('exercise.not_ended');
    const saved = await upsertFeedback(u.tx, {
      id: randomUUID(),
      exercise_id: id,
      account_id: actor.id,
      rating: input.rating,
      went_well: input.went_well ?? '',
      to_improve: input.to_improve ?? '',
      created_at: u.now,
      updated_at: u.now,
    });
    await u.event(
      'exercise.feedback_given',
      { feedback_id: saved.id, rating: input.rating },
      { chainId: id, subject: saved.id },
    );
    return presentFeedback(saved, await accountNames(u.tx));
  });
}

export async function listFeedback(
  ctx: Ctx,
  id: string,
): Promise<{ items: Feedback[]; average_rating: number | null }> {
  await loadExercise(ctx, ctx.store.db, id);
  const rows = await listRows(ctx.store.db, id);
  const names = await accountNames(ctx.store.db);
  const average =
    rows.length === 0
      ? null
      : Math.round((rows.reduce((s, r) => s + Number(r.rating), 0) / rows.length) * 10) / 10;
  return { items: rows.map((r) => presentFeedback(r, names)), average_rating: average };
}
