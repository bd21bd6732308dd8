// Legal clocks: assessments, obligations (with their drafts, decisions and submissions) and reminders sent.
import type { Tx } from '../db.js';
import type { AssessmentTable, ObligationTable } from '../schema.js';

export type AssessmentRow = AssessmentTable;
export type ObligationRow = ObligationTable;

export async function getAssessment(tx: Tx, incidentId: string): Promise<AssessmentRow | undefined> {
  return tx.selectFrom('assessments').selectAll().where('incident_id', '=', incidentId).executeTakeFirst();
}

export async function saveAssessment(tx: Tx, row: AssessmentRow): Promise<void> {
  await tx
    .insertInto('assessments')
    .values(row)
    .onConflict((oc) =>
      oc.column('incident_id').doUpdateSet({
        answers: row.answers,
        assessed_at: row.assessed_at,
        assessed_by: row.assessed_by,
      }),
    )
    .execute();
}

export async function listObligations(tx: Tx, incidentId: string): Promise<ObligationRow[]> {
  return tx
    .selectFrom('obligations')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('created_at')
    .orderBy('kind')
    .execute();
}

export async function getObligation(
  tx: Tx,
  incidentId: string,
  id: string,
): Promise<ObligationRow | undefined> {
  return tx
    .selectFrom('obligations')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertObligation(tx: Tx, row: ObligationRow): Promise<void> {
  await tx.insertInto('obligations').values(row).execute();
}

export async function updateObligation(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ObligationRow, 'id' | 'incident_id' | 'kind'>>,
): Promise<void> {
  await tx.updateTable('obligations').set(changes).where('id', '=', id).execute();
}

/** Open obligations with their incidents, for the dashboard and the reminders. */
export async function listOpenObligations(tx: Tx): Promise<ObligationRow[]> {
  return tx
    .selectFrom('obligations')
    .innerJoin('incidents', 'incidents.id', 'obligations.incident_id')
    .selectAll('obligations')
    .where('obligations.status', '=', 'open')
    .execute();
}

/** Every incident with an assessment that says personal data were involved: the breach register's rows. */
export async function listAssessments(tx: Tx): Promise<AssessmentRow[]> {
  return tx.selectFrom('assessments').selectAll().orderBy('assessed_at').execute();
}

/** Records that this reminder went out; false when it had already. */
export async function claimObligationReminder(
  tx: Tx,
  row: { obligation_id: string; step: string; due_at: string; sent_at: string },
): Promise<boolean> {
  const res = await tx
    .insertInto('obligation_reminders')
    .values(row)
    .onConflict((oc) => oc.columns(['obligation_id', 'step', 'due_at']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The obligations and assessments of several incidents at once (the dashboard: one query each, not per incident). */
export async function listObligationsOf(tx: Tx, incidentIds: string[]): Promise<ObligationRow[]> {
  if (incidentIds.length === 0) return [];
  return tx
    .selectFrom('obligations')
    .selectAll()
    .where('incident_id', 'in', incidentIds)
    .orderBy('created_at')
    .orderBy('kind')
    .execute();
}

export async function listAssessmentsOf(tx: Tx, incidentIds: string[]): Promise<AssessmentRow[]> {
  if (incidentIds.length === 0) return [];
  return tx.selectFrom('assessments').selectAll().where('incident_id', 'in', incidentIds).execute();
}
