// One action item, if its incident is visible to the caller.
import type { ActionItem } from '../../core/api/evaluation.js';
import { requireActor, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { loadActionItem, mayChangeItems, presentActionItem, today } from './support.js';

export async function getActionItem(ctx: Ctx, id: string): Promise<ActionItem> {
  const actor = requireActor(ctx, 'viewer');
  const db = ctx.store.db;
  const { item, incident } = await loadActionItem(db, actor, id);
  return presentActionItem(
    item,
    incident,
    await accountNames(db),
    today(ctx),
    await mayChangeItems(db, actor, incident),
  );
}
