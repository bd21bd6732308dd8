// Server-side sessions, API tokens and one-time account tokens (invitations, password resets), all stored hashed.
import type { Tx } from '../db.js';
import type { AccountTokenTable, ApiTokenTable, SessionTable } from '../schema.js';

export async function insertSession(tx: Tx, row: SessionTable): Promise<void> {
  await tx.insertInto('sessions').values(row).execute();
}

export async function findSession(tx: Tx, idHash: string) {
  return tx
    .selectFrom('sessions')
    .innerJoin('accounts', 'accounts.id', 'sessions.account_id')
    .selectAll('sessions')
    .select(['accounts.deactivated_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
}

export async function touchSession(tx: Tx, idHash: string, lastSeenAt: string): Promise<void> {
  await tx.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(tx: Tx, idHash: string): Promise<void> {
  await tx.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteSessionsOf(tx: Tx, accountId: string, exceptIdHash?: string): Promise<void> {
  let q = tx.deleteFrom('sessions').where('account_id', '=', accountId);
  if (exceptIdHash) q = q.where('id_hash', '!=', exceptIdHash);
  await q.execute();
}

export async function deleteExpiredSessions(tx: Tx, now: string): Promise<void> {
  await tx.deleteFrom('sessions').where('expires_at', '<', now).execute();
}

export async function insertApiToken(tx: Tx, row: ApiTokenTable): Promise<void> {
  await tx.insertInto('api_tokens').values(row).execute();
}

export async function findApiToken(tx: Tx, tokenHash: string) {
  return tx
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .selectAll('api_tokens')
    .select(['accounts.deactivated_at'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function getApiToken(tx: Tx, id: string): Promise<ApiTokenTable | undefined> {
  return tx.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listApiTokens(tx: Tx, accountId?: string) {
  let q = tx
    .selectFrom('api_tokens')
    .innerJoin('accounts', 'accounts.id', 'api_tokens.account_id')
    .selectAll('api_tokens')
    .select(['accounts.name as account_name', 'accounts.email as account_email']);
  if (accountId) q = q.where('api_tokens.account_id', '=', accountId);
  return q.orderBy('api_tokens.created_at', 'desc').execute();
}

export async function markApiTokenUsed(tx: Tx, id: string, at: string): Promise<void> {
  await tx.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

export async function revokeApiToken(tx: Tx, id: string, at: string): Promise<void> {
  await tx
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertAccountToken(tx: Tx, row: AccountTokenTable): Promise<void> {
  await tx.insertInto('account_tokens').values(row).execute();
}

export async function findAccountToken(tx: Tx, tokenHash: string): Promise<AccountTokenTable | undefined> {
  return tx.selectFrom('account_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function useAccountToken(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('account_tokens')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** A new invitation or reset makes the earlier unused ones of the same purpose void. */
export async function voidAccountTokens(
  tx: Tx,
  accountId: string,
  purpose: string,
  at: string,
): Promise<void> {
  await tx
    .updateTable('account_tokens')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
