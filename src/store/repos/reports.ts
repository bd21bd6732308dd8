// Reports (intake items: employee reports and alerts) and the triage queue's reads.
import { sql } from 'kysely';
import type { Dialect, Tx } from '../db.js';
import type { ReportTable } from '../schema.js';

export type ReportRow = ReportTable;

/** A report as triage shows it: with the names and the incident reference looked up. */
export type ReportView = ReportRow & {
  incident_reference: string | null;
  handled_by_name: string | null;
};

export async function insertReport(tx: Tx, row: ReportRow): Promise<void> {
  await tx.insertInto('reports').values(row).execute();
}

export async function updateReport(
  tx: Tx,
  id: string,
  changes: Partial<Omit<ReportRow, 'id' | 'source' | 'received_at'>>,
): Promise<void> {
  await tx.updateTable('reports').set(changes).where('id', '=', id).execute();
}

export async function getReport(tx: Tx, id: string): Promise<ReportRow | undefined> {
  return tx.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Makes concurrent intake of the same thing queue up until the first transaction ends: without it, two deliveries
 * of one new alert at the same moment would both find nothing and both create a report, and parallel form
 * submissions could all pass the rate limit. PostgreSQL gets a transaction-scoped advisory lock; SQLite runs
 * one writer at a time anyway.
 */
export async function lockIntake(tx: Tx, dialect: Dialect, name: string): Promise<void> {
  if (dialect !== 'postgres') return;
  await sql`select pg_advisory_xact_lock(hashtextextended(${`intake:${name}`}, 0))`.execute(tx);
}

/** The newest report for an alert, by its source and fingerprint. */
export async function latestByFingerprint(
  tx: Tx,
  source: string,
  fingerprint: string,
): Promise<ReportRow | undefined> {
  return tx
    .selectFrom('reports')
    .selectAll()
    .where('source', '=', source)
    .where('fingerprint', '=', fingerprint)
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

function viewQuery(tx: Tx) {
  return tx
    .selectFrom('reports')
    .leftJoin('incidents', 'incidents.id', 'reports.incident_id')
    .leftJoin('accounts', 'accounts.id', 'reports.handled_by')
    .selectAll('reports')
    .select(['incidents.reference as incident_reference', 'accounts.name as handled_by_name']);
}

export async function getReportView(tx: Tx, id: string): Promise<ReportView | undefined> {
  return viewQuery(tx).where('reports.id', '=', id).executeTakeFirst();
}

export const REPORT_LIST_LIMIT = 500;

/** Newest first; the queue is short-lived, so a cap keeps an alert storm from making the page unreadable. */
export async function listReportViews(tx: Tx, status?: string): Promise<ReportView[]> {
  let q = viewQuery(tx);
  if (status) q = q.where('reports.status', '=', status);
  return q
    .orderBy('reports.last_received_at', 'desc')
    .orderBy('reports.id', 'desc')
    .limit(REPORT_LIST_LIMIT)
    .execute();
}
