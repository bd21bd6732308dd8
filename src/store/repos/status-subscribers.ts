// Subscribers of the public status page: one row per kind and address, found by id, address or link token.
import { sql, type Selectable } from 'kysely';
import type { Dialect, Tx } from '../db.js';
import type { Database, StatusSubscriberTable } from '../schema.js';
import type { StatusFanOutTable } from '../schema-status-page.js';

export type SubscriberRow = Selectable<StatusSubscriberTable>;
export type SubscriberState = 'pending' | 'confirmed' | 'unsubscribed';

// Rows per multi-row INSERT or `IN (...)` list: well below both databases' limits on bound parameters.
const CHUNK = 500;

export function stateOf(r: Pick<SubscriberRow, 'confirmed_at' | 'unsubscribed_at'>): SubscriberState {
  if (r.unsubscribed_at) return 'unsubscribed';
  return r.confirmed_at ? 'confirmed' : 'pending';
}

export async function getSubscriber(tx: Tx, id: string): Promise<SubscriberRow | undefined> {
  return tx.selectFrom('status_subscribers').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSubscriberByToken(tx: Tx, token: string): Promise<SubscriberRow | undefined> {
  return tx.selectFrom('status_subscribers').selectAll().where('token', '=', token).executeTakeFirst();
}

export async function findSubscriberByAddress(
  tx: Tx,
  kind: string,
  address: string,
): Promise<SubscriberRow | undefined> {
  return tx
    .selectFrom('status_subscribers')
    .selectAll()
    .where('kind', '=', kind)
    .where('address', '=', address)
    .executeTakeFirst();
}

/** Inserts unless the kind and address exist; returns whether it did (two requests at once make one row). */
export async function insertSubscriber(tx: Tx, row: SubscriberRow): Promise<boolean> {
  const res = await tx
    .insertInto('status_subscribers')
    .values(row)
    .onConflict((oc) => oc.columns(['kind', 'address']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Multi-row inserts for an import; rows whose kind and address exist are left as they are. Returns how many were new. */
export async function insertSubscribers(tx: Tx, rows: SubscriberRow[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const res = await tx
      .insertInto('status_subscribers')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['kind', 'address']).doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

export async function updateSubscriber(
  tx: Tx,
  id: string,
  patch: Partial<Omit<SubscriberRow, 'id' | 'kind' | 'address'>>,
): Promise<void> {
  await tx.updateTable('status_subscribers').set(patch).where('id', '=', id).execute();
}

/** Confirms a pending subscriber; false when it was not pending (already confirmed, or unsubscribed). */
export async function confirmSubscriber(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('status_subscribers')
    .set({ confirmed_at: at })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .where('unsubscribed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Ends a subscription; false when it had ended already. */
export async function unsubscribeSubscriber(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('status_subscribers')
    .set({ unsubscribed_at: at })
    .where('id', '=', id)
    .where('unsubscribed_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function deleteSubscriber(tx: Tx, id: string): Promise<boolean> {
  const res = await tx.deleteFrom('status_subscribers').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) === 1;
}

/** Which of these addresses exist for the kind (looked up in chunks). */
export async function existingAddresses(tx: Tx, kind: string, addresses: string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < addresses.length; i += CHUNK) {
    const rows = await tx
      .selectFrom('status_subscribers')
      .select('address')
      .where('kind', '=', kind)
      .where('address', 'in', addresses.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) found.add(r.address);
  }
  return found;
}

/**
 * Confirmed, still subscribed rows after `afterId` in id order: a notice walks them one batch at a time. With
 * `confirmedBy`, only those confirmed by then (a fan-out expanded after its notice skips later subscribers).
 */
export async function activeSubscribersAfter(
  tx: Tx,
  afterId: string,
  limit: number,
  confirmedBy?: string,
): Promise<SubscriberRow[]> {
  let q = tx
    .selectFrom('status_subscribers')
    .selectAll()
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .where('id', '>', afterId);
  if (confirmedBy !== undefined) q = q.where('confirmed_at', '<=', confirmedBy);
  return q.orderBy('id').limit(limit).execute();
}

/**
 * The confirmed, still subscribed rows after `afterId`: how many subscribe to everything, and the component lists
 * of the others (a notice counts its recipients without reading whole rows).
 */
export async function activeSubscriptionsAfter(
  tx: Tx,
  afterId: string,
): Promise<{ everything: number; componentLists: string[] }> {
  const active = tx
    .selectFrom('status_subscribers')
    .where('confirmed_at', 'is not', null)
    .where('unsubscribed_at', 'is', null)
    .where('id', '>', afterId);
  const all = await active
    .select((eb) => eb.fn.countAll().as('n'))
    .where('component_ids', 'is', null)
    .executeTakeFirstOrThrow();
  const lists = await active.select('component_ids').where('component_ids', 'is not', null).execute();
  return { everything: Number(all.n), componentLists: lists.map((r) => r.component_ids!) };
}

// The fan-out jobs of migration 0013 (a notice to many subscribers, expanded by the outbox worker in batches).
export type FanOutRow = StatusFanOutTable;

/** Writes a fan-out job unless its notice has one; returns whether it did. */
export async function insertFanOut(tx: Tx, row: FanOutRow): Promise<boolean> {
  const res = await tx
    .insertInto('status_fan_outs')
    .values(row)
    .onConflict((oc) => oc.column('notice_key').doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
}

/** Whether any fan-out has subscribers left (a cheap look before a transaction is opened for one). */
export async function hasOpenFanOut(tx: Tx): Promise<boolean> {
  const row = await tx
    .selectFrom('status_fan_outs')
    .select('id')
    .where('done_at', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The oldest fan-out with subscribers left, locked (skipped when another worker holds it, on PostgreSQL). */
export async function nextOpenFanOut(tx: Tx, dialect: Dialect): Promise<FanOutRow | undefined> {
  let q = tx
    .selectFrom('status_fan_outs')
    .selectAll()
    .where('done_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .limit(1);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  return q.executeTakeFirst();
}

/** Moves a fan-out's cursor past the batch it expanded (only from where it was: two workers never both do). */
export async function advanceFanOut(
  tx: Tx,
  job: Pick<FanOutRow, 'id' | 'after_id'>,
  next: { afterId: string; added: number; doneAt: string | null },
): Promise<boolean> {
  const res = await tx
    .updateTable('status_fan_outs')
    .set({
      after_id: next.afterId,
      expanded: sql<number>`expanded + ${next.added}`,
      done_at: next.doneAt,
    })
    .where('id', '=', job.id)
    .where('after_id', '=', job.after_id)
    .where('done_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function getFanOut(tx: Tx, noticeKey: string): Promise<FanOutRow | undefined> {
  return tx.selectFrom('status_fan_outs').selectAll().where('notice_key', '=', noticeKey).executeTakeFirst();
}

export interface SubscriberFilter {
  q?: string | undefined;
  kind?: string | undefined;
  state?: SubscriberState | undefined;
  limit: number;
  /** Keyset paging for exports: rows after this id, in id order. */
  afterId?: string;
}

export async function listSubscribers(tx: Tx, f: SubscriberFilter): Promise<SubscriberRow[]> {
  let q = tx.selectFrom('status_subscribers').selectAll();
  if (f.kind) q = q.where('kind', '=', f.kind);
  if (f.state === 'unsubscribed') q = q.where('unsubscribed_at', 'is not', null);
  if (f.state === 'confirmed')
    q = q.where('unsubscribed_at', 'is', null).where('confirmed_at', 'is not', null);
  if (f.state === 'pending') q = q.where('unsubscribed_at', 'is', null).where('confirmed_at', 'is', null);
  if (f.q) {
    // A plain substring: % and _ typed by the admin mean themselves.
    const pattern = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`lower(address) like ${pattern} escape '\\'`);
  }
  if (f.afterId !== undefined) return q.where('id', '>', f.afterId).orderBy('id').limit(f.limit).execute();
  return q.orderBy('created_at', 'desc').orderBy('id').limit(f.limit).execute();
}

export async function countSubscribersByState(tx: Tx): Promise<Record<SubscriberState, number>> {
  const rows = await tx
    .selectFrom('status_subscribers')
    .select([
      sql<string>`case when unsubscribed_at is not null then 'unsubscribed' when confirmed_at is not null then 'confirmed' else 'pending' end`.as(
        'state',
      ),
      (eb) => eb.fn.countAll().as('n'),
    ])
    .groupBy(
      sql`case when unsubscribed_at is not null then 'unsubscribed' when confirmed_at is not null then 'confirmed' else 'pending' end`,
    )
    .execute();
  const counts: Record<SubscriberState, number> = { pending: 0, confirmed: 0, unsubscribed: 0 };
  for (const r of rows) counts[r.state as SubscriberState] = Number(r.n);
  return counts;
}

// Read from the status page's own tables (migration 0007), for what subscriptions need of them.

/** The status page's title and time zone settings; undefined before anyone saved them. */
export async function pageSettings(tx: Tx): Promise<{ title: string; time_zone: string } | undefined> {
  return tx
    .selectFrom('status_settings')
    .select(['title', 'time_zone'])
    .where('id', '=', 'page')
    .executeTakeFirst();
}

/** The components on the page (not removed), with their names. */
export async function pageComponents(
  tx: Tx,
): Promise<Array<{ id: string; name_nl: string; name_en: string }>> {
  return tx
    .selectFrom('status_components')
    .select(['id', 'name_nl', 'name_en'])
    .where('removed_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function componentNames(
  tx: Tx,
  ids: string[],
): Promise<Array<{ id: string; name_nl: string; name_en: string }>> {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('status_components')
    .select(['id', 'name_nl', 'name_en'])
    .where('id', 'in', ids)
    .execute();
}

export type MaintenanceRow = Selectable<Database['status_maintenances']>;

/**
 * Maintenance whose start or end has passed without its notice: started (in its window, not cancelled) and ended
 * (within the last `graceMs`, not cancelled; older ones are history, not news).
 */
export async function maintenancesDueForNotice(
  tx: Tx,
  now: string,
  since: string,
): Promise<{ started: MaintenanceRow[]; ended: MaintenanceRow[] }> {
  const started = await tx
    .selectFrom('status_maintenances')
    .selectAll()
    .where('cancelled_at', 'is', null)
    .where('started_notice_at', 'is', null)
    .where('scheduled_for', '<=', now)
    .where('scheduled_until', '>', now)
    .orderBy('scheduled_for')
    .limit(100)
    .execute();
  const ended = await tx
    .selectFrom('status_maintenances')
    .selectAll()
    .where('cancelled_at', 'is', null)
    .where('ended_notice_at', 'is', null)
    .where('scheduled_until', '<=', now)
    .where('scheduled_until', '>=', since)
    .orderBy('scheduled_until')
    .limit(100)
    .execute();
  return { started, ended };
}

/** Claims a maintenance's start or end notice; false when another process (or an earlier tick) has. */
export async function claimMaintenanceNotice(
  tx: Tx,
  id: string,
  phase: 'started' | 'ended',
  at: string,
): Promise<boolean> {
  const column = phase === 'started' ? 'started_notice_at' : 'ended_notice_at';
  const res = await tx
    .updateTable('status_maintenances')
    .set({ [column]: at })
    .where('id', '=', id)
    .where(column, 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** On PostgreSQL, serialises transactions that use one throttle key (SQLite serialises writers anyway). */
export async function lockSubscribeKey(tx: Tx, dialect: Dialect, key: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`status-subscribe:${key}`}, 0))`.execute(tx);
}
