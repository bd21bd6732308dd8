// Opens SQLite (WAL, one file) or PostgreSQL, runs migrations, and exposes the typed Kysely handle.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type PostgresPool,
  type PostgresPoolClient,
  type SqliteDatabase,
  type Transaction,
} from 'kysely';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';

export type Dialect = 'sqlite' | 'postgres';
export type DatabaseTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/** What the app layer gets: the database handle (or a transaction on it) and which dialect it speaks. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  /** Where it was opened: another connection (a worker thread's) opens the same database from it. */
  readonly target: DatabaseTarget;
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
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: keepingStatements(database) }),
    });
    return { db, dialect: 'sqlite', target, describe: `SQLite (${file})`, close: () => db.destroy() };
  }
  // A database that accepts connections but never answers must not hang requests: give up after 10 s (a 503).
  const pool = new pg.Pool({
    connectionString: target.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 10_000,
  });
  // A connection the server restarts must not crash the process; the next query gets a fresh one.
  pool.on('error', () => {});
  // The pool listens for errors only on idle clients: a socket that dies while a client is checked out (between
  // the statements of a transaction) would emit an unhandled 'error' and end the process. The statement in flight
  // is rejected on its own, and the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: withConnectionCodes(pool) }) });
  const url = new URL(target.url);
  return {
    db,
    dialect: 'postgres',
    target,
    describe: `PostgreSQL (${url.hostname}:${url.port || 5432}${url.pathname})`,
    close: () => db.destroy(),
  };
}

/**
 * better-sqlite3 compiles a statement on every prepare(), and Kysely prepares every query it runs: keep the most
 * recent statements by their SQL text (the same few hundred queries run again and again). Kysely runs one query
 * at a time on the connection, so a kept statement is never in use twice; SQLite recompiles it after a schema change.
 */
function keepingStatements(database: SQLite.Database, size = 500): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      let statement = kept.get(text);
      if (statement) {
        kept.delete(text); // most recently used last
      } else {
        statement = database.prepare(text);
        if (kept.size >= size) kept.delete(kept.keys().next().value!);
      }
      kept.set(text, statement);
      return statement;
    },
  };
}

// pg reports a connection lost mid-statement ("Connection terminated unexpectedly", "... is not queryable") or a
// connect that timed out as an Error without a SQLSTATE. They are the database being unreachable, like
// ECONNREFUSED or 57P01: give them the SQLSTATE class 08 code, so callers classify them by code (a 503, not a 500).
const CONNECTION_LOST =
  /^(Connection terminated|Client has encountered a connection error|Client was closed|Query read timeout|Postgres connection has been discarded)/;
const CONNECT_FAILED = /^timeout exceeded when trying to connect/;

function withCode(err: unknown): unknown {
  if (!(err instanceof Error) || (err as { code?: unknown }).code !== undefined) return err;
  if (CONNECTION_LOST.test(err.message)) return Object.assign(err, { code: '08006' });
  if (CONNECT_FAILED.test(err.message)) return Object.assign(err, { code: '08001' });
  return err;
}

function withConnectionCodes(pool: pg.Pool): PostgresPool {
  // One wrapper per pg client: Kysely keys its connections by the client object it is given.
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    connect: async () => {
      const client = await pool.connect().catch((err: unknown) => {
        throw withCode(err);
      });
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        wrapper = {
          query: ((...args: Parameters<pg.PoolClient['query']>) => {
            const result = (client.query as (...a: unknown[]) => unknown)(...args);
            return result instanceof Promise
              ? result.catch((err: unknown) => {
                  throw withCode(err);
                })
              : result;
          }) as PostgresPoolClient['query'],
          release: (destroy?: boolean) => client.release(destroy),
        };
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
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
