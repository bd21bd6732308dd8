// The public status page's data: settings, component groups and components, their status log, scheduled
// maintenance, and the status-page part of messages (with the published updates the public page shows).
import type { Tx } from '../db.js';
import type {
  MessageStatusUpdateTable,
  StatusComponentChangeTable,
  StatusComponentGroupTable,
  StatusComponentTable,
  StatusMaintenanceTable,
  StatusSettingsTable,
} from '../schema.js';

export type StatusSettingsRow = StatusSettingsTable;
export type ComponentGroupRow = StatusComponentGroupTable;
export type ComponentRow = StatusComponentTable;
export type ComponentChangeRow = StatusComponentChangeTable;
export type MaintenanceRow = StatusMaintenanceTable;
export type MessageStatusUpdateRow = MessageStatusUpdateTable;

export const SETTINGS_ID = 'page';

export async function getSettings(tx: Tx): Promise<StatusSettingsRow | undefined> {
  return tx.selectFrom('status_settings').selectAll().where('id', '=', SETTINGS_ID).executeTakeFirst();
}

export async function saveSettings(tx: Tx, row: StatusSettingsRow): Promise<void> {
  const { id: _id, ...changes } = row;
  await tx
    .insertInto('status_settings')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(changes))
    .execute();
}

// Groups

export async function listGroups(tx: Tx): Promise<ComponentGroupRow[]> {
  return tx
    .selectFrom('status_component_groups')
    .selectAll()
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

export async function getGroup(tx: Tx, id: string): Promise<ComponentGroupRow | undefined> {
  return tx.selectFrom('status_component_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertGroup(tx: Tx, row: ComponentGroupRow): Promise<void> {
  await tx.insertInto('status_component_groups').values(row).execute();
}

export async function updateGroup(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ComponentGroupRow, 'id'>>,
): Promise<void> {
  await tx.updateTable('status_component_groups').set(changes).where('id', '=', id).execute();
}

/** Deletes a group; its components stay, ungrouped. Returns how many components it held. */
export async function deleteGroup(tx: Tx, id: string, at: string): Promise<number> {
  const res = await tx
    .updateTable('status_components')
    .set({ group_id: null, updated_at: at })
    .where('group_id', '=', id)
    .executeTakeFirst();
  await tx.deleteFrom('status_component_groups').where('id', '=', id).execute();
  return Number(res.numUpdatedRows);
}

/** The next free position at the end of a list. */
export async function nextGroupPosition(tx: Tx): Promise<number> {
  const row = await tx
    .selectFrom('status_component_groups')
    .select((eb) => eb.fn.max('position').as('max'))
    .executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

// Components

/** Components on the page (not removed), in display order within their group. */
export async function listComponents(tx: Tx): Promise<ComponentRow[]> {
  return tx
    .selectFrom('status_components')
    .selectAll()
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('created_at')
    .execute();
}

/** A component on the page; removed ones only with `includeRemoved`. */
export async function getComponent(
  tx: Tx,
  id: string,
  options: { includeRemoved?: boolean } = {},
): Promise<ComponentRow | undefined> {
  let q = tx.selectFrom('status_components').selectAll().where('id', '=', id);
  if (!options.includeRemoved) q = q.where('removed_at', 'is', null);
  return q.executeTakeFirst();
}

/** Components on the page among these ids (for checking references and applying updates). */
export async function componentsByIds(tx: Tx, ids: string[]): Promise<ComponentRow[]> {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('status_components')
    .selectAll()
    .where('id', 'in', ids)
    .where('removed_at', 'is', null)
    .execute();
}

export async function insertComponent(tx: Tx, row: ComponentRow): Promise<void> {
  await tx.insertInto('status_components').values(row).execute();
}

export async function updateComponent(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ComponentRow, 'id'>>,
): Promise<void> {
  await tx.updateTable('status_components').set(changes).where('id', '=', id).execute();
}

export async function nextComponentPosition(tx: Tx, groupId: string | null): Promise<number> {
  let q = tx
    .selectFrom('status_components')
    .select((eb) => eb.fn.max('position').as('max'))
    .where('removed_at', 'is', null);
  q = groupId === null ? q.where('group_id', 'is', null) : q.where('group_id', '=', groupId);
  const row = await q.executeTakeFirst();
  return row?.max === null || row?.max === undefined ? 0 : Number(row.max) + 1;
}

export async function insertComponentChange(tx: Tx, row: ComponentChangeRow): Promise<void> {
  await tx.insertInto('status_component_changes').values(row).execute();
}

/**
 * The changes the day bars need: every change since `since`, and per component the last one before it (the status
 * in force when the window opens), in one query each.
 */
export async function componentChangesSince(tx: Tx, since: string): Promise<ComponentChangeRow[]> {
  const inWindow = await tx
    .selectFrom('status_component_changes')
    .selectAll()
    .where('at', '>=', since)
    .orderBy('at')
    .execute();
  const before = await tx
    .selectFrom('status_component_changes as c')
    .selectAll('c')
    .where('c.at', '<', since)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('status_component_changes as d')
            .select('d.id')
            .whereRef('d.component_id', '=', 'c.component_id')
            .where('d.at', '<', since)
            .whereRef('d.at', '>', 'c.at'),
        ),
      ),
    )
    .execute();
  return [...before, ...inWindow];
}

