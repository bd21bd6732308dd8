// Appends several events in one go (an arrival of alerts): each chain's head locked and read once, the events
// inserted together, each head moved once. The hashes are exactly those `appendEvent` would give, one by one.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { GENESIS_HASH, eventHash } from '../../core/timeline/hash.js';
import type { StoredEvent } from '../../core/timeline/verify.js';
import type { Dialect, Tx } from '../db.js';
import type { NewEvent } from './timeline.js';

/** Events per INSERT: ten parameters each, far below both databases' limits. */
const EVENTS_PER_STATEMENT = 500;

type Head = { seq: number; hash: string };

/**
 * A UUID version 7 (RFC 9562): the time in milliseconds first, then random bits. Rows keyed by it go to the end of
 * their primary key's index instead of a random page of it: a random UUID per event dirtied a page of that index
 * per event, a third of everything an arrival of alerts wrote to SQLite's log. Ordered only roughly (random within
 * a millisecond); nothing orders by id.
 */
export function timeOrderedId(ms = Date.now()): string {
  const time = ms.toString(16).padStart(12, '0');
  // A version 4 UUID's random bits and variant, behind the time and the version nibble 7.
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${randomUUID().slice(15)}`;
}

/**
 * Locks and reads a chain's head (PostgreSQL: FOR UPDATE; SQLite serialises writers anyway), creating the chain
 * first when it has none yet. An existing chain costs one statement, not the insert-then-read of `appendEvent`.
 */
async function lockHead(tx: Tx, dialect: Dialect, chainId: string): Promise<Head> {
  const read = async () => {
    let q = tx
      .selectFrom('timeline_chains')
      .select(['last_seq', 'last_hash'])
      .where('chain_id', '=', chainId);
    if (dialect === 'postgres') q = q.forUpdate();
    return q.executeTakeFirst();
  };
  let head = await read();
  if (!head) {
    await tx
      .insertInto('timeline_chains')
      .values({ chain_id: chainId, last_seq: 0, last_hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('chain_id').doNothing())
      .execute();
    head = await read();
    if (!head) throw new Error(`timeline chain ${chainId} has no head row`);
  }
  return { seq: Number(head.last_seq), hash: head.last_hash };
}

function row(e: StoredEvent) {
  return {
    id: e.id,
    chain_id: e.chainId,
    seq: e.seq,
    at: e.at,
    actor_id: e.actorId,
    type: e.type,
    subject: e.subject,
    payload: JSON.stringify(e.payload),
    prev_hash: e.prevHash,
    hash: e.hash,
  };
}

/**
 * Appends the events in the order given, each to its chain. Must run inside the transaction of the change they
 * record. Chains are locked in the order of their first event, as appending one by one would. Statements: one per
 * chain to lock and read its head, then on PostgreSQL one for the inserts and the head moves together (a
 * data-modifying WITH), so the lock on a busy chain (`org`) is held for two round trips and the commit; on SQLite,
 * which has no round trips, one INSERT and one UPDATE per chain.
 */
export async function appendEvents(
  tx: Tx,
  dialect: Dialect,
  events: readonly NewEvent[],
): Promise<StoredEvent[]> {
  if (events.length === 0) return [];
  const heads = new Map<string, Head>();
  for (const e of events)
    if (!heads.has(e.chainId)) heads.set(e.chainId, await lockHead(tx, dialect, e.chainId));

  const stored = events.map((e) => {
    const head = heads.get(e.chainId)!;
    const event: StoredEvent = {
      id: timeOrderedId(),
      chainId: e.chainId,
      seq: head.seq + 1,
      at: e.at,
      actorId: e.actorId,
      type: e.type,
      subject: e.subject ?? null,
      payload: e.payload,
      prevHash: head.hash,
      hash: '',
    };
    event.hash = eventHash(event);
    heads.set(e.chainId, { seq: event.seq, hash: event.hash });
    return event;
  });

  const rows = stored.map(row);
  const last = Math.floor((rows.length - 1) / EVENTS_PER_STATEMENT) * EVENTS_PER_STATEMENT;
  for (let i = 0; i < last; i += EVENTS_PER_STATEMENT)
    await tx
      .insertInto('timeline_events')
      .values(rows.slice(i, i + EVENTS_PER_STATEMENT))
      .execute();
  const tail = rows.slice(last);

  if (dialect === 'postgres') {
    const values = tail.map(
      (r) =>
        sql`(${r.id}, ${r.chain_id}, ${r.seq}, ${r.at}, ${r.actor_id}, ${r.type}, ${r.subject}, ${r.payload}, ${r.prev_hash}, ${r.hash})`,
    );
    const moved = [...heads].map(
      ([chainId, head]) => sql`(${chainId}, cast(${head.seq} as integer), ${head.hash})`,
    );
    await sql`with appended as (
        insert into timeline_events (id, chain_id, seq, at, actor_id, type, subject, payload, prev_hash, hash)
        values ${sql.join(values)}
      )
      update timeline_chains as c set last_seq = h.last_seq, last_hash = h.last_hash
      from (values ${sql.join(moved)}) as h(chain_id, last_seq, last_hash)
      where c.chain_id = h.chain_id`.execute(tx);
    return stored;
  }

  await tx.insertInto('timeline_events').values(tail).execute();
  for (const [chainId, head] of heads)
    await tx
      .updateTable('timeline_chains')
      .set({ last_seq: head.seq, last_hash: head.hash })
      .where('chain_id', '=', chainId)
      .execute();
  return stored;
}
