// Idempotency-Key records: the answer given to a request, kept so that a retry gets the same answer.
import type { Tx } from '../db.js';
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
