// Changes a contribution: its author (or an admin) only, while the review is open. The old words stay on the
// timeline.
import type { Contribution } from '../../core/api/evaluation.js';
import { hasAccess } from '../../core/access.js';
import { forbidden, invalid, notFound } from '../../core/errors.js';
import { getContribution, updateContribution } from '../../store/repos/evaluation.js';
import type { Tx } from '../../store/db.js';
import { inTransaction, type Actor, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { loadEditableReview, presentContribution } from './support.js';

/** The contribution, if the caller may change it: their own, or any for an admin. */
export async function loadOwnContribution(tx: Tx, actor: Actor, incidentId: string, id: string) {
  const row = await getContribution(tx, incidentId, id);
  if (!row) throw notFound('contribution');
  if (row.author_id !== actor.id && !hasAccess(actor.level, 'admin'))
    throw forbidden('evaluation.not_author');
  return row;
}

export async function editContribution(
  ctx: Ctx,
  incidentKey: string,
  id: string,
  input: { went_well?: string | undefined; went_wrong?: string | undefined },
): Promise<Contribution> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadEditableReview(ctx, u, incidentKey);
    const actor = ctx.actor!;
    const row = await loadOwnContribution(u.tx, actor, incident.id, id);
    const after = {
      went_well: input.went_well ?? row.went_well,
      went_wrong: input.went_wrong ?? row.went_wrong,
    };
    if (!after.went_well && !after.went_wrong) throw invalid('went_well', 'evaluation.contribution_empty');
    const names = await accountNames(u.tx);
    if (after.went_well === row.went_well && after.went_wrong === row.went_wrong)
      return presentContribution(row, names, actor, true);
    await updateContribution(u.tx, row.id, { ...after, updated_at: u.now });
    await u.event(
      'review.contribution_edited',
      {
        contribution_id: row.id,
        before: { went_well: row.went_well, went_wrong: row.went_wrong },
        after,
      },
      { chainId: incident.id, subject: row.id },
    );
    return presentContribution({ ...row, ...after, updated_at: u.now }, names, actor, true);
  });
}
