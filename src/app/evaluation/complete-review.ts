// Ends the review: done (in the evaluation phase), or skipped with a reason (any phase before closing: a false
// alarm needs no review); reopening undoes either until the incident closes. Done and skipped satisfy the close
// guard.
import type { Review } from '../../core/api/evaluation.js';
import { conflict } from '../../core/errors.js';
import { ensureReview, updateReview } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { presentReview, reviewStateOf } from './support.js';

export async function markReviewDone(ctx: Ctx, incidentKey: string): Promise<Review> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const review = await ensureReview(u.tx, incident.id, u.now);
    if (reviewStateOf(review) !== 'open') throw conflict('evaluation.review_completed');
    if (incident.phase !== 'evaluation') throw conflict('evaluation.done_needs_evaluation');
    await updateReview(u.tx, incident.id, {
      state: 'done',
      skip_reason: null,
      completed_at: u.now,
      completed_by: ctx.actor!.id,
      updated_at: u.now,
    });
    await u.event('review.done', {}, { chainId: incident.id, subject: incident.id });
    return presentReview(ctx, u.tx, incident, ctx.actor!);
  });
}
