// Writes a consistent snapshot of the whole database while it keeps working: everything is read in one
// transaction (SQLite: one read transaction on the WAL, writers go on; PostgreSQL: REPEATABLE READ READ ONLY, one
// snapshot for every table), page by page in primary-key order, so memory stays flat however large the database.
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../schema.js';
import type { Store } from '../db.js';
import { appliedMigrations, countRows, readCatalog, type TableInfo } from './catalog.js';
import { encodeValue, FORMAT, FORMAT_VERSION, type BackupHeader, type BackupTrailer } from './format.js';
import { BackupError } from './errors.js';

const PAGE = 500;

export interface BackupSummary {
  header: BackupHeader;
  rows: number;
}

export async function writeBackup(
  store: Store,
  out: Writable,
  meta: { stormbellVersion: string; now: () => string; describe: string; endOutput?: boolean },
): Promise<BackupSummary> {
  const gzip = createGzip();
  const piping = pipeline(gzip, out, { end: meta.endOutput ?? true });
  // An error on the way out (disk full) surfaces through `piping`; until then writes wait for room.
  piping.catch(() => {});
  const hash = createHash('sha256');
  const emit = async (value: unknown) => {
    const line = JSON.stringify(value) + '\n';
    hash.update(line);
    if (!gzip.write(line)) await Promise.race([once(gzip, 'drain'), piping]);
  };
  try {
    const summary = await snapshot(store, async (trx) => {
      const migrations = await appliedMigrations(trx, store.dialect);
      if (migrations.length === 0) throw new BackupError('backup.no_database', { database: meta.describe });
      const tables = await readCatalog(trx, store.dialect);
      const header: BackupHeader = {
        format: FORMAT,
        format_version: FORMAT_VERSION,
        stormbell_version: meta.stormbellVersion,
        dialect: store.dialect,
        created_at: meta.now(),
        migrations,
        tables: [],
      };
      for (const t of tables)
        header.tables.push({ name: t.name, columns: t.columns, rows: await countRows(trx, t.name) });
      await emit(header);
      let rows = 0;
      for (const t of tables) rows += await emitTable(trx, t, emit);
      const trailer: BackupTrailer = { end: FORMAT, rows, sha256: hash.copy().digest('hex') };
      await emit(trailer);
      return { header, rows };
    });
    gzip.end();
    await piping;
    return summary;
  } catch (err) {
    gzip.destroy();
    await piping.catch(() => {});
    throw err;
  }
}

function snapshot<T>(store: Store, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres')
    return store.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(work);
  // SQLite: the first read of the transaction fixes what it sees (WAL keeps it while others write).
  return store.db.transaction().execute(work);
}

async function emitTable(
  trx: Transaction<Database>,
  t: TableInfo,
  emit: (value: unknown) => Promise<void>,
): Promise<number> {
  const columns = sql.join(t.columns.map((c) => sql.ref(c)));
  // Keyset pages by primary key; a table without one (none today) is paged by offset over all its columns.
  const key = t.primaryKey.length > 0 ? t.primaryKey : t.columns;
  const order = sql.join(key.map((c) => sql.ref(c)));
  let last: unknown[] | null = null;
  let written = 0;
  for (;;) {
    const after: ReturnType<typeof sql> =
      t.primaryKey.length > 0 && last ? sql`where (${order}) > (${sql.join(last)})` : sql``;
    const offset = t.primaryKey.length > 0 ? sql`` : sql`offset ${written}`;
    const page = await sql<Record<string, unknown>>`
      select ${columns} from ${sql.table(t.name)} ${after} order by ${order} limit ${PAGE} ${offset}`.execute(
      trx,
    );
    for (const r of page.rows) {
      const row: Record<string, unknown> = {};
      for (const c of t.columns) row[c] = encodeValue(r[c], t.kinds[c] ?? 'other');
      await emit({ table: t.name, row });
    }
    written += page.rows.length;
    if (page.rows.length < PAGE) return written;
    const lastRow = page.rows[page.rows.length - 1]!;
    last = key.map((c) => lastRow[c]);
  }
}
