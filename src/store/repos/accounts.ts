// Accounts and the organisation row.
import type { Tx } from '../db.js';
import type { AccountTable, OrganisationTable } from '../schema.js';

export type AccountRow = AccountTable;

export async function getOrganisation(tx: Tx): Promise<OrganisationTable | undefined> {
  return tx.selectFrom('organisation').selectAll().where('id', '=', 'org').executeTakeFirst();
}

export async function insertOrganisation(tx: Tx, row: OrganisationTable): Promise<void> {
  await tx.insertInto('organisation').values(row).execute();
}

export async function countActiveAdmins(tx: Tx): Promise<number> {
  const row = await tx
    .selectFrom('accounts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('access_level', '=', 'admin')
    .where('deactivated_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertAccount(tx: Tx, row: AccountTable): Promise<void> {
  await tx.insertInto('accounts').values(row).execute();
}

export async function getAccount(tx: Tx, id: string): Promise<AccountRow | undefined> {
  return tx.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function getAccountByEmail(tx: Tx, email: string): Promise<AccountRow | undefined> {
  return tx.selectFrom('accounts').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function listAccounts(tx: Tx): Promise<AccountRow[]> {
  return tx.selectFrom('accounts').selectAll().orderBy('name').execute();
}

export async function updateAccount(
  tx: Tx,
  id: string,
  changes: Partial<Omit<AccountTable, 'id' | 'created_at'>>,
): Promise<void> {
  await tx.updateTable('accounts').set(changes).where('id', '=', id).execute();
}
