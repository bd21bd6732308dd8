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

/** Rows per multi-row statement: far below both databases' limits on bound parameters (21 columns a row). */
const ROWS_PER_STATEMENT = 500;

/** Several new reports in one statement per 500 (an arrival of alerts). */
export async function insertReports(tx: Tx, rows: readonly ReportRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT)
    await tx
      .insertInto('reports')
      .values(rows.slice(i, i + ROWS_PER_STATEMENT))
      .execute();
}

/** What an arriving alert changes on the report it repeats or resolves. */
export interface AlertChanges {
  id: string;
  alert_state: string;
  times_received: number;
  last_received_at: string;
  payload: string;
}

/**
 * Applies the changes of an arrival's repeated and resolved alerts with one `UPDATE ... FROM (VALUES ...)` per 500
 * (on PostgreSQL one round trip instead of one per alert). SQLite names the columns of VALUES column1, column2, ...
 * and cannot rename them, so its statement refers to them by those names.
 */
export async function updateReportsFromAlerts(
  tx: Tx,
  dialect: Dialect,
  changes: readonly AlertChanges[],
): Promise<void> {
  if (changes.length === 1) {
    const { id, ...set } = changes[0]!;
    await updateReport(tx, id, set);
    return;
  }
  for (let i = 0; i < changes.length; i += ROWS_PER_STATEMENT) {
    const rows = changes
      .slice(i, i + ROWS_PER_STATEMENT)
      .map(
        (c) =>
          sql`(${c.id}, ${c.alert_state}, cast(${c.times_received} as integer), ${c.last_received_at}, ${c.payload})`,
      );
    if (dialect === 'postgres') {
      await sql`update reports set alert_state = v.alert_state, times_received = v.times_received,
        last_received_at = v.last_received_at, payload = v.payload
        from (values ${sql.join(rows)}) as v(id, alert_state, times_received, last_received_at, payload)
        where reports.id = v.id`.execute(tx);
    } else {
      await sql`update reports set alert_state = v.column2, times_received = v.column3,
        last_received_at = v.column4, payload = v.column5
        from (values ${sql.join(rows)}) as v
        where reports.id = v.column1`.execute(tx);
    }
  }
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

/**
 * Takes several intake locks in the order given (the caller sorts them, so two arrivals never wait on each other
 * in a circle): one statement on PostgreSQL. `unnest` yields the array in order and the select list is evaluated
 * row by row in that order.
 */
export async function lockIntakeMany(tx: Tx, dialect: Dialect, names: readonly string[]): Promise<void> {
  if (dialect !== 'postgres' || names.length === 0) return;
  if (names.length === 1) return lockIntake(tx, dialect, names[0]!);
  const keys = names.map((name) => `intake:${name}`);
  await sql`select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(cast(${keys} as text[])) as k`.execute(
    tx,
  );
}

/** The newest report of each of several fingerprints of one source (an arrival of alerts), by fingerprint. */
export async function latestByFingerprints(
  tx: Tx,
  source: string,
  fingerprints: readonly string[],
): Promise<Map<string, ReportRow>> {
  const latest = new Map<string, ReportRow>();
  const unique = [...new Set(fingerprints)];
  for (let i = 0; i < unique.length; i += ROWS_PER_STATEMENT) {
    const rows = await tx
      .selectFrom('reports')
      .selectAll()
      .where('source', '=', source)
      .where('fingerprint', 'in', unique.slice(i, i + ROWS_PER_STATEMENT))
      .orderBy('received_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    // Newest first (received_at, then id): the first row of a fingerprint is its latest.
    for (const row of rows) if (!latest.has(row.fingerprint!)) latest.set(row.fingerprint!, row);
  }
  return latest;
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
