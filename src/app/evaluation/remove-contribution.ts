// Removes a contribution from the review (its author or an admin, while the review is open); the timeline keeps
// what it said.
import { deleteContribution } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadOwnContribution } from './edit-contribution.js';
import { loadEditableReview } from './support.js';

export async function removeContribution(ctx: Ctx, incidentKey: string, id: string): Promise<void> {
  await inTransaction(ctx, async (u) => {
    const incident = await loadEditableReview(ctx, u, incidentKey);
    const row = await loadOwnContribution(u.tx, ctx.actor!, incident.id, id);
    await deleteContribution(u.tx, row.id);
    await u.event(
      'review.contribution_removed',
      { contribution_id: row.id, went_well: row.went_well, went_wrong: row.went_wrong },
      { chainId: incident.id, subject: row.id },
    );
  });
}
