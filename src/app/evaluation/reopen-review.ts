// Reopens a done or skipped review (something was missed), until the incident closes.
import type { Review } from '../../core/api/evaluation.js';
import { conflict } from '../../core/errors.js';
import { ensureReview, updateReview } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { presentReview, reviewStateOf } from './support.js';

export async function reopenReview(
  ctx: Ctx,
  incidentKey: string,
  input: { reason?: string | undefined },
): Promise<Review> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const review = await ensureReview(u.tx, incident.id, u.now);
    const from = reviewStateOf(review);
    if (from === 'open') throw conflict('evaluation.review_not_completed');
    await updateReview(u.tx, incident.id, {
      state: 'open',
      skip_reason: null,
      completed_at: null,
      completed_by: null,
      updated_at: u.now,
    });
    await u.event(
      'review.reopened',
      { from, reason: input.reason ?? null },
      { chainId: incident.id, subject: incident.id },
    );
    return presentReview(ctx, u.tx, incident, ctx.actor!);
  });
}
