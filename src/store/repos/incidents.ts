// Incidents and what hangs off them: reference numbers, roles, team, tasks, decisions, fact sheets, services, audiences.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect, Tx } from '../db.js';
import type {
  Database,
  DecisionTable,
  FactSheetTable,
  IncidentAudienceTable,
  IncidentRoleTable,
  IncidentServiceTable,
  IncidentTable,
  TaskTable,
} from '../schema.js';

export type IncidentRow = IncidentTable;
export type TaskRow = TaskTable;

/** Incidents the account may see: not restricted, declared by them, or with them holding a role or on the team. */
export function incidentVisibleTo(account: string) {
  return (eb: ExpressionBuilder<Database, 'incidents'>): Expression<SqlBool> =>
    eb.or([
      eb('restricted', '=', 0),
      eb('declared_by', '=', account),
      eb.exists(
        eb
          .selectFrom('incident_roles')
          .select('role_id')
          .whereRef('incident_roles.incident_id', '=', 'incidents.id')
          .where('incident_roles.account_id', '=', account),
      ),
      eb.exists(
        eb
          .selectFrom('incident_members')
          .select('account_id')
          .whereRef('incident_members.incident_id', '=', 'incidents.id')
          .where('incident_members.account_id', '=', account),
      ),
    ]);
}

