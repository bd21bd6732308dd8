// Adds an action item to the review: what to improve, who owns it (an account or a free name), by when, and the
// part of the plan it changes. It lands in the improvement backlog.
import type { ActionItem, CreateActionItemRequest } from '../../core/api/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { recordNewActionItem } from './new-action-item.js';
import { loadEditableReview, presentActionItem, today } from './support.js';

export async function addActionItem(
  ctx: Ctx,
  incidentKey: string,
  input: CreateActionItemRequest,
): Promise<ActionItem> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadEditableReview(ctx, u, incidentKey);
    const row = await recordNewActionItem(u, incident.id, ctx.actor!.id, input);
    return presentActionItem(row, incident, await accountNames(u.tx), today(ctx), true);
  });
}
