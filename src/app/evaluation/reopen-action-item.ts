// Reopens a done or dropped action item (it was not really done); the plan version link goes with the closing.
import type { ActionItem } from '../../core/api/evaluation.js';
import { conflict, forbidden } from '../../core/errors.js';
import { updateActionItem } from '../../store/repos/evaluation.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { loadActionItem, mayChangeItems, presentActionItem, today } from './support.js';

export async function reopenActionItem(ctx: Ctx, id: string): Promise<ActionItem> {
  const actor = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const { item, incident } = await loadActionItem(u.tx, actor, id);
    if (!(await mayChangeItems(u.tx, actor, incident))) throw forbidden();
    if (item.status !== 'done' && item.status !== 'dropped') throw conflict('evaluation.item_not_closed');
    const changes = {
      status: 'open',
      closed_by_plan_version: null,
      close_note: '',
      closed_at: null,
      closed_by: null,
      updated_at: u.now,
    };
    await updateActionItem(u.tx, item.id, changes);
    await u.event(
      'action_item.reopened',
      { action_item_id: item.id, title: item.title, from: item.status },
      { chainId: incident.id, subject: item.id },
    );
    return presentActionItem({ ...item, ...changes }, incident, await accountNames(u.tx), today(ctx), true);
  });
}