// Maintenance

export async function insertMaintenance(tx: Tx, row: MaintenanceRow): Promise<void> {
  await tx.insertInto('status_maintenances').values(row).execute();
}

export async function getMaintenance(tx: Tx, id: string): Promise<MaintenanceRow | undefined> {
  return tx.selectFrom('status_maintenances').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateMaintenance(
  tx: Tx,
  id: string,
  changes: Partial<Omit<MaintenanceRow, 'id'>>,
): Promise<void> {
  await tx.updateTable('status_maintenances').set(changes).where('id', '=', id).execute();
}

/** Maintenance that ends at or after `since` (upcoming, running, and recent), soonest first. */
export async function listMaintenances(tx: Tx, since: string): Promise<MaintenanceRow[]> {
  return tx
    .selectFrom('status_maintenances')
    .selectAll()
    .where('scheduled_until', '>=', since)
    .orderBy('scheduled_for')
    .orderBy('id')
    .execute();
}

// The status-page part of messages

export async function getStatusUpdates(tx: Tx, messageIds: string[]): Promise<MessageStatusUpdateRow[]> {
  if (messageIds.length === 0) return [];
  return tx.selectFrom('message_status_updates').selectAll().where('message_id', 'in', messageIds).execute();
}

/** Sets (or with null removes) a message's status-page part. */
export async function saveStatusUpdate(
  tx: Tx,
  messageId: string,
  row: Omit<MessageStatusUpdateRow, 'message_id' | 'applied'> | null,
): Promise<void> {
  await tx.deleteFrom('message_status_updates').where('message_id', '=', messageId).execute();
  if (row)
    await tx
      .insertInto('message_status_updates')
      .values({ message_id: messageId, ...row, applied: null })
      .execute();
}

export async function markStatusUpdateApplied(tx: Tx, messageId: string, applied: string): Promise<void> {
  await tx
    .updateTable('message_status_updates')
    .set({ applied })
    .where('message_id', '=', messageId)
    .execute();
}

/** A published status-page update, without its texts. */
export interface PublishedStatusUpdate {
  id: string;
  incident_id: string;
  published_at: string;
  incident_status: string;
  impact: string;
  components: string;
  applied: string | null;
}

/**
 * Every update published to the status page, oldest first: never of an exercise or need-to-know incident, and
 * only messages whose channels include `status_page`.
 */
export async function listPublishedStatusUpdates(tx: Tx): Promise<PublishedStatusUpdate[]> {
  const rows = await tx
    .selectFrom('messages')
    .innerJoin('incidents', 'incidents.id', 'messages.incident_id')
    .innerJoin('message_status_updates as s', 's.message_id', 'messages.id')
    .select([
      'messages.id',
      'messages.incident_id',
      'messages.published_at',
      's.incident_status',
      's.impact',
      's.components',
      's.applied',
    ])
    .where('messages.status', '=', 'published')
    .where('incidents.exercise', '=', 0)
    .where('incidents.restricted', '=', 0)
    // Channels are a small JSON array: match the quoted name, which no other channel name contains.
    .where('messages.channels', 'like', '%"status_page"%')
    .orderBy('messages.published_at')
    .orderBy('messages.id')
    .execute();
  return rows.map((r) => ({ ...r, published_at: r.published_at! }));
}
