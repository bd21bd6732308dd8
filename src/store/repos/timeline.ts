// The append-only, hash-chained timeline: one chain per incident and one ("org") for the organisation.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { GENESIS_HASH, eventHash } from '../../core/timeline/hash.js';
import type { StoredEvent, StoredEventText } from '../../core/timeline/verify.js';
import type { Tx } from '../db.js';
import type { Dialect } from '../db.js';

export interface NewEvent {
  chainId: string;
  at: string;
  actorId: string | null;
  type: string;
  subject?: string | null;
  payload: Record<string, unknown>;
}

/**
 * Appends one event. Must run inside the transaction of the change it records. The chain's head row is locked
 * (PostgreSQL: FOR UPDATE; SQLite serialises writers anyway), so appends to one chain queue up while appends to
 * other chains go on.
 */
export async function appendEvent(tx: Tx, dialect: Dialect, e: NewEvent): Promise<StoredEvent> {
  await tx
    .insertInto('timeline_chains')
    .values({ chain_id: e.chainId, last_seq: 0, last_hash: GENESIS_HASH })
    .onConflict((oc) => oc.column('chain_id').doNothing())
    .execute();
  let q = tx
    .selectFrom('timeline_chains')
    .select(['last_seq', 'last_hash'])
    .where('chain_id', '=', e.chainId);
  if (dialect === 'postgres') q = q.forUpdate();
  const head = await q.executeTakeFirstOrThrow();
  const event: StoredEvent = {
    id: randomUUID(),
    chainId: e.chainId,
    seq: Number(head.last_seq) + 1,
    at: e.at,
    actorId: e.actorId,
    type: e.type,
    subject: e.subject ?? null,
    payload: e.payload,
    prevHash: head.last_hash,
    hash: '',
  };
  event.hash = eventHash(event);
  await tx
    .insertInto('timeline_events')
    .values({
      id: event.id,
      chain_id: event.chainId,
      seq: event.seq,
      at: event.at,
      actor_id: event.actorId,
      type: event.type,
      subject: event.subject,
      payload: JSON.stringify(event.payload),
      prev_hash: event.prevHash,
      hash: event.hash,
    })
    .execute();
  await tx
    .updateTable('timeline_chains')
    .set({ last_seq: event.seq, last_hash: event.hash })
    .where('chain_id', '=', e.chainId)
    .execute();
  return event;
}

type EventRow = {
  id: string;
  chain_id: string;
  seq: number;
  at: string;
  actor_id: string | null;
  type: string;
  subject: string | null;
  payload: string;
  prev_hash: string;
  hash: string;
};

