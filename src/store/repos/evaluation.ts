// Evaluation: an incident's review, the participants' contributions and the action items (the improvement
// backlog), plus the reports merged into an incident as its first signals.
import type { Tx } from '../db.js';
import type { ActionItemTable, ReviewContributionTable, ReviewTable } from '../schema.js';

export type ReviewRow = ReviewTable;
export type ContributionRow = ReviewContributionTable;
export type ActionItemRow = ActionItemTable;

export async function getReview(tx: Tx, incidentId: string): Promise<ReviewRow | undefined> {
  return tx.selectFrom('reviews').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
}

/** The review row of an incident, created (open, empty) the first time anything is written to it. */
export async function ensureReview(tx: Tx, incidentId: string, at: string): Promise<ReviewRow> {
  await tx
    .insertInto('reviews')
    .values({
      incident_id: incidentId,
      state: 'open',
      skip_reason: null,
      completed_at: null,
      completed_by: null,
      communication_assessment: '',
      lessons: '',
      texts_updated_at: null,
      texts_updated_by: null,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.column('incident_id').doNothing())
    .execute();
  return (await getReview(tx, incidentId))!;
}

export async function updateReview(
  tx: Tx,
  incidentId: string,
  changes: Partial<Omit<ReviewRow, 'incident_id' | 'created_at'>>,
): Promise<void> {
  await tx.updateTable('reviews').set(changes).where('incident_id', '=', incidentId).execute();
}

export async function listContributions(tx: Tx, incidentId: string): Promise<ContributionRow[]> {
  return tx
    .selectFrom('review_contributions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function getContribution(
  tx: Tx,
  incidentId: string,
  id: string,
): Promise<ContributionRow | undefined> {
  return tx
    .selectFrom('review_contributions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertContribution(tx: Tx, row: ContributionRow): Promise<void> {
  await tx.insertInto('review_contributions').values(row).execute();
}

export async function updateContribution(
  tx: Tx,
  id: string,
  changes: Pick<ContributionRow, 'went_well' | 'went_wrong' | 'updated_at'>,
): Promise<void> {
  await tx.updateTable('review_contributions').set(changes).where('id', '=', id).execute();
}

export async function deleteContribution(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('review_contributions').where('id', '=', id).execute();
}

export async function insertActionItem(tx: Tx, row: ActionItemRow): Promise<void> {
  await tx.insertInto('action_items').values(row).execute();
}

export async function getActionItem(tx: Tx, id: string): Promise<ActionItemRow | undefined> {
  return tx.selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateActionItem(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ActionItemRow, 'id' | 'incident_id' | 'created_at' | 'created_by'>>,
): Promise<void> {
  await tx.updateTable('action_items').set(changes).where('id', '=', id).execute();
}

export interface ActionItemFilter {
  incidentId?: string | undefined;
  statuses?: readonly string[] | undefined;
  ownerAccountId?: string | undefined;
}

/** Action items, oldest first; the visibility of their incidents is the caller's to check. */
export async function listActionItems(tx: Tx, f: ActionItemFilter = {}): Promise<ActionItemRow[]> {
  let q = tx.selectFrom('action_items').selectAll();
  if (f.incidentId !== undefined) q = q.where('incident_id', '=', f.incidentId);
  if (f.statuses !== undefined && f.statuses.length > 0) q = q.where('status', 'in', [...f.statuses]);
  if (f.ownerAccountId !== undefined) q = q.where('owner_account_id', '=', f.ownerAccountId);
  return q.orderBy('created_at').orderBy('id').execute();
}

/** Open or doing items whose due date is before `today` and that were not yet reminded for this due date. */
export async function listUnremindedOverdue(tx: Tx, today: string): Promise<ActionItemRow[]> {
  return tx
    .selectFrom('action_items')
    .selectAll()
    .where('status', 'in', ['open', 'doing'])
    .where('due_on', 'is not', null)
    .where('due_on', '<', today)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '<>', eb.ref('due_on'))]))
    .orderBy('due_on')
    .execute();
}

/** Records that the overdue reminder for this due date went out; false when another process already did. */
export async function claimActionItemReminder(
  tx: Tx,
  id: string,
  dueOn: string,
  at: string,
): Promise<boolean> {
  const res = await tx
    .updateTable('action_items')
    .set({ reminded_at: at, reminded_for: dueOn })
    .where('id', '=', id)
    .where('due_on', '=', dueOn)
    .where((eb) => eb.or([eb('reminded_for', 'is', null), eb('reminded_for', '<>', dueOn)]))
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** When each report or alert merged into the incident (or declared from) arrived: its first signals. */
export async function incidentSignals(
  tx: Tx,
  incidentId: string,
): Promise<Array<{ at: string; source: string }>> {
  const rows = await tx
    .selectFrom('reports')
    .select(['received_at', 'source'])
    .where('incident_id', '=', incidentId)
    .execute();
  return rows.map((r) => ({ at: r.received_at, source: r.source }));
}

/** The review states of the given incidents (no row: open). */
export async function reviewStates(tx: Tx, incidentIds: string[]): Promise<Map<string, string>> {
  if (incidentIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('reviews')
    .select(['incident_id', 'state'])
    .where('incident_id', 'in', incidentIds)
    .execute();
  return new Map(rows.map((r) => [r.incident_id, r.state]));
}
