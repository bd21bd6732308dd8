// Changes an open action item from the review or the backlog, also after its incident closed: title, description,
// owner, due date, open/doing, plan part. Every change is on the incident's timeline with before and after.
import type { ActionItem, UpdateActionItemRequest } from '../../core/api/evaluation.js';
import { conflict, forbidden } from '../../core/errors.js';
import { updateActionItem, type ActionItemRow } from '../../store/repos/evaluation.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { activeAccount } from '../incidents/work/support.js';
import { accountNames } from '../legal/support.js';
import { loadActionItem, mayChangeItems, presentActionItem, today } from './support.js';

const fields = [
  'title',
  'description',
  'owner_account_id',
  'owner_name',
  'due_on',
  'status',
  'plan_part',
] as const;

export async function updateItem(ctx: Ctx, id: string, input: UpdateActionItemRequest): Promise<ActionItem> {
  const actor = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const { item, incident } = await loadActionItem(u.tx, actor, id);
    if (!(await mayChangeItems(u.tx, actor, incident))) throw forbidden();
    if (item.status === 'done' || item.status === 'dropped') throw conflict('evaluation.item_closed');
    const next: ActionItemRow = { ...item };
    if (input.title !== undefined) next.title = input.title;
    if (input.description !== undefined) next.description = input.description;
    if (input.owner_account_id !== undefined) {
      await activeAccount(u.tx, input.owner_account_id, 'owner_account_id');
      next.owner_account_id = input.owner_account_id;
      next.owner_name = null;
    }
    if (input.owner_name !== undefined) {
      next.owner_account_id = null;
      next.owner_name = input.owner_name;
    }
    if (input.due_on !== undefined) next.due_on = input.due_on;
    if (input.status !== undefined) next.status = input.status;
    if (input.plan_part !== undefined) next.plan_part = input.plan_part;
    const changes = fields
      .filter((f) => next[f] !== item[f])
      .map((f) => ({ field: f, before: item[f], after: next[f] }));
    if (changes.length > 0) {
      next.updated_at = u.now;
      const { id: _id, incident_id: _i, created_at: _c, created_by: _b, ...set } = next;
      await updateActionItem(u.tx, item.id, set);
      await u.event(
        'action_item.updated',
        { action_item_id: item.id, title: next.title, changes },
        { chainId: incident.id, subject: item.id },
      );
    }
    return presentActionItem(next, incident, await accountNames(u.tx), today(ctx), true);
  });
}
