#!/usr/bin/env node
// Seeds a large history into a Stormbell database that has been set up already (migrated, first admin, plan):
// incidents and their timeline events, written straight into the tables, every chain hashed as Stormbell hashes it
// (dist/core/timeline/hash.js), so `stormbell audit verify` finds it intact. Fast, so that `npm run bench` can seed
// a million events on both databases: one transaction; the seeded tables' secondary indexes dropped first and created
// again from their own definitions afterwards (the tables end with exactly the indexes the migrations gave them);
// SQLite without a rollback journal or syncs, with a large page cache and multi-row INSERTs from statements prepared
// once; PostgreSQL with INSERT ... SELECT FROM unnest(...) per 10,000 rows, the next batch made while the server
// writes the last, and synchronous_commit off. Then ANALYZE.
//
//   node bench/seed-history.mjs --database sqlite:/tmp/x.db|postgres://... [--incidents 100000] [--events 1000000]
//                               [--big 100000] [--dist DIR]
//
// One incident (the first, declared in 2015) gets `--big` events; the others share the rest, about nine each:
// declared, task updates, notes (one in a hundred pinned), an ETA change, phase changes; 95 % of them are closed.
// The big one: four phase changes, an ETA change per 1,000 events, a pin per 997, a third task updates, the rest notes.
// References use the years 2015-2025 (INC-2015-00001...), whose counters are set, so new declarations do not clash.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './lib/results.mjs';

const PHASES = ['detection', 'containment', 'recovery', 'evaluation'];
const BATCH = 10_000;

/** What a seeded incident copies from the one real incident (plan version, scenario, severity) and who acts. */
async function template(db) {
  const incident = await db.one(
    'SELECT scenario_id, severity_id, plan_version FROM incidents ORDER BY declared_at LIMIT 1',
  );
  const actor = await db.one(
    "SELECT id FROM accounts WHERE access_level = 'admin' ORDER BY created_at LIMIT 1",
  );
  if (!incident || !actor) throw new Error('seed-history: declare one incident through the API first.');
  const severities = (await db.all('SELECT DISTINCT severity_id FROM incidents')).map((r) => r.severity_id);
  return { ...incident, actorId: actor.id, severities };
}

/** The events of one seeded incident: `n` of them, `closed` ends with the phase change to closed. */
function eventsOf(incidentId, n, declaredAt, closed, actorId, big) {
  const t0 = Date.parse(declaredAt);
  const out = [];
  const at = (k) => new Date(t0 + k * 60_000).toISOString();
  for (let k = 0; k < n; k++) {
    const seq = k + 1;
    let type;
    let payload;
    let subject = null;
    if (k === 0) {
      type = 'incident.declared';
      payload = { title: `Incident ${incidentId.slice(0, 8)}`, severity_id: 'sev2' };
    } else if (closed && k === n - 1) {
      type = 'incident.phase_changed';
      payload = { from: 'evaluation', to: 'closed' };
    } else if (n >= 10 ? k % Math.floor(n / 5) === 0 : k === 3) {
      // Four phase changes in a long incident, one in a short one.
      type = 'incident.phase_changed';
      const p = n >= 10 ? Math.min(3, Math.floor(k / Math.floor(n / 5)) - 1) : 0;
      payload = { from: PHASES[p], to: PHASES[p + 1] };
    } else if (big ? k % 1000 === 500 : k === 5) {
      type = 'eta.changed';
      payload = { eta_at: at(k + 120), confidence: 'medium' };
    } else if (big && k % 997 === 2) {
      type = 'event.pinned';
      payload = { event_id: out[k - 1].id };
      subject = out[k - 1].id;
    } else if (k % 3 === 1) {
      type = 'task.updated';
      subject = randomUUID();
      payload = { task_id: subject, status: 'done' };
    } else {
      type = 'note.added';
      payload = {
        text: `Update ${seq}: the team is working on it; next update within the hour.`,
        pinned: k % 100 === 2,
      };
    }
    out.push({ id: randomUUID(), chainId: incidentId, seq, at: at(k), actorId, type, subject, payload });
  }
  return out;
}

/** The tables the seeding fills; their secondary indexes are dropped during the load and created again after. */
const TABLES = ['incidents', 'timeline_chains', 'timeline_events'];

/**
 * A database handle for the seeding: one(sql), all(sql), exec(sql), insert(table, columns, rows) (may return before
 * the rows are written: `drain` waits), begin/commit, dropIndexes/createIndexes, close.
 */
async function open(url) {
  if (url.startsWith('sqlite:')) return openSqlite(url.slice('sqlite:'.length));
  return openPostgres(url);
}

/**
 * SQLite: one transaction, no rollback journal and no syncs during the load (the file is thrown away if the seeding
 * fails), a 512 MB page cache so the random-UUID primary key index stays in memory, multi-row INSERTs of 100 rows
 * from statements prepared once. The indexes SQLite creates for the primary keys and UNIQUE constraints stay (they
 * cannot be dropped); the others are dropped and created again from their own CREATE INDEX text in sqlite_master.
 */
