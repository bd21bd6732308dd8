// The transactional outbox: deliveries are written in the transaction of the change that causes them, then
// claimed by workers (FOR UPDATE SKIP LOCKED on PostgreSQL), retried with backoff, and their attempts kept.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Dialect, Tx } from '../db.js';
import type { DeliveryTable } from '../schema.js';

/** `captured`: an exercise's delivery, kept for the exercise's own outbox and never sent. */
export type DeliveryStatus = 'pending' | 'sent' | 'failed' | 'captured';

export interface NewDelivery {
  /** Unique per delivery: the same key enqueued twice is one delivery. */
  key: string;
  channel: string;
  recipient: string;
  payload: unknown;
  maxAttempts?: number;
  at: string;
  /** The incident and message it belongs to, so their pages can show it. */
  incidentId?: string;
  messageId?: string;
  language?: string;
  /** Stored as `captured` and never sent (exercises). */
  captured?: boolean;
}

export interface Delivery {
  id: string;
  key: string;
  channel: string;
  recipient: string;
  payload: unknown;
  status: DeliveryStatus;
  attempts: number;
  maxAttempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  incidentId: string | null;
  messageId: string | null;
  language: string | null;
}

function toDelivery(r: DeliveryTable): Delivery {
  return {
    id: r.id,
    key: r.idempotency_key,
    channel: r.channel,
    recipient: r.recipient,
    payload: JSON.parse(r.payload),
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    maxAttempts: Number(r.max_attempts),
    nextAttemptAt: r.next_attempt_at,
    lastError: r.last_error,
    createdAt: r.created_at,
    sentAt: r.sent_at,
    incidentId: r.incident_id,
    messageId: r.message_id,
    language: r.language,
  };
}

/** The row a new delivery starts as: pending (or captured), due at once, not yet tried. */
function newDeliveryRow(d: NewDelivery): DeliveryTable {
  return {
    id: randomUUID(),
    idempotency_key: d.key,
    channel: d.channel,
    recipient: d.recipient,
    payload: JSON.stringify(d.payload),
    status: d.captured ? 'captured' : 'pending',
    attempts: 0,
    max_attempts: d.maxAttempts ?? 8,
    next_attempt_at: d.at,
    locked_until: null,
    locked_by: null,
    last_error: null,
    created_at: d.at,
    sent_at: null,
    incident_id: d.incidentId ?? null,
    message_id: d.messageId ?? null,
    language: d.language ?? null,
  };
}

/** Returns the delivery's id; enqueueing an existing key changes nothing and returns the existing id. */
export async function enqueue(tx: Tx, d: NewDelivery): Promise<string> {
  await tx
    .insertInto('deliveries')
    .values(newDeliveryRow(d))
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .execute();
  const row = await tx
    .selectFrom('deliveries')
    .select('id')
    .where('idempotency_key', '=', d.key)
    .executeTakeFirstOrThrow();
  return row.id;
}

// Rows per INSERT: 17 values each stays far below SQLite's and PostgreSQL's limits on bound parameters.
const ENQUEUE_BATCH = 500;

/**
 * Enqueues many deliveries with multi-row inserts (a notice to tens of thousands of subscribers), each key at most
 * once as `enqueue` does. Returns how many were new.
 */
