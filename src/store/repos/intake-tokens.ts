// Intake tokens: one per alert sender, stored only as a SHA-256 hash, revocable.
import type { Tx } from '../db.js';
import type { IntakeTokenTable } from '../schema.js';

export async function insertIntakeToken(tx: Tx, row: IntakeTokenTable): Promise<void> {
  await tx.insertInto('intake_tokens').values(row).execute();
}

export async function findIntakeTokenByHash(
  tx: Tx,
  tokenHash: string,
): Promise<IntakeTokenTable | undefined> {
  return tx.selectFrom('intake_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function getIntakeToken(tx: Tx, id: string): Promise<IntakeTokenTable | undefined> {
  return tx.selectFrom('intake_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listIntakeTokens(tx: Tx): Promise<IntakeTokenTable[]> {
  return tx.selectFrom('intake_tokens').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function markIntakeTokenUsed(tx: Tx, id: string, at: string): Promise<void> {
  await tx.updateTable('intake_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** True when this call revoked it; false when it was revoked already (by someone at the same moment). */
export async function revokeIntakeToken(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('intake_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
