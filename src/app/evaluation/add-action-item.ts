// Adds an action item to the review: what to improve, who owns it (an account or a free name), by when, and the
// part of the plan it changes. It lands in the improvement backlog.
import { randomUUID } from 'node:crypto';
import type { ActionItem, CreateActionItemRequest } from '../../core/api/evaluation.js';
import { ensureReview, insertActionItem } from '../../store/repos/evaluation.js';
import { inTransaction, type Ctx } from '../context.js';
import { loadIncidentForAction } from '../incidents/access.js';
import { activeAccount } from '../incidents/work/support.js';
import { accountNames } from '../legal/support.js';
import { presentActionItem, requireEditable, reviewStateOf, today } from './support.js';

export async function addActionItem(
  ctx: Ctx,
  incidentKey: string,
  input: CreateActionItemRequest,
): Promise<ActionItem> {
  return inTransaction(ctx, async (u) => {
    const incident = await loadIncidentForAction(ctx, incidentKey, u.tx);
    requireEditable(incident, reviewStateOf(await ensureReview(u.tx, incident.id, u.now)));
    if (input.owner_account_id !== undefined)
      await activeAccount(u.tx, input.owner_account_id, 'owner_account_id');
    const row = {
      id: randomUUID(),
      incident_id: incident.id,
      title: input.title,
      description: input.description ?? '',
      owner_account_id: input.owner_account_id ?? null,
      owner_name: input.owner_account_id === undefined ? (input.owner_name ?? null) : null,
      due_on: input.due_on ?? null,
      status: input.status ?? 'open',
      plan_part: input.plan_part ?? '',
      closed_by_plan_version: null,
      close_note: '',
      closed_at: null,
      closed_by: null,
      reminded_at: null,
      reminded_for: null,
      created_by: ctx.actor!.id,
      created_at: u.now,
      updated_at: u.now,
    };
    await insertActionItem(u.tx, row);
    await u.event(
      'action_item.added',
      {
        action_item_id: row.id,
        title: row.title,
        owner_account_id: row.owner_account_id,
        owner_name: row.owner_name,
        due_on: row.due_on,
        status: row.status,
        plan_part: row.plan_part,
      },
      { chainId: incident.id, subject: row.id },
    );
    return presentActionItem(row, incident, await accountNames(u.tx), today(ctx), true);
  });
}
