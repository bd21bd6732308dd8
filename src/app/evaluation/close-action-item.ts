// Closes an action item: done, or dropped with a reason. An item that changes the plan is done only with the plan
// version that made the change, newer than the version the incident ran on; the backlog then links to it.
import type { ActionItem, CloseActionItemRequest } from '../../core/api/evaluation.js';
import { conflict, forbidden, invalid } from '../../core/errors.js';
import { updateActionItem } from '../../store/repos/evaluation.js';
import { getPlanVersion } from '../../store/repos/plan.js';
import { inTransaction, requireActor, type Ctx } from '../context.js';
import { accountNames } from '../legal/support.js';
import { loadActionItem, mayChangeItems, presentActionItem, today } from './support.js';

export async function closeActionItem(
  ctx: Ctx,
  id: string,
  input: CloseActionItemRequest,
): Promise<ActionItem> {
  const actor = requireActor(ctx, 'responder');
  return inTransaction(ctx, async (u) => {
    const { item, incident } = await loadActionItem(u.tx, actor, id);
    if (!(await mayChangeItems(u.tx, actor, incident))) throw forbidden();
    if (item.status === 'done' || item.status === 'dropped') throw conflict('evaluation.item_closed');
    const note = input.note ?? '';
    let version: number | null = null;
    if (input.status === 'dropped') {
      if (!note) throw invalid('note', 'evaluation.drop_reason');
    } else {
      version = input.closed_by_plan_version ?? null;
      if (item.plan_part && version === null)
        throw invalid('closed_by_plan_version', 'evaluation.plan_version_required');
      if (version !== null) {
        if (!(await getPlanVersion(u.tx, version)))
          throw invalid('closed_by_plan_version', 'evaluation.plan_version_unknown', { version });
        if (version <= Number(incident.plan_version))
          throw invalid('closed_by_plan_version', 'evaluation.plan_version_old', {
            version: Number(incident.plan_version),
          });
      }
    }
    const changes = {
      status: input.status,
      closed_by_plan_version: version,
      close_note: note,
      closed_at: u.now,
      closed_by: actor.id,
      updated_at: u.now,
    };
    await updateActionItem(u.tx, item.id, changes);
    await u.event(
      'action_item.closed',
      {
        action_item_id: item.id,
        title: item.title,
        status: input.status,
        plan_part: item.plan_part,
        closed_by_plan_version: version,
        note,
      },
      { chainId: incident.id, subject: item.id },
    );
    return presentActionItem({ ...item, ...changes }, incident, await accountNames(u.tx), today(ctx), true);
  });
}
