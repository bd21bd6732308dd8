// Opens SQLite (WAL, one file) or PostgreSQL, runs migrations, and exposes the typed Kysely handle.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';

export type Dialect = 'sqlite' | 'postgres';
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** What the app layer gets: the database handle (or a transaction on it) and which dialect it speaks. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly describe: string;
  close(): Promise<void>;
}

export type Tx = Kysely<Database> | Transaction<Database>;

export function openStore(target: DatabaseTarget, options: { poolSize?: number } = {}): Store {
  if (target.dialect === 'sqlite') {
    const file = target.file === ':memory:' ? ':memory:' : resolve(target.file);
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const database = new SQLite(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    return { db, dialect: 'sqlite', describe: `SQLite (${file})`, close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  // A connection the server restarts must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const url = new URL(target.url);
  return {
    db,
    dialect: 'postgres',
    describe: `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`,
    close: () => db.destroy(),
  };
}

export async function migrate(store: Store): Promise<string[]> {
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** True when the database answers a trivial query. */
export async function ping(store: Store): Promise<boolean> {
  try {
    await sql`select 1`.execute(store.db);
    return true;
  } catch {
    return false;
  }
}
