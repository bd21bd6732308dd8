// Writes a new action item and its `action_item.added` event: shared by the review's action items and the
// improvements an exercise sends to the backlog.
import { randomUUID } from 'node:crypto';
import { insertActionItem, type ActionItemRow } from '../../store/repos/evaluation.js';
import type { Unit } from '../context.js';
import { activeAccount } from '../incidents/work/support.js';

export interface NewActionItem {
  title: string;
  description?: string | undefined;
  owner_account_id?: string | undefined;
  owner_name?: string | undefined;
  due_on?: string | null | undefined;
  status?: string | undefined;
  plan_part?: string | undefined;
}

/** Checks the owner account, inserts the item (open unless given) and appends the event with `extra` fields. */
export async function recordNewActionItem(
  u: Unit,
  incidentId: string,
  createdBy: string,
  input: NewActionItem,
  extra: Record<string, unknown> = {},
): Promise<ActionItemRow> {
  if (input.owner_account_id !== undefined)
    await activeAccount(u.tx, input.owner_account_id, 'owner_account_id');
  const row: ActionItemRow = {
    id: randomUUID(),
    incident_id: incidentId,
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
    created_by: createdBy,
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
      ...extra,
    },
    { chainId: incidentId, subject: row.id },
  );
  return row;
}
