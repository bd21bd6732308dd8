// Records the review's assessment of the communication and its lessons; only the texts sent change.
import type { Review } from '../../core/api/evaluation.js';
import { ensureReview, updateReview } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { presentReview, requireEditable, reviewStateOf } from './support.js';

export async function setReviewTexts(
  ctx: Ctx,
  incidentKey: string,
  input: { communication_assessment?: string | undefined; lessons?: string | undefined },
): Promise<Review> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    const review = await ensureReview(u.tx, incident.id, u.now);
    requireEditable(incident, reviewStateOf(review));
    const changes: { communication_assessment?: string; lessons?: string } = {};
    if (
      input.communication_assessment !== undefined &&
      input.communication_assessment !== review.communication_assessment
    )
      changes.communication_assessment = input.communication_assessment;
    if (input.lessons !== undefined && input.lessons !== review.lessons) changes.lessons = input.lessons;
    if (Object.keys(changes).length > 0) {
      await updateReview(u.tx, incident.id, {
        ...changes,
        texts_updated_at: u.now,
        texts_updated_by: ctx.actor!.id,
        updated_at: u.now,
      });
      await u.event('review.texts_changed', changes, { chainId: incident.id, subject: incident.id });
    }
    return presentReview(ctx, u.tx, incident, ctx.actor!);
  });
}