export async function enqueueMany(tx: Tx, deliveries: NewDelivery[]): Promise<number> {
  let added = 0;
  for (let i = 0; i < deliveries.length; i += ENQUEUE_BATCH) {
    const rows = deliveries.slice(i, i + ENQUEUE_BATCH).map(newDeliveryRow);
    const res = await tx
      .insertInto('deliveries')
      .values(rows)
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .executeTakeFirst();
    added += Number(res.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}

/**
 * Claims up to `limit` due deliveries for `worker` until `leaseUntil`. A claim whose lease ran out (a worker that
 * died mid-send) can be claimed again.
 */
export async function claimDue(
  tx: Tx,
  dialect: Dialect,
  options: { now: string; leaseUntil: string; worker: string; limit: number },
): Promise<Delivery[]> {
  let q = tx
    .selectFrom('deliveries')
    .select('id')
    .where('status', '=', 'pending')
    .where('next_attempt_at', '<=', options.now)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', options.now)]))
    .orderBy('next_attempt_at')
    .limit(options.limit);
  if (dialect === 'postgres') q = q.forUpdate().skipLocked();
  const ids = (await q.execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  await tx
    .updateTable('deliveries')
    .set({ locked_until: options.leaseUntil, locked_by: options.worker })
    .where('id', 'in', ids)
    .execute();
  const rows = await tx
    .selectFrom('deliveries')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('next_attempt_at')
    .execute();
  return rows.map(toDelivery);
}

/**
 * Records many successful sends with two statements (one UPDATE, one multi-row INSERT of their attempts), each with
 * its own time. Returns the ids that were still this worker's pending claim (the others were sent after their lease
 * ran out).
 */
export async function recordSuccesses(
  tx: Tx,
  sent: ReadonlyArray<{ id: string; at: string }>,
  worker: string,
): Promise<Set<string>> {
  const recorded = new Set<string>();
  // In parts of 128, 64, ..., 1 outcomes: a handful of statement texts, so SQLite's statement cache keeps them.
  for (let i = 0, size = RECORD_PART; i < sent.length;) {
    while (size > sent.length - i) size >>= 1;
    const part = sent.slice(i, i + size);
    i += size;
    const sentAt = sql<string>`case id ${sql.join(
      part.map((s) => sql`when ${s.id} then ${s.at}`),
      sql` `,
    )} end`;
    const rows = await tx
      .updateTable('deliveries')
      .set({
        status: 'sent',
        sent_at: sentAt,
        attempts: sql`attempts + 1`,
        locked_until: null,
        locked_by: null,
        last_error: null,
      })
      .where(
        'id',
        'in',
        part.map((s) => s.id),
      )
      .where('locked_by', '=', worker)
      .where('status', '=', 'pending')
      .returning('id')
      .execute();
    for (const r of rows) recorded.add(r.id);
    await tx
      .insertInto('delivery_attempts')
      .values(part.map((s) => ({ id: randomUUID(), delivery_id: s.id, at: s.at, ok: 1, error: null })))
      .execute();
  }
  return recorded;
}

// The largest part in recordSuccesses: three bound values per outcome, far below both databases' limits.
const RECORD_PART = 128;

/** Records a failed attempt: the delivery waits until `retryAt`, or is failed for good when `retryAt` is null. */
export async function recordFailure(
  tx: Tx,
  id: string,
  worker: string,
  at: string,
  error: string,
  retryAt: string | null,
): Promise<void> {
  await tx
    .updateTable('deliveries')
    .set({
      status: retryAt === null ? 'failed' : 'pending',
      next_attempt_at: retryAt ?? at,
      attempts: sql`attempts + 1`,
      locked_until: null,
      locked_by: null,
      last_error: error.slice(0, 2000),
    })
    .where('id', '=', id)
    .where('locked_by', '=', worker)
    .execute();
  await tx
    .insertInto('delivery_attempts')
    .values({ id: randomUUID(), delivery_id: id, at, ok: 0, error: error.slice(0, 2000) })
    .execute();
}

/** Automatic attempts a retry by hand adds to a failed delivery. */
export const MANUAL_RETRY_ATTEMPTS = 3;

/** A failed delivery is tried again from now (by hand, from the deliveries view), with a few more attempts. */
export async function requeue(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('deliveries')
    .set({
      status: 'pending',
      next_attempt_at: at,
      locked_until: null,
      locked_by: null,
      max_attempts: sql`attempts + ${MANUAL_RETRY_ATTEMPTS}`,
    })
    .where('id', '=', id)
    .where('status', '=', 'failed')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function getDelivery(tx: Tx, id: string): Promise<Delivery | null> {
  const row = await tx.selectFrom('deliveries').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDelivery(row) : null;
}

export async function listDeliveries(
  tx: Tx,
  options: { status?: DeliveryStatus; limit: number; messageId?: string; incidentId?: string },
): Promise<Delivery[]> {
  let q = tx.selectFrom('deliveries').selectAll();
  if (options.status) q = q.where('status', '=', options.status);
  if (options.messageId) q = q.where('message_id', '=', options.messageId);
  if (options.incidentId) q = q.where('incident_id', '=', options.incidentId);
  const rows = await q.orderBy('created_at', 'desc').limit(options.limit).execute();
  return rows.map(toDelivery);
}

export async function listAttempts(tx: Tx, deliveryId: string) {
  return tx
    .selectFrom('delivery_attempts')
    .selectAll()
    .where('delivery_id', '=', deliveryId)
    .orderBy('at')
    .execute();
}

/** The earliest time a pending delivery becomes due, so the worker can sleep until then. */
export async function nextDueAt(tx: Tx): Promise<string | null> {
  const row = await tx
    .selectFrom('deliveries')
    .select((eb) => eb.fn.min('next_attempt_at').as('next'))
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return (row?.next as string | null | undefined) ?? null;
}

export async function countByStatus(tx: Tx): Promise<Array<{ status: string; count: number }>> {
  const rows = await tx
    .selectFrom('deliveries')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  return rows.map((r) => ({ status: r.status, count: Number(r.n) }));
}

/** Deliveries per message and status, for the message list and the "who heard what" view. */
export async function countByMessage(
  tx: Tx,
  messageIds: string[],
): Promise<Array<{ messageId: string; status: string; count: number; lastSentAt: string | null }>> {
  if (messageIds.length === 0) return [];
  const rows = await tx
    .selectFrom('deliveries')
    .select([
      'message_id',
      'status',
      (eb) => eb.fn.countAll().as('n'),
      (eb) => eb.fn.max('sent_at').as('last_sent'),
    ])
    .where('message_id', 'in', messageIds)
    .groupBy(['message_id', 'status'])
    .execute();
  return rows.map((r) => ({
    messageId: r.message_id!,
    status: r.status,
    count: Number(r.n),
    lastSentAt: (r.last_sent as string | null) ?? null,
  }));
}