async function openSqlite(file) {
  const { default: SQLite } = await import('better-sqlite3');
  const db = new SQLite(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  db.pragma('temp_store = MEMORY');
  const ROWS = 100;
  const statements = new Map();
  const statement = (table, columns, n) => {
    const key = `${table}:${columns.join(',')}:${n}`;
    let st = statements.get(key);
    if (!st) {
      const tuple = `(${columns.map(() => '?').join(',')})`;
      st = db.prepare(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(n).fill(tuple).join(',')}`);
      statements.set(key, st);
    }
    return st;
  };
  let dropped = [];
  return {
    dialect: 'sqlite',
    one: async (q) => db.prepare(q).get(),
    all: async (q) => db.prepare(q).all(),
    exec: async (q) => db.exec(q),
    insert: async (table, columns, rows) => {
      let i = 0;
      const full = statement(table, columns, ROWS);
      for (; i + ROWS <= rows.length; i += ROWS) full.run(rows.slice(i, i + ROWS).flat());
      if (i < rows.length) statement(table, columns, rows.length - i).run(rows.slice(i).flat());
    },
    drain: async () => {},
    dropIndexes: async () => {
      dropped = db
        .prepare(
          `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${TABLES.map(() => '?').join(',')})`,
        )
        .all(...TABLES);
      for (const ix of dropped) db.exec(`DROP INDEX "${ix.name}"`);
    },
    createIndexes: async () => {
      for (const ix of dropped) db.exec(ix.sql);
      dropped = [];
    },
    begin: async () => db.exec('BEGIN'),
    commit: async () => db.exec('COMMIT'),
    close: async () => {
      db.pragma('journal_mode = WAL'); // as Stormbell opens it
      db.close();
    },
  };
}

/**
 * PostgreSQL: INSERT ... SELECT FROM unnest($1::text[], ...) per 10,000 rows, one batch in flight while the next is
 * made (the server writes while Node hashes); synchronous_commit off; the indexes and constraints of the seeded
 * tables that no foreign key depends on are dropped first and created again afterwards from their own definitions
 * (pg_get_indexdef, pg_get_constraintdef), so the tables end with exactly the indexes they had.
 */
async function openPostgres(url) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('SET synchronous_commit = off');
  await client.query("SET maintenance_work_mem = '256MB'");
  const types = new Map();
  let inFlight = Promise.resolve();
  let dropped = [];
  return {
    dialect: 'postgres',
    one: async (q) => (await client.query(q)).rows[0],
    all: async (q) => (await client.query(q)).rows,
    exec: async (q) => client.query(q),
    insert: async (table, columns, rows) => {
      if (!types.has(table)) {
        const r = await client.query(
          'SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1 AND table_schema = current_schema()',
          [table],
        );
        types.set(table, new Map(r.rows.map((c) => [c.column_name, c.data_type])));
      }
      const t = types.get(table);
      const arrays = columns.map((_, i) => rows.map((r) => r[i]));
      const casts = columns.map(
        (c, i) =>
          `$${i + 1}::${t.get(c) === 'integer' ? 'integer' : t.get(c) === 'bigint' ? 'bigint' : 'text'}[]`,
      );
      await inFlight;
      inFlight = client.query(
        `INSERT INTO ${table} (${columns.join(',')}) SELECT * FROM unnest(${casts.join(',')})`,
        arrays,
      );
      inFlight.catch(() => {}); // awaited by the next insert or drain
    },
    drain: async () => {
      await inFlight;
    },
    dropIndexes: async () => {
      const r = await client.query(
        `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS name,
                pg_get_indexdef(i.indexrelid) AS def, c.conname, pg_get_constraintdef(c.oid) AS condef
           FROM pg_index i
           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
          WHERE i.indrelid = ANY($1::regclass[])
            AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)`,
        [TABLES],
      );
      dropped = r.rows;
      for (const ix of dropped)
        await client.query(
          ix.conname ? `ALTER TABLE ${ix.tbl} DROP CONSTRAINT "${ix.conname}"` : `DROP INDEX ${ix.name}`,
        );
    },
    createIndexes: async () => {
      // One index per statement; PostgreSQL builds each with parallel workers where it can.
      for (const ix of dropped)
        await client.query(
          ix.conname ? `ALTER TABLE ${ix.tbl} ADD CONSTRAINT "${ix.conname}" ${ix.condef}` : ix.def,
        );
      dropped = [];
    },
    begin: async () => client.query('BEGIN'),
    commit: async () => client.query('COMMIT'),
    close: async () => client.end(),
  };
}

/**
 * Seeds `incidents` incidents with `events` timeline events in all; returns what it wrote and how long it took.
 * `dist` is the compiled server whose hash function is used.
 */
export async function seedHistory({
  url,
  incidents = 100_000,
  events = 1_000_000,
  big = 100_000,
  dist = join(root, 'dist'),
  log = console.log,
}) {
  const { eventHash } = await import(pathToFileURL(join(dist, 'core', 'timeline', 'hash.js')).href);
  const db = await open(url);
  const started = Date.now();
  try {
    const t = await template(db);
    const incidentColumns = [
      'id',
      'reference',
      'title',
      'scenario_id',
      'severity_id',
      'phase',
      'restricted',
      'exercise',
      'personal_data',
      'awareness_at',
      'declared_at',
      'declared_by',
      'eta_at',
      'eta_confidence',
      'plan_version',
      'phase_changed_at',
      'closed_at',
      'updated_at',
    ];
    const eventColumns = [
      'id',
      'chain_id',
      'seq',
      'at',
      'actor_id',
      'type',
      'subject',
      'payload',
      'prev_hash',
      'hash',
    ];
    const years = 11; // 2015..2025
    const perYear = Math.ceil(incidents / years);
    const spanMs = Date.UTC(2026, 0, 1) - Date.UTC(2015, 0, 1);
    const rest = events - big;
    const each = Math.floor(rest / (incidents - 1));
    let extra = rest - each * (incidents - 1);
    let incidentRows = [];
    let eventRows = [];
    let chainRows = [];
    let writtenEvents = 0;
    let bigId = null;
    const flush = async (force) => {
      if (incidentRows.length >= BATCH || (force && incidentRows.length)) {
        await db.insert('incidents', incidentColumns, incidentRows);
        incidentRows = [];
      }
      if (chainRows.length >= BATCH || (force && chainRows.length)) {
        await db.insert('timeline_chains', ['chain_id', 'last_seq', 'last_hash'], chainRows);
        chainRows = [];
      }
      while (eventRows.length >= BATCH || (force && eventRows.length)) {
        await db.insert('timeline_events', eventColumns, eventRows.splice(0, BATCH));
      }
    };
    await db.begin();
    await db.dropIndexes();
    for (let i = 0; i < incidents; i++) {
      const id = randomUUID();
      const year = 2015 + Math.floor(i / perYear);
      const sequence = (i % perYear) + 1;
      const declaredAt = new Date(Date.UTC(2015, 0, 1) + Math.floor((i / incidents) * spanMs)).toISOString();
      const closed = i === 0 || i % 20 !== 0; // 95 % closed; the big one is closed too
      const phase = closed ? 'closed' : PHASES[i % 4];
      const n = i === 0 ? big : each + (extra-- > 0 ? 1 : 0);
      if (i === 0) bigId = id;
      const list = eventsOf(id, n, declaredAt, closed, t.actorId, i === 0);
      let prev = '0'.repeat(64);
      for (const e of list) {
        e.prevHash = prev;
        e.hash = eventHash(e);
        prev = e.hash;
        eventRows.push([
          e.id,
          e.chainId,
          e.seq,
          e.at,
          e.actorId,
          e.type,
          e.subject,
          JSON.stringify(e.payload),
          e.prevHash,
          e.hash,
        ]);
      }
      writtenEvents += list.length;
      const last = list[list.length - 1];
      chainRows.push([id, list.length, prev]);
      incidentRows.push([
        id,
        `INC-${year}-${String(sequence).padStart(5, '0')}`,
        i === 0
          ? 'Big incident: a week-long outage of the customer portal'
          : `Seeded incident ${i}: ${['login failures', 'slow payments', 'mail delays', 'data leak suspected'][i % 4]}`,
        t.scenario_id,
        t.severities[i % t.severities.length],
        phase,
        0,
        0,
        'unknown',
        declaredAt,
        declaredAt,
        t.actorId,
        null,
        null,
        t.plan_version,
        last.at,
        closed ? last.at : null,
        last.at,
      ]);
      await flush(false);
      if ((i + 1) % 20_000 === 0) log(`  seeded ${i + 1} incidents, ${writtenEvents} events...`);
    }
    await flush(true);
    await db.drain();
    log(`  rows written in ${((Date.now() - started) / 1000).toFixed(1)} s; creating the indexes again...`);
    await db.createIndexes();
    for (let y = 0; y < years; y++)
      await db.exec(
        db.dialect === 'sqlite'
          ? `INSERT OR REPLACE INTO incident_counters (year, last_seq) VALUES (${2015 + y}, ${perYear})`
          : `INSERT INTO incident_counters (year, last_seq) VALUES (${2015 + y}, ${perYear}) ON CONFLICT (year) DO UPDATE SET last_seq = ${perYear}`,
      );
    await db.commit();
    await db.exec('ANALYZE');
    return { incidents, events: writtenEvents, bigId, seconds: (Date.now() - started) / 1000 };
  } finally {
    await db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const url = option('--database', null);
  if (!url) {
    console.error(
      'usage: node bench/seed-history.mjs --database sqlite:FILE|postgres://... [--incidents N] [--events N]',
    );
    process.exit(2);
  }
  seedHistory({
    url,
    incidents: Number(option('--incidents', '100000')),
    events: Number(option('--events', '1000000')),
    big: Number(option('--big', '100000')),
    dist: option('--dist', join(root, 'dist')),
  }).then(
    (r) =>
      console.log(
        `Seeded ${r.incidents} incidents and ${r.events} events in ${r.seconds.toFixed(1)} s (big incident ${r.bigId}).`,
      ),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
