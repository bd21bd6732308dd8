// What backup and restore need to know of a database, read from the database itself so a new migration needs no
// change here: its tables in foreign-key order, their columns (and which hold integers or bytes), primary keys,
// self-references, row counts and the migrations applied. The one place with SQL per dialect.
import { sql } from 'kysely';
import type { Dialect, Tx } from '../db.js';

export type ColumnKind = 'integer' | 'bytes' | 'other';

export interface TableInfo {
  name: string;
  columns: string[];
  kinds: Record<string, ColumnKind>;
  primaryKey: string[];
  /** The other tables this one refers to by foreign key. */
  references: string[];
  /** Columns that refer to this same table (a follow-up obligation to the one it follows). */
  selfReferences: string[];
}

/** Kysely's own bookkeeping: written by migrating, never copied. */
const MIGRATION_TABLES = new Set(['kysely_migration', 'kysely_migration_lock']);

interface RawTable {
  name: string;
  columns: Array<{ name: string; type: string; pk: number }>;
  foreignKeys: Array<{ column: string; table: string }>;
}

export async function readCatalog(db: Tx, dialect: Dialect): Promise<TableInfo[]> {
  const raw = dialect === 'sqlite' ? await readSqlite(db) : await readPostgres(db);
  const tables = raw
    .filter((t) => !MIGRATION_TABLES.has(t.name))
    .map((t): TableInfo => {
      const kinds: Record<string, ColumnKind> = {};
      for (const c of t.columns) kinds[c.name] = kindOf(c.type);
      return {
        name: t.name,
        columns: t.columns.map((c) => c.name),
        kinds,
        primaryKey: t.columns
          .filter((c) => c.pk > 0)
          .sort((a, b) => a.pk - b.pk)
          .map((c) => c.name),
        references: [...new Set(t.foreignKeys.filter((f) => f.table !== t.name).map((f) => f.table))].sort(),
        selfReferences: [...new Set(t.foreignKeys.filter((f) => f.table === t.name).map((f) => f.column))],
      };
    });
  return inDependencyOrder(tables);
}

function kindOf(type: string): ColumnKind {
  if (/int/i.test(type)) return 'integer';
  if (/blob|bytea/i.test(type)) return 'bytes';
  return 'other';
}

/** Parents before children; among tables free to go, by name, so every database with one schema gives one order. */
export function inDependencyOrder(tables: TableInfo[]): TableInfo[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const done = new Set<string>();
  const ordered: TableInfo[] = [];
  const remaining = [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  while (remaining.length > 0) {
    const i = remaining.findIndex((t) => t.references.every((r) => done.has(r) || !byName.has(r)));
    if (i < 0)
      throw new Error(`The foreign keys of ${remaining.map((t) => t.name).join(', ')} form a cycle.`);
    const [next] = remaining.splice(i, 1);
    ordered.push(next!);
    done.add(next!.name);
  }
  return ordered;
}

async function readSqlite(db: Tx): Promise<RawTable[]> {
  const names = await sql<{ name: string }>`
    select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(
    db,
  );
  const tables: RawTable[] = [];
  for (const { name } of names.rows) {
    const columns = await sql<{ name: string; type: string; pk: number }>`
      select name, type, pk from pragma_table_info(${name}) order by cid`.execute(db);
    const keys = await sql<{ column: string; table: string }>`
      select "from" as "column", "table" as "table" from pragma_foreign_key_list(${name})`.execute(db);
    tables.push({ name, columns: columns.rows, foreignKeys: keys.rows });
  }
  return tables;
}

async function readPostgres(db: Tx): Promise<RawTable[]> {
  const columns = await sql<{ table_name: string; name: string; type: string; pk: number | null }>`
    select c.relname as table_name, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
           array_position(p.conkey, a.attnum) as pk
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
    left join pg_constraint p on p.conrelid = c.oid and p.contype = 'p'
    where c.relkind = 'r' and n.nspname = current_schema()
    order by c.relname, a.attnum`.execute(db);
  const keys = await sql<{ table_name: string; column: string; table: string }>`
    select c.relname as table_name, a.attname as "column", r.relname as "table"
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class r on r.oid = k.confrelid
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
    where k.contype = 'f' and n.nspname = current_schema()`.execute(db);
  const tables = new Map<string, RawTable>();
  for (const c of columns.rows) {
    let t = tables.get(c.table_name);
    if (!t) tables.set(c.table_name, (t = { name: c.table_name, columns: [], foreignKeys: [] }));
    t.columns.push({ name: c.name, type: c.type, pk: c.pk === null ? 0 : Number(c.pk) });
  }
  for (const k of keys.rows) tables.get(k.table_name)?.foreignKeys.push({ column: k.column, table: k.table });
  return [...tables.values()];
}

/** The migrations applied to the database, in order; none when it has no Stormbell tables. */
export async function appliedMigrations(db: Tx, dialect: Dialect): Promise<string[]> {
  const exists =
    dialect === 'sqlite'
      ? await sql<{ n: number }>`
          select count(*) as n from sqlite_master where type = 'table' and name = 'kysely_migration'`.execute(
          db,
        )
      : await sql<{ n: number }>`
          select count(*) as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relname = 'kysely_migration' and n.nspname = current_schema()`.execute(db);
  if (Number(exists.rows[0]?.n ?? 0) === 0) return [];
  const rows = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return rows.rows.map((r) => r.name);
}

export async function countRows(db: Tx, table: string): Promise<number> {
  const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}

/**
 * PostgreSQL: sequences behind serial or identity columns continue after the highest restored value, so the next
 * row does not collide. (Stormbell's own ids are UUIDs and counters are rows, so today there are none; a future
 * migration that adds one is covered.)
 */
export async function resetSequences(db: Tx, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  const owned = await sql<{ table_name: string; column_name: string; seq: string }>`
    select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
    from information_schema.columns
    where table_schema = current_schema() and (column_default like 'nextval(%' or is_identity = 'YES')`.execute(
    db,
  );
  for (const s of owned.rows) {
    if (!s.seq) continue;
    await sql`select setval(${s.seq}::regclass,
                coalesce((select max(${sql.ref(s.column_name)}) from ${sql.table(s.table_name)}), 0) + 1, false)`.execute(
      db,
    );
  }
}
