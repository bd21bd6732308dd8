// Idempotency-Key records: the answer given to a request, kept so that a retry gets the same answer.
import { sql } from 'kysely';
import type { Dialect, Tx } from '../db.js';
import type { IdempotencyKeyTable } from '../schema.js';

export async function findIdempotencyKey(
  tx: Tx,
  scope: string,
  key: string,
): Promise<IdempotencyKeyTable | undefined> {
  return tx
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

/** Inserted in the transaction of the change it answers for: a second request with the key waits or conflicts. */
export async function insertIdempotencyKey(tx: Tx, row: IdempotencyKeyTable): Promise<void> {
  await tx.insertInto('idempotency_keys').values(row).execute();
}

/** Keys older than `before` are forgotten: a retry comes within minutes, not weeks. */
export async function deleteIdempotencyKeysBefore(tx: Tx, before: string): Promise<void> {
  await tx.deleteFrom('idempotency_keys').where('created_at', '<', before).execute();
}

/**
 * Makes a second request with the same key wait for the first one's transaction (PostgreSQL), so that it then
 * finds the answer instead of failing on the key; SQLite runs one writer at a time anyway.
 */
export async function lockIdempotencyKey(
  tx: Tx,
  dialect: Dialect,
  scope: string,
  key: string,
): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`idempotency:${scope}:${key}`}, 0))`.execute(tx);
}