/** The next number of the year, taken under the counter row's lock so two declarations never share one. */
export async function nextIncidentNumber(tx: Tx, year: number): Promise<number> {
  await tx
    .insertInto('incident_counters')
    .values({ year, last_seq: 0 })
    .onConflict((oc) => oc.column('year').doNothing())
    .execute();
  const row = await tx
    .updateTable('incident_counters')
    .set({ last_seq: sql`last_seq + 1` })
    .where('year', '=', year)
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertIncident(tx: Tx, row: IncidentRow): Promise<void> {
  await tx.insertInto('incidents').values(row).execute();
}

export async function getIncident(tx: Tx, idOrReference: string): Promise<IncidentRow | undefined> {
  return tx
    .selectFrom('incidents')
    .selectAll()
    .where((eb) => eb.or([eb('id', '=', idOrReference), eb('reference', '=', idOrReference)]))
    .executeTakeFirst();
}

/** Several incidents by id, in one query. */
export async function getIncidents(tx: Tx, ids: string[]): Promise<IncidentRow[]> {
  if (ids.length === 0) return [];
  return tx.selectFrom('incidents').selectAll().where('id', 'in', ids).execute();
}

/** Locks the incident row for the rest of the transaction (PostgreSQL), so two changes to one incident queue up. */
export async function lockIncident(tx: Tx, dialect: Dialect, id: string): Promise<IncidentRow | undefined> {
  let q = tx.selectFrom('incidents').selectAll().where('id', '=', id);
  if (dialect === 'postgres') q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function updateIncident(
  tx: Tx,
  id: string,
  changes: Partial<Omit<IncidentRow, 'id' | 'reference'>>,
): Promise<void> {
  await tx.updateTable('incidents').set(changes).where('id', '=', id).execute();
}

export interface IncidentFilter {
  phase?: string | undefined;
  severity?: string | undefined;
  scenario?: string | undefined;
  exercise?: boolean | undefined;
  open?: boolean | undefined;
  q?: string | undefined;
  /** Only incidents this account may see: not restricted, or on their team. Undefined: all (admins). */
  visibleTo?: string | undefined;
  limit: number;
}

/**
 * Open incidents first, then closed ones, each newest first. Two queries rather than one ordered by "closed or
 * not": each reads its rows in order, the open ones through the partial index on declared_at of the open incidents
 * and the closed ones through the index on (phase, declared_at), and stops at the limit, where one query would sort
 * every incident (100,000 of them: bench/history.mjs).
 */
export async function listIncidents(tx: Tx, f: IncidentFilter): Promise<IncidentRow[]> {
  const query = (closed: boolean, limit: number) => {
    let q = tx.selectFrom('incidents').selectAll();
    if (f.phase) q = q.where('phase', '=', f.phase);
    if (f.severity) q = q.where('severity_id', '=', f.severity);
    if (f.scenario) q = q.where('scenario_id', '=', f.scenario);
    if (f.exercise !== undefined) q = q.where('exercise', '=', f.exercise ? 1 : 0);
    // Written out for the open ones: the partial index of migration 0012 is used only for its own condition.
    q = closed ? q.where('phase', '=', 'closed') : q.where(sql<boolean>`phase <> 'closed'`);
    if (f.q) {
      const like = `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      // ESCAPE said out loud: PostgreSQL's LIKE escapes with a backslash by default, SQLite's with nothing.
      q = q.where(
        sql<boolean>`(lower(title) LIKE ${like} ESCAPE '\\' OR lower(reference) LIKE ${like} ESCAPE '\\')`,
      );
    }
    if (f.visibleTo !== undefined) q = q.where(incidentVisibleTo(f.visibleTo));
    return q.orderBy('declared_at', 'desc').limit(limit).execute();
  };
  const wantOpen = f.open !== false && (!f.phase || f.phase !== 'closed');
  const wantClosed = f.open !== true && (!f.phase || f.phase === 'closed');
  const open = wantOpen ? await query(false, f.limit) : [];
  if (!wantClosed || open.length >= f.limit) return open;
  return [...open, ...(await query(true, f.limit - open.length))];
}

export async function isOnTeam(tx: Tx, incidentId: string, accountId: string): Promise<boolean> {
  const role = await tx
    .selectFrom('incident_roles')
    .select('role_id')
    .where('incident_id', '=', incidentId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  if (role) return true;
  const member = await tx
    .selectFrom('incident_members')
    .select('account_id')
    .where('incident_id', '=', incidentId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return !!member;
}

export async function listRoles(tx: Tx, incidentId: string): Promise<IncidentRoleTable[]> {
  return tx.selectFrom('incident_roles').selectAll().where('incident_id', '=', incidentId).execute();
}

export async function upsertRole(tx: Tx, row: IncidentRoleTable): Promise<void> {
  await tx
    .insertInto('incident_roles')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['incident_id', 'role_id']).doUpdateSet({
        person_id: row.person_id,
        account_id: row.account_id,
        name: row.name,
        email: row.email,
        phone: row.phone,
        assigned_at: row.assigned_at,
      }),
    )
    .execute();
}

export async function listMembers(tx: Tx, incidentId: string) {
  return tx
    .selectFrom('incident_members')
    .innerJoin('accounts', 'accounts.id', 'incident_members.account_id')
    .select(['incident_members.account_id', 'accounts.name', 'accounts.email', 'incident_members.added_at'])
    .where('incident_members.incident_id', '=', incidentId)
    .orderBy('accounts.name')
    .execute();
}

export async function addMember(tx: Tx, incidentId: string, accountId: string, at: string): Promise<boolean> {
  const res = await tx
    .insertInto('incident_members')
    .values({ incident_id: incidentId, account_id: accountId, added_at: at })
    .onConflict((oc) => oc.columns(['incident_id', 'account_id']).doNothing())
    .executeTakeFirst();
  return Number(res.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function removeMember(tx: Tx, incidentId: string, accountId: string): Promise<boolean> {
  const res = await tx
    .deleteFrom('incident_members')
    .where('incident_id', '=', incidentId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}

export async function insertTasks(tx: Tx, rows: TaskRow[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('tasks').values(rows).execute();
}

export async function listTasks(tx: Tx, incidentId: string): Promise<TaskRow[]> {
  return tx
    .selectFrom('tasks')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('position')
    .execute();
}

export async function getTask(tx: Tx, incidentId: string, taskId: string): Promise<TaskRow | undefined> {
  return tx
    .selectFrom('tasks')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', taskId)
    .executeTakeFirst();
}

export async function updateTask(
  tx: Tx,
  taskId: string,
  changes: Partial<Omit<TaskRow, 'id' | 'incident_id'>>,
): Promise<void> {
  await tx.updateTable('tasks').set(changes).where('id', '=', taskId).execute();
}

export async function maxTaskPosition(tx: Tx, incidentId: string): Promise<number> {
  const row = await tx
    .selectFrom('tasks')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('incident_id', '=', incidentId)
    .executeTakeFirst();
  return Number(row?.p ?? 0);
}

/** Open and overdue task counts per incident, for the list. */
export async function taskCounts(tx: Tx, incidentIds: string[], now: string) {
  if (incidentIds.length === 0) return new Map<string, { open: number; overdue: number }>();
  const rows = await tx
    .selectFrom('tasks')
    .select([
      'incident_id',
      (eb) => eb.fn.countAll().as('open'),
      (eb) =>
        eb.fn
          .sum(sql<number>`case when due_at is not null and due_at < ${now} then 1 else 0 end`)
          .as('overdue'),
    ])
    .where('incident_id', 'in', incidentIds)
    .where('status', 'in', ['todo', 'doing'])
    .groupBy('incident_id')
    .execute();
  return new Map(rows.map((r) => [r.incident_id, { open: Number(r.open), overdue: Number(r.overdue ?? 0) }]));
}

export async function insertDecision(tx: Tx, row: DecisionTable): Promise<void> {
  await tx.insertInto('decisions').values(row).execute();
}

export async function listDecisions(tx: Tx, incidentId: string): Promise<DecisionTable[]> {
  return tx
    .selectFrom('decisions')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('decided_at', 'desc')
    .execute();
}

export async function latestFactSheet(tx: Tx, incidentId: string): Promise<FactSheetTable | undefined> {
  return tx
    .selectFrom('fact_sheets')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function listFactSheets(tx: Tx, incidentId: string): Promise<FactSheetTable[]> {
  return tx
    .selectFrom('fact_sheets')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .orderBy('version', 'desc')
    .execute();
}

export async function insertFactSheet(tx: Tx, row: FactSheetTable): Promise<void> {
  await tx.insertInto('fact_sheets').values(row).execute();
}

export async function listServices(tx: Tx, incidentId: string): Promise<IncidentServiceTable[]> {
  return tx.selectFrom('incident_services').selectAll().where('incident_id', '=', incidentId).execute();
}

export async function upsertService(tx: Tx, row: IncidentServiceTable): Promise<void> {
  await tx
    .insertInto('incident_services')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['incident_id', 'service_id']).doUpdateSet({ state: row.state, updated_at: row.updated_at }),
    )
    .execute();
}

export async function insertAudiences(tx: Tx, rows: IncidentAudienceTable[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('incident_audiences').values(rows).execute();
}

export async function listAudiences(tx: Tx, incidentId: string): Promise<IncidentAudienceTable[]> {
  return tx.selectFrom('incident_audiences').selectAll().where('incident_id', '=', incidentId).execute();
}

/** Links new reports to a declared incident; returns the ids that were new (the others were handled already). */
export async function claimReports(
  tx: Tx,
  ids: string[],
  incidentId: string,
  by: string,
  at: string,
): Promise<string[]> {
  const claimed: string[] = [];
  for (const id of ids) {
    const res = await tx
      .updateTable('reports')
      .set({ status: 'declared', incident_id: incidentId, handled_by: by, handled_at: at })
      .where('id', '=', id)
      .where('status', '=', 'new')
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 1) claimed.push(id);
  }
  return claimed;
}

// --- The incident page's changes (roles, audiences, timeline pins) ---

export async function getRole(
  tx: Tx,
  incidentId: string,
  roleId: string,
): Promise<IncidentRoleTable | undefined> {
  return tx
    .selectFrom('incident_roles')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('role_id', '=', roleId)
    .executeTakeFirst();
}

export async function updateAudienceCadence(
  tx: Tx,
  incidentId: string,
  audienceId: string,
  cadenceMinutes: number,
): Promise<void> {
  await tx
    .updateTable('incident_audiences')
    .set({ cadence_minutes: cadenceMinutes })
    .where('incident_id', '=', incidentId)
    .where('audience_id', '=', audienceId)
    .execute();
}

/** One event of the incident's own chain; an event of another chain is not found here. */
export async function getIncidentEvent(
  tx: Tx,
  incidentId: string,
  eventId: string,
): Promise<{ id: string; type: string; payload: string } | undefined> {
  return tx
    .selectFrom('timeline_events')
    .select(['id', 'type', 'payload'])
    .where('chain_id', '=', incidentId)
    .where('id', '=', eventId)
    .executeTakeFirst();
}

/** The last pin or unpin of an event (their subject is the pinned event's id), or undefined when never changed. */
export async function lastPinChange(
  tx: Tx,
  incidentId: string,
  eventId: string,
): Promise<string | undefined> {
  const row = await tx
    .selectFrom('timeline_events')
    .select('type')
    .where('chain_id', '=', incidentId)
    .where('subject', '=', eventId)
    .where('type', 'in', ['event.pinned', 'event.unpinned'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.type;
}

/** Open tasks of a role follow the role to its new holder (done and skipped ones keep who did them). */
export async function reassignOpenTasks(
  tx: Tx,
  incidentId: string,
  roleId: string,
  from: string | null,
  to: string | null,
  at: string,
): Promise<number> {
  let q = tx
    .updateTable('tasks')
    .set({ owner_account_id: to, updated_at: at })
    .where('incident_id', '=', incidentId)
    .where('owner_role', '=', roleId)
    .where('status', 'in', ['todo', 'doing']);
  q = from === null ? q.where('owner_account_id', 'is', null) : q.where('owner_account_id', '=', from);
  const res = await q.executeTakeFirst();
  return Number(res.numUpdatedRows);
}
