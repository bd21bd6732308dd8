// Skips the review with a reason (a false alarm, a duplicate): any phase before closing.
import type { Review } from '../../core/api/evaluation.js';
import { conflict } from '../../core/errors.js';
import { ensureReview, updateReview } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { presentReview, reviewStateOf } from './support.js';

export async function skipReview(ctx: Ctx, incidentKey: string, input: { reason: string }): Promise<Review> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const review = await ensureReview(u.tx, incident.id, u.now);
    if (reviewStateOf(review) !== 'open') throw conflict('evaluation.review_completed');
    await updateReview(u.tx, incident.id, {
      state: 'skipped',
      skip_reason: input.reason,
      completed_at: u.now,
      completed_by: ctx.actor!.id,
      updated_at: u.now,
    });
    await u.event('review.skipped', { reason: input.reason }, { chainId: incident.id, subject: incident.id });
    return presentReview(ctx, u.tx, incident, ctx.actor!);
  });
}
