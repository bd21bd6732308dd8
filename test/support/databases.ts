// Runs a suite against SQLite and PostgreSQL: each suite gets a fresh SQLite file and a fresh PostgreSQL database,
// dropped afterwards. Without PostgreSQL the PostgreSQL half is skipped (and reported), unless
// STORMBELL_REQUIRE_PG=1 (set by .ci/run), where a missing PostgreSQL fails the run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, migrate, type Store, type DatabaseTarget } from '../../src/store/db.js';
import { reportSkip } from './skips.js';

export const PG_ADMIN_URL =
  process.env.STORMBELL_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let pgAvailable: Promise<boolean> | undefined;
export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return pgAvailable;
}

export const pgRequired = process.env.STORMBELL_REQUIRE_PG === '1';

export interface TestDatabase {
  target: DatabaseTarget;
  /** A database URL as STORMBELL_DATABASE_URL would give it, for child processes. */
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(dialect: 'sqlite' | 'postgres'): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'stormbell-test-'));
    const file = join(dir, 'stormbell.db');
    return {
      target: { dialect, file },
      url: `sqlite:${file}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `stormbell_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    target: { dialect, url: url.toString() },
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A migrated store on a fresh database, and a function that closes and drops it. */
export async function createTestStore(
  dialect: 'sqlite' | 'postgres',
): Promise<{ store: Store; db: TestDatabase; dispose(): Promise<void> }> {
  const db = await createTestDatabase(dialect);
  const store = openStore(db.target);
  await migrate(store);
  return {
    store,
    db,
    dispose: async () => {
      await store.close();
      await db.drop();
    },
  };
}

const pgReady = await postgresAvailable();
if (!pgReady && pgRequired) {
  throw new Error(`PostgreSQL is required (STORMBELL_REQUIRE_PG=1) but not reachable at ${PG_ADMIN_URL}.`);
}

/** describe() once per database: `forEachDatabase('accounts', (dialect) => { ... })`. */
export function forEachDatabase(name: string, body: (dialect: 'sqlite' | 'postgres') => void): void {
  describe(`${name} [sqlite]`, () => body('sqlite'));
  if (pgReady) {
    describe(`${name} [postgres]`, () => body('postgres'));
  } else {
    reportSkip(`${name} [postgres]`, `PostgreSQL not reachable at ${PG_ADMIN_URL}`);
    describe.skip(`${name} [postgres] (skipped: PostgreSQL not reachable)`, () => body('postgres'));
  }
}

/**
 * `describe` for a suite that needs PostgreSQL alone (several processes on one database, a restart): without
 * PostgreSQL it is skipped and reported, unless STORMBELL_REQUIRE_PG=1, where it runs and fails.
 */
export async function postgresSuite(name: string): Promise<typeof describe | typeof describe.skip> {
  const ready = await postgresAvailable();
  if (!ready && !pgRequired) reportSkip(name, 'PostgreSQL not reachable');
  return ready || pgRequired ? describe : describe.skip;
}

/** One query on a PostgreSQL database by URL, on its own connection (a witness beside the server's pool). */
export async function pgQuery<T extends pg.QueryResultRow>(
  url: string,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(text, values)).rows;
  } finally {
    await c.end();
  }
}
