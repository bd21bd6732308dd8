// A fingerprint of everything in the database: per table its row count and a hash of its rows' contents (in a
// stable order), so an inserted, deleted or half-updated row (a change without its timeline event, or the
// reverse) shows up. Left out is only what a refused request changes on purpose: the throttle counts (a
// wrong guess at a secret link must count) and when a credential was last used.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Store } from '../../../src/store/db.js';

/** Counting an attempt is the one change a refused request makes on purpose (SPEC 11: rate limits). */
const SKIP_TABLES = new Set(['login_throttle']);
/** Bookkeeping a request may touch before it is refused: when a session or token was last seen. */
const SKIP_COLUMNS: Record<string, string[]> = {
  sessions: ['last_seen_at'],
  api_tokens: ['last_used_at'],
  intake_tokens: ['last_used_at'],
};

export type Digest = Map<string, string>;

async function tableNames(store: Store): Promise<string[]> {
  const rows =
    store.dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'
          and name not like 'sqlite_%' and name not like 'kysely_%' order by name`.execute(store.db)
      : await sql<{ name: string }>`select table_name as name from information_schema.tables
          where table_schema = current_schema() and table_type = 'BASE TABLE'
          and table_name not like 'kysely_%' order by table_name`.execute(store.db);
  return rows.rows.map((r) => r.name).filter((n) => !SKIP_TABLES.has(n));
}

const tablesOf = new WeakMap<Store, Promise<string[]>>();
/** SQLite: the connection's count of changed rows when the last fingerprint was taken, and that fingerprint. */
const lastOf = new WeakMap<Store, { changes: number; digest: Digest }>();

export async function digest(store: Store): Promise<Digest> {
  let names = tablesOf.get(store);
  if (!names) tablesOf.set(store, (names = tableNames(store)));
  const tables = await names;
  if (store.dialect === 'sqlite') {
    // The server has one SQLite connection: when its total_changes() has not moved, no row was inserted, updated
    // or deleted (even in a transaction rolled back), so the last fingerprint still holds and costs nothing.
    const changes = Number(
      (await sql<{ n: number }>`select total_changes() as n`.execute(store.db)).rows[0]!.n,
    );
    const last = lastOf.get(store);
    if (last && last.changes === changes) return last.digest;
    const fresh = await fullDigest(store, tables);
    lastOf.set(store, { changes, digest: fresh });
    return fresh;
  }
  return fullDigest(store, tables);
}

async function fullDigest(store: Store, tables: string[]): Promise<Digest> {
  const out: Digest = new Map();
  if (store.dialect === 'postgres') {
    // One round trip: PostgreSQL hashes each table itself.
    const parts = tables.map((t) => {
      const drop = (SKIP_COLUMNS[t] ?? []).map((c) => ` - '${c}'`).join('');
      const row = `md5((to_jsonb(x)${drop})::text)`;
      return `select '${t}' as t, count(*)::text || ':' || coalesce(md5(string_agg(${row}, ',' order by ${row})), '') as h from "${t}" x`;
    });
    const rows = await sql<{ t: string; h: string }>`${sql.raw(parts.join(' union all '))}`.execute(store.db);
    for (const r of rows.rows) out.set(r.t, r.h);
    return out;
  }
  for (const t of tables) {
    const rows = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(store.db);
    const hashes = rows.rows
      .map((r) => {
        for (const c of SKIP_COLUMNS[t] ?? []) delete r[c];
        return createHash('md5')
          .update(JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)))
          .digest('hex');
      })
      .sort();
    out.set(t, `${rows.rows.length}:${createHash('md5').update(hashes.join(',')).digest('hex')}`);
  }
  return out;
}

/** The tables whose contents differ between two digests (empty when nothing changed). */
export function changedTables(before: Digest, after: Digest): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((n) => before.get(n) !== after.get(n)).sort();
}
