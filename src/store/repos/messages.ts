// Messages per audience: their texts per language, their approvals, what the public pages show, cadence reminders.
import type { Tx } from '../db.js';
import type { MessageApprovalTable, MessageContentTable, MessageTable } from '../schema.js';

export type MessageRow = MessageTable;
export type MessageContentRow = MessageContentTable;
export type MessageApprovalRow = MessageApprovalTable;

export async function insertMessage(tx: Tx, row: MessageRow, contents: MessageContentRow[]): Promise<void> {
  await tx.insertInto('messages').values(row).execute();
  if (contents.length > 0) await tx.insertInto('message_contents').values(contents).execute();
}

export async function getMessage(tx: Tx, incidentId: string, id: string): Promise<MessageRow | undefined> {
  return tx
    .selectFrom('messages')
    .selectAll()
    .where('id', '=', id)
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
}

export async function listMessages(tx: Tx, incidentId: string): Promise<MessageRow[]> {
  return tx
    .selectFrom('messages')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
}

export async function updateMessage(
  tx: Tx,
  id: string,
  changes: Partial<Omit<MessageRow, 'id' | 'incident_id'>>,
): Promise<void> {
  await tx.updateTable('messages').set(changes).where('id', '=', id).execute();
}

export async function listContents(tx: Tx, messageIds: string[]): Promise<MessageContentRow[]> {
  if (messageIds.length === 0) return [];
  return tx
    .selectFrom('message_contents')
    .selectAll()
    .where('message_id', 'in', messageIds)
    .orderBy('language')
    .execute();
}

export async function replaceContents(
  tx: Tx,
  messageId: string,
  contents: MessageContentRow[],
): Promise<void> {
  await tx.deleteFrom('message_contents').where('message_id', '=', messageId).execute();
  if (contents.length > 0) await tx.insertInto('message_contents').values(contents).execute();
}

export async function insertApproval(tx: Tx, row: MessageApprovalRow): Promise<void> {
  await tx.insertInto('message_approvals').values(row).execute();
}

/** The approvals still in force (not voided by an edit or a rejection) of the given messages. */
export async function listApprovals(tx: Tx, messageIds: string[]): Promise<MessageApprovalRow[]> {
  if (messageIds.length === 0) return [];
  return tx
    .selectFrom('message_approvals')
    .selectAll()
    .where('message_id', 'in', messageIds)
    .where('voided_at', 'is', null)
    .orderBy('at')
    .execute();
}

export async function voidApprovals(tx: Tx, messageId: string, at: string): Promise<number> {
  const res = await tx
    .updateTable('message_approvals')
    .set({ voided_at: at })
    .where('message_id', '=', messageId)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** The message that corrects this one, if any. */
export async function correctionsOf(
  tx: Tx,
  messageIds: string[],
): Promise<Array<{ id: string; corrects_id: string }>> {
  if (messageIds.length === 0) return [];
  const rows = await tx
    .selectFrom('messages')
    .select(['id', 'corrects_id'])
    .where('corrects_id', 'in', messageIds)
    .execute();
  return rows.map((r) => ({ id: r.id, corrects_id: r.corrects_id! }));
}

/** Per audience of an incident, when its last message was published. */
export async function lastPublished(
  tx: Tx,
  incidentId: string,
): Promise<Array<{ audience_id: string; published_at: string; id: string; kind: string }>> {
  const rows = await tx
    .selectFrom('messages')
    .select(['id', 'audience_id', 'published_at', 'kind'])
    .where('incident_id', '=', incidentId)
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .execute();
  const seen = new Map<string, { audience_id: string; published_at: string; id: string; kind: string }>();
  for (const r of rows)
    if (!seen.has(r.audience_id))
      seen.set(r.audience_id, {
        audience_id: r.audience_id,
        published_at: r.published_at!,
        id: r.id,
        kind: r.kind,
      });
  return [...seen.values()];
}

export interface PublishedMessage {
  id: string;
  incident_id: string;
  incident_reference: string;
  incident_title: string;
  incident_phase: string;
  scenario_id: string;
  audience_id: string;
  kind: string;
  corrects_id: string | null;
  published_at: string;
  contents: MessageContentRow[];
}

/**
 * Messages published over one channel (internal_page, press, status_page), newest first. Never those of exercise
 * incidents, and never those of need-to-know incidents unless `includeRestricted` (the internal page for a
 * logged-in admin, say).
 */
export async function listPublishedForChannel(
  tx: Tx,
  channel: string,
  options: { limit: number; since?: string; includeRestricted?: boolean },
): Promise<PublishedMessage[]> {
  let q = tx
    .selectFrom('messages')
    .innerJoin('incidents', 'incidents.id', 'messages.incident_id')
    .select([
      'messages.id',
      'messages.incident_id',
      'incidents.reference as incident_reference',
      'incidents.title as incident_title',
      'incidents.phase as incident_phase',
      'incidents.scenario_id',
      'messages.audience_id',
      'messages.kind',
      'messages.corrects_id',
      'messages.published_at',
      'messages.channels',
    ])
    .where('messages.status', '=', 'published')
    .where('incidents.exercise', '=', 0);
  if (!options.includeRestricted) q = q.where('incidents.restricted', '=', 0);
  if (options.since) q = q.where('messages.published_at', '>=', options.since);
  // Channels are a small JSON array: match the quoted name, which no other channel name contains.
  q = q.where('messages.channels', 'like', `%"${channel}"%`);
  const rows = await q.orderBy('messages.published_at', 'desc').limit(options.limit).execute();
  const contents = await listContents(
    tx,
    rows.map((r) => r.id),
  );
  return rows.map(({ channels: _channels, ...r }) => ({
    ...r,
    published_at: r.published_at!,
    contents: contents.filter((c) => c.message_id === r.id),
  }));
}

/** Records that the reminder for this due time went out; false when it had already. */
export async function claimCadenceReminder(
  tx: Tx,
  row: { incident_id: string; audience_id: string; due_at: string; sent_at: string },
): Promise<boolean> {
  const res = await tx
    .insertInto('cadence_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['incident_id', 'audience_id', 'due_at']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}
