// Restores a checked backup file into a database: one with the backup's schema (or none yet: it is migrated up to
// the backup's schema first) and no data (or, with `force`, everything in it replaced), in one transaction. Rows are
// inserted in the backup's order, which puts every parent before its children; columns that refer to their own
// table are set after the table is in. A backup from an older Stormbell is brought up to date afterwards.
import { Migrator, sql, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Store } from '../db.js';
import { migrations } from '../migrations/index.js';
import { appliedMigrations, countRows, readCatalog, resetSequences, type TableInfo } from './catalog.js';
import { BackupError } from './errors.js';
import type { BackupHeader, Value } from './format.js';
import { readBackup } from './read-backup.js';

/** Parameters per INSERT stay well below SQLite's and PostgreSQL's limits. */
const MAX_PARAMETERS = 2000;

export interface RestoreResult {
  rows: number;
  tables: number;
  /** Migrations applied after the restore, for a backup made by an older Stormbell. */
  migratedAfter: string[];
}

const known = Object.keys(migrations);
const schemaOf = (names: string[]) => names[names.length - 1] ?? '-';

/** Refuses a backup whose schema this Stormbell does not know (a newer Stormbell made it). Changes nothing. */
export function checkCompatible(header: BackupHeader, file: string, stormbellVersion: string): void {
  const unknown = header.migrations.filter((m) => !known.includes(m));
  const prefix = header.migrations.every((m, i) => known[i] === m);
  if (unknown.length > 0 || !prefix)
    throw new BackupError('backup.schema_unknown', {
      file,
      version: header.stormbell_version,
      schema: schemaOf(header.migrations),
      ours: stormbellVersion,
      our_schema: schemaOf(known),
      unknown: (unknown.length > 0 ? unknown : header.migrations).join(', '),
    });
}

export async function restoreBackup(
  store: Store,
  file: string,
  header: BackupHeader,
  options: { force: boolean; stormbellVersion: string },
): Promise<RestoreResult> {
  checkCompatible(header, file, options.stormbellVersion);
  const applied = await appliedMigrations(store.db, store.dialect);
  const strange = applied.filter((m) => !known.includes(m));
  if (strange.length > 0)
    throw new BackupError('backup.target_unknown', {
      unknown: strange.join(', '),
      ours: options.stormbellVersion,
    });
  if (applied.length > header.migrations.length)
    throw new BackupError('backup.target_newer', {
      target: schemaOf(applied),
      schema: schemaOf(header.migrations),
      version: header.stormbell_version,
    });
  if (!options.force) await refuseData(store);
  if (applied.length < header.migrations.length) await migrateTo(store, schemaOf(header.migrations));

  const tables = await readCatalog(store.db, store.dialect);
  checkTables(tables, header);
  const rows = await store.db.transaction().execute(async (trx) => {
    if (store.dialect === 'postgres')
      await sql`lock table ${sql.join(tables.map((t) => sql.table(t.name)))} in access exclusive mode`.execute(
        trx,
      );
    if (options.force) for (const t of [...tables].reverse()) await trx.deleteFrom(t.name as never).execute();
    else await refuseData(store, trx);
    const count = await insertAll(trx, tables, readBackup(file, options.stormbellVersion));
    await resetSequences(trx, store.dialect);
    return count;
  });

  const migratedAfter =
    header.migrations.length < known.length ? await migrateTo(store, schemaOf(known)) : [];
  return { rows, tables: header.tables.length, migratedAfter };
}

async function refuseData(store: Store, trx?: Transaction<Database>): Promise<void> {
  const db = trx ?? store.db;
  const full: Array<{ table: string; count: number }> = [];
  if ((await appliedMigrations(db, store.dialect)).length === 0) return;
  for (const t of await readCatalog(db, store.dialect)) {
    const count = await countRows(db, t.name);
    if (count > 0) full.push({ table: t.name, count });
  }
  if (full.length > 0)
    throw new BackupError('backup.not_empty', {
      summary: full
        .slice(0, 5)
        .map((f) => `${f.count} ${f.table}`)
        .join(', ')
        .concat(full.length > 5 ? ', ...' : ''),
    });
}

async function migrateTo(store: Store, name: string): Promise<string[]> {
  const migrator = new Migrator({ db: store.db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * The database's tables must be the backup's, with the same columns, and the backup's order must put every table
 * after the tables it refers to (true for any backup of the same schema, from either database).
 */
function checkTables(tables: TableInfo[], header: BackupHeader): void {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const position = new Map(header.tables.map((t, i) => [t.name, i]));
  for (const spec of header.tables) {
    const t = byName.get(spec.name);
    const same =
      t !== undefined &&
      t.columns.length === spec.columns.length &&
      t.columns.every((c) => spec.columns.includes(c)) &&
      t.references.every((r) => (position.get(r) ?? Infinity) < position.get(spec.name)!);
    if (!same) throw new BackupError('backup.target_differs', { table: spec.name });
  }
  const extra = tables.find((t) => !position.has(t.name));
  if (extra) throw new BackupError('backup.target_differs', { table: extra.name });
}

async function insertAll(
  trx: Transaction<Database>,
  tables: TableInfo[],
  lines: AsyncGenerator<{ kind: 'header' } | { kind: 'row'; table: string; row: Record<string, Value> }>,
): Promise<number> {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const state: { current: TableInfo | null } = { current: null };
  let batch: Array<Record<string, Value>> = [];
  let later: Array<{ key: Value[]; column: string; value: Value }> = [];
  let total = 0;

  const flush = async () => {
    const t = state.current;
    if (!t || batch.length === 0) return;
    const columns = sql.join(t.columns.map((c) => sql.ref(c)));
    const values = sql.join(batch.map((r) => sql`(${sql.join(t.columns.map((c) => r[c] ?? null))})`));
    await guarded(t.name, () =>
      sql`insert into ${sql.table(t.name)} (${columns}) values ${values}`.execute(trx),
    );
    total += batch.length;
    batch = [];
  };
  const finishTable = async () => {
    await flush();
    const t = state.current;
    if (!t) return;
    for (const u of later) {
      const where = sql.join(
        t.primaryKey.map((c, i) => sql`${sql.ref(c)} = ${u.key[i]}`),
        sql` and `,
      );
      await guarded(t.name, () =>
        sql`update ${sql.table(t.name)} set ${sql.ref(u.column)} = ${u.value} where ${where}`.execute(trx),
      );
    }
    later = [];
  };

  for await (const line of lines) {
    if (line.kind !== 'row') continue;
    if (state.current?.name !== line.table) {
      await finishTable();
      state.current = byName.get(line.table)!;
    }
    const t = state.current;
    const row = { ...line.row };
    for (const column of t.selfReferences) {
      if (row[column] === null || row[column] === undefined) continue;
      later.push({ key: t.primaryKey.map((c) => row[c]!), column, value: row[column]! });
      row[column] = null;
    }
    batch.push(row);
    if (batch.length * t.columns.length >= MAX_PARAMETERS) await flush();
  }
  await finishTable();
  return total;
}

async function guarded<T>(table: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw new BackupError('backup.failed', {
      table,
      error: err instanceof Error ? err.message : String(err),
    });
  }
}
