// Versions of the response plan (each a whole YAML document) and the contact checks.
import type { Tx } from '../db.js';
import type { ContactCheckEntryTable, ContactCheckTable, PlanVersionTable } from '../schema.js';

export type PlanVersionRow = PlanVersionTable;

export async function latestPlanVersion(tx: Tx): Promise<PlanVersionRow | undefined> {
  return tx.selectFrom('plan_versions').selectAll().orderBy('number', 'desc').limit(1).executeTakeFirst();
}

export async function getPlanVersion(tx: Tx, number: number): Promise<PlanVersionRow | undefined> {
  return tx.selectFrom('plan_versions').selectAll().where('number', '=', number).executeTakeFirst();
}

/** Newest first, without the documents themselves. */
export async function listPlanVersions(tx: Tx) {
  return tx
    .selectFrom('plan_versions')
    .leftJoin('accounts', 'accounts.id', 'plan_versions.author_id')
    .select([
      'plan_versions.number',
      'plan_versions.description',
      'plan_versions.author_id',
      'plan_versions.created_at',
      'plan_versions.restored_from',
      'accounts.name as author_name',
    ])
    .orderBy('plan_versions.number', 'desc')
    .execute();
}

/**
 * Inserts the next version. The number is the primary key, so two changes at once cannot both become version N:
 * the second fails and is retried by the caller's transaction, never silently merged.
 */
export async function insertPlanVersion(tx: Tx, row: Omit<PlanVersionRow, 'number'>): Promise<number> {
  const last = await latestPlanVersion(tx);
  const number = (last ? Number(last.number) : 0) + 1;
  await tx
    .insertInto('plan_versions')
    .values({ ...row, number })
    .execute();
  return number;
}

export async function insertContactCheck(tx: Tx, row: ContactCheckTable): Promise<void> {
  await tx.insertInto('contact_checks').values(row).execute();
}

export async function insertContactCheckEntry(tx: Tx, row: ContactCheckEntryTable): Promise<void> {
  await tx.insertInto('contact_check_entries').values(row).execute();
}

export async function latestContactCheck(tx: Tx): Promise<ContactCheckTable | undefined> {
  return tx
    .selectFrom('contact_checks')
    .selectAll()
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function contactCheckEntries(tx: Tx, checkId: string): Promise<ContactCheckEntryTable[]> {
  return tx
    .selectFrom('contact_check_entries')
    .selectAll()
    .where('check_id', '=', checkId)
    .orderBy('name')
    .execute();
}

export async function findContactCheckEntry(
  tx: Tx,
  tokenHash: string,
): Promise<ContactCheckEntryTable | undefined> {
  return tx
    .selectFrom('contact_check_entries')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function getContactCheck(tx: Tx, id: string): Promise<ContactCheckTable | undefined> {
  return tx.selectFrom('contact_checks').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function acknowledgeEntry(tx: Tx, id: string, at: string): Promise<boolean> {
  const res = await tx
    .updateTable('contact_check_entries')
    .set({ acknowledged_at: at })
    .where('id', '=', id)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