function toEvent(r: EventRow): StoredEvent {
  let payload: unknown;
  try {
    payload = JSON.parse(r.payload);
  } catch {
    payload = r.payload; // unparseable means tampered: the hash check will say so
  }
  return {
    id: r.id,
    chainId: r.chain_id,
    seq: Number(r.seq),
    at: r.at,
    actorId: r.actor_id,
    type: r.type,
    subject: r.subject,
    payload,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export async function listChains(
  tx: Tx,
): Promise<Array<{ chainId: string; lastSeq: number; lastHash: string }>> {
  const rows = await tx.selectFrom('timeline_chains').selectAll().orderBy('chain_id').execute();
  return rows.map((r) => ({ chainId: r.chain_id, lastSeq: Number(r.last_seq), lastHash: r.last_hash }));
}

/** Events of one chain in seq order, in pages, so a million events never sit in memory at once. */
export async function* readChain(tx: Tx, chainId: string, pageSize = 5000): AsyncGenerator<StoredEvent> {
  let after = 0;
  for (;;) {
    const rows = await tx
      .selectFrom('timeline_events')
      .selectAll()
      .where('chain_id', '=', chainId)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    for (const r of rows) yield toEvent(r);
    if (rows.length < pageSize) return;
    after = Number(rows[rows.length - 1]!.seq);
  }
}

/** Newest first, for the activity views. */
export async function listEvents(
  tx: Tx,
  chainId: string,
  options: { limit: number; beforeSeq?: number },
): Promise<StoredEvent[]> {
  let q = tx.selectFrom('timeline_events').selectAll().where('chain_id', '=', chainId);
  if (options.beforeSeq !== undefined) q = q.where('seq', '<', options.beforeSeq);
  const rows = await q.orderBy('seq', 'desc').limit(options.limit).execute();
  return rows.map(toEvent);
}

/** Events of the given types in one chain, oldest first (phase history, ETA history). */
export async function eventsOfTypes(tx: Tx, chainId: string, types: string[]): Promise<StoredEvent[]> {
  const rows = await tx
    .selectFrom('timeline_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('type', 'in', types)
    .orderBy('seq')
    .execute();
  return rows.map(toEvent);
}

/**
 * The events that pin or unpin a moment in one chain, oldest first: pins, unpins and notes written pinned. A note's
 * payload is JSON.stringify'd, so `"pinned":true` appears in it only as that key (inside a string the quotes would be
 * escaped); the caller still reads the payload. Two queries, neither reading the chain's other events: pins and
 * unpins through the index on (chain_id, type, seq), pinned notes through the partial index of migration 0012, whose
 * condition is written here literally (a bound parameter would not match it, and the index would not be used).
 */
export async function pinEvents(tx: Tx, chainId: string): Promise<StoredEvent[]> {
  const pins = await tx
    .selectFrom('timeline_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('type', 'in', ['event.pinned', 'event.unpinned'])
    .orderBy('seq')
    .execute();
  const notes = await tx
    .selectFrom('timeline_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where(sql<boolean>`type = 'note.added' AND payload LIKE '%"pinned":true%'`)
    .orderBy('seq')
    .execute();
  return [...pins, ...notes].sort((a, b) => Number(a.seq) - Number(b.seq)).map(toEvent);
}

/**
 * Every chain's events (or those of the chains from `from` up to, not including, `to`), ordered by chain and seq, a
 * page at a time, in keyset pages over the (chain_id, seq) index: `audit verify` reads a million events in a couple
 * of hundred queries rather than one query (or more) per chain.
 * The columns come out under the names of StoredEvent and the payload stays text: the driver's rows are the events,
 * with no second object per row, and the payload is parsed where it is hashed.
 */
export async function* readAllChainPages(
  tx: Tx,
  range: { from?: string | undefined; to?: string | undefined } = {},
  pageSize = 10_000,
): AsyncGenerator<StoredEventText[]> {
  let after: { chain: string; seq: number } | null = null;
  for (;;) {
    let q = tx
      .selectFrom('timeline_events')
      .select([
        'id',
        'chain_id as chainId',
        'seq',
        'at',
        'actor_id as actorId',
        'type',
        'subject',
        'payload',
        'prev_hash as prevHash',
        'hash',
      ]);
    if (after) {
      const { chain, seq } = after;
      q = q.where((eb) => eb(eb.refTuple('chain_id', 'seq'), '>', eb.tuple(chain, seq)));
    }
    if (range.from !== undefined) q = q.where('chain_id', '>=', range.from);
    if (range.to !== undefined) q = q.where('chain_id', '<', range.to);
    const rows = await q.orderBy('chain_id').orderBy('seq').limit(pageSize).execute();
    for (const r of rows) if (typeof r.seq !== 'number') r.seq = Number(r.seq);
    if (rows.length > 0) yield rows;
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1]!;
    after = { chain: last.chainId, seq: last.seq };
  }
}

/** Given events of one chain (the pinned moments), oldest first. */
export async function eventsByIds(tx: Tx, chainId: string, ids: string[]): Promise<StoredEvent[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectFrom('timeline_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('id', 'in', ids)
    .orderBy('seq')
    .execute();
  return rows.map(toEvent);
}

/** Events of one chain after a sequence number, oldest first (live updates resume from there). */
export async function eventsAfter(
  tx: Tx,
  chainId: string,
  afterSeq: number,
  limit = 500,
): Promise<StoredEvent[]> {
  const rows = await tx
    .selectFrom('timeline_events')
    .selectAll()
    .where('chain_id', '=', chainId)
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toEvent);
}

/** The newest sequence number of a chain (0 when it has no events yet). */
export async function chainHeadSeq(tx: Tx, chainId: string): Promise<number> {
  const row = await tx
    .selectFrom('timeline_chains')
    .select('last_seq')
    .where('chain_id', '=', chainId)
    .executeTakeFirst();
  return Number(row?.last_seq ?? 0);
}
