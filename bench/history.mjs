#!/usr/bin/env node
// Benchmark of large histories: 100,000 incidents and 1,000,000 timeline events (bench/seed-history.mjs), on SQLite
// and PostgreSQL. Measures p95 per request through the HTTP API, as an admin, of
//   - the incident list (GET /api/v1/incidents), and a filtered one (?open=false&severity=...), and a search (?q=),
//   - an incident page's data (GET /api/v1/incidents/{id}) of the big incident (100,000 events),
//   - a timeline page of the big incident (GET /api/v1/incidents/{id}/timeline), and an older page (?before=),
// and `stormbell audit verify` (events per second). Targets: p95 under 50 ms per request on both databases; audit
// verify at least 200,000 events per second.
//
// Baseline in the same run: the same requests on the same server and database before the seeding, when it holds
// one incident with its few events ("nearly empty"); for audit verify, reading the same events with a plain SELECT
// through the driver (better-sqlite3 or pg, keyset pages of 10,000) and hashing them in this process.
//
//   node bench/history.mjs [--dialect sqlite|postgres|both] [--incidents 100000] [--events 1000000]
//                          [--requests 40] [--no-write] [--keep] [--build] [--dist DIR]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { appendRun, machine } from './lib/results.mjs';
import { percentile, setUpAdmin } from './lib/load.mjs';
import { compiledServer, createPgDatabase, fmt, pgAvailable, startServer } from './lib/server.mjs';
import { seedHistory } from './seed-history.mjs';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const INCIDENTS = Number(option('--incidents', '100000'));
const EVENTS = Number(option('--events', '1000000'));
const BIG = Math.min(100_000, Math.floor(EVENTS / 10));
const REQUESTS = Number(option('--requests', '40'));
const DIALECTS = option('--dialect', 'both');
const TARGET_P95_MS = 50;
const TARGET_AUDIT = 200_000;

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-history-'));
const cleanups = [];
async function cleanup() {
  for (const c of cleanups.reverse()) await c().catch(() => {});
  if (flag('--keep')) console.log(`--keep: ${tmp} stays`);
  else rmSync(tmp, { recursive: true, force: true });
}
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

/** p95 (and p50) of `n` sequential GETs after 3 warm-up requests; fails on an answer other than 200. */
async function measure(admin, path, n = REQUESTS) {
  const times = [];
  for (let i = 0; i < n + 3; i++) {
    const t0 = performance.now();
    const res = await admin.request('GET', path);
    const ms = performance.now() - t0;
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
    if (i >= 3) times.push(ms);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

/** The requests measured, given the incident whose timeline is long and a severity to filter on. */
function requests(big, severity) {
  return [
    ['incident list', '/api/v1/incidents'],
    ['list, filtered (closed, one severity)', `/api/v1/incidents?open=false&severity=${severity}`],
    ['list, search', '/api/v1/incidents?q=payments'],
    ['incident page data', `/api/v1/incidents/${big.id}`],
    ['timeline, newest page', `/api/v1/incidents/${big.id}/timeline`],
    [
      'timeline, older page',
      `/api/v1/incidents/${big.id}/timeline?before=${Math.max(2, Math.floor(big.events / 2))}`,
    ],
  ];
}

/** `stormbell audit verify` as a child process; events per second from its own count. */
function auditVerify(dist, databaseUrl) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(dist, 'cli', 'main.js'), 'audit', 'verify'], {
    env: { ...process.env, STORMBELL_DATABASE_URL: databaseUrl, STORMBELL_LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - t0) / 1000;
  const m = /intact: (\d+) events/.exec(r.stdout);
  if (r.status !== 0 || !m) throw new Error(`audit verify failed (${r.status}): ${r.stdout}${r.stderr}`);
  return { events: Number(m[1]), seconds, rate: Number(m[1]) / seconds };
}

/** Baseline of audit verify: every event read with a plain keyset SELECT through the driver and hashed here. */
async function plainReadAndHash(dist, databaseUrl) {
  const { eventHash } = await import(pathToFileURL(join(dist, 'core', 'timeline', 'hash.js')).href);
  const cols = 'id, chain_id, seq, at, actor_id, type, subject, payload, prev_hash, hash';
  let page;
  let close;
  if (databaseUrl.startsWith('sqlite:')) {
    const { default: SQLite } = await import('better-sqlite3');
    const db = new SQLite(databaseUrl.slice('sqlite:'.length), { readonly: true });
    const first = db.prepare(`SELECT ${cols} FROM timeline_events ORDER BY chain_id, seq LIMIT 10000`);
    const next = db.prepare(
      `SELECT ${cols} FROM timeline_events WHERE (chain_id, seq) > (?, ?) ORDER BY chain_id, seq LIMIT 10000`,
    );
    page = async (after) => (after ? next.all(after.chain_id, after.seq) : first.all());
    close = async () => db.close();
  } else {
    const { default: pg } = await import('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    page = async (after) =>
      (
        await client.query(
          after
            ? `SELECT ${cols} FROM timeline_events WHERE (chain_id, seq) > ($1, $2) ORDER BY chain_id, seq LIMIT 10000`
            : `SELECT ${cols} FROM timeline_events ORDER BY chain_id, seq LIMIT 10000`,
          after ? [after.chain_id, after.seq] : [],
        )
      ).rows;
    close = async () => client.end();
  }
  const t0 = performance.now();
  let events = 0;
  let after = null;
  for (;;) {
    const rows = await page(after);
    for (const r of rows) {
      const e = {
        chainId: r.chain_id,
        seq: Number(r.seq),
        at: r.at,
        actorId: r.actor_id,
        type: r.type,
        subject: r.subject,
        payload: JSON.parse(r.payload),
        prevHash: r.prev_hash,
      };
      if (eventHash(e) !== r.hash) throw new Error(`baseline: event ${r.id} does not hash to its hash`);
      events++;
    }
    if (rows.length < 10000) break;
    after = rows[rows.length - 1];
  }
  const seconds = (performance.now() - t0) / 1000;
  await close();
  return { events, seconds, rate: events / seconds };
}

async function runDialect(dist, dialect) {
  let databaseUrl = `sqlite:${join(tmp, 'history.db')}`;
  if (dialect === 'postgres') {
    const db = await createPgDatabase('stormbell_bench_history');
    if (flag('--keep')) console.log(`[postgres] --keep: the database ${db.url} stays`);
    else cleanups.push(db.drop);
    databaseUrl = db.url;
  }
  const start = () => startServer({ dist, tmp, databaseUrl, log: `stormbell-${dialect}.log` });
  let server = await start();
  cleanups.push(() => server.stop());
  const admin = await setUpAdmin(server.base);
  const { plan } = await admin.must('GET', '/api/v1/plan');
  const severity = plan.severities[plan.severities.length - 1].id;
  const declared = await admin.must('POST', '/api/v1/incidents', {
    title: 'Payments fail for some customers',
    scenario_id: plan.scenarios[0].id,
    severity_id: severity,
  });
  const small = { id: declared.id, events: 10 };
  console.log(`[${dialect}] baseline: the requests on a nearly empty database (1 incident)...`);
  const baseline = new Map();
  for (const [name, path] of requests(small, severity)) baseline.set(name, await measure(admin, path));
  await server.stop();

  console.log(`[${dialect}] seeding ${fmt(INCIDENTS)} incidents and ${fmt(EVENTS)} events...`);
  const seeded = await seedHistory({
    url: databaseUrl,
    incidents: INCIDENTS,
    events: EVENTS,
    big: BIG,
    dist,
    log: (line) => console.log(`[${dialect}] ${line.trim()}`),
  });
  console.log(`[${dialect}] seeded in ${fmt(seeded.seconds, 1)} s`);
  server = await start();
  admin.base = server.base;
  const login = await admin.request('GET', '/api/v1/incidents?q=zzz-none');
  if (login.status !== 200)
    throw new Error(`the admin's session did not survive the restart (${login.status})`);
  const rows = [];
  for (const [name, path] of requests({ id: seeded.bigId, events: BIG }, severity)) {
    const r = await measure(admin, path);
    const b = baseline.get(name);
    rows.push({ name, ...r, base: b });
    console.log(
      `[${dialect}] ${name}: p95 ${fmt(r.p95, 1)} ms (p50 ${fmt(r.p50, 1)}); nearly empty p95 ${fmt(b.p95, 1)} ms`,
    );
  }
  await server.stop();
  const audit = auditVerify(dist, databaseUrl);
  console.log(
    `[${dialect}] audit verify: ${fmt(audit.events)} events in ${fmt(audit.seconds, 1)} s: ${fmt(audit.rate)} events/s`,
  );
  const plain = await plainReadAndHash(dist, databaseUrl);
  console.log(`[${dialect}] baseline, plain SELECT + hash: ${fmt(plain.rate)} events/s`);
  return { dialect, seeded, rows, audit, plain };
}

async function main() {
  const info = machine();
  // npm run bench (bench/index.mjs) compiles the server once and hands it over in STORMBELL_BENCH_DIST.
  const dist =
    option('--dist', null) ??
    process.env.STORMBELL_BENCH_DIST ??
    compiledServer(tmp, { build: flag('--build') });
  const dialects = DIALECTS === 'both' ? ['sqlite', 'postgres'] : [DIALECTS];
  if (dialects.includes('postgres') && !(await pgAvailable())) {
    console.warn('PostgreSQL does not answer: SQLite only.');
    dialects.splice(dialects.indexOf('postgres'), 1);
  }
  const results = [];
  for (const d of dialects) results.push(await runDialect(dist, d));

  const name = (d) => (d === 'sqlite' ? 'SQLite' : 'PostgreSQL');
  const lines = [];
  for (const r of results) {
    for (const row of r.rows)
      lines.push(
        `| ${name(r.dialect)} | ${row.name} | ${fmt(row.p95, 1)} (${fmt(row.p50, 1)}) | ${fmt(row.base.p95, 1)} (${fmt(row.base.p50, 1)}) | ${fmt(row.p95 / row.base.p95, 1)}× | ${row.p95 < TARGET_P95_MS ? 'met' : 'missed'} |`,
      );
    lines.push(
      `| ${name(r.dialect)} | audit verify, events/s (${fmt(r.audit.events)} events, ${fmt(r.audit.seconds, 1)} s) | ${fmt(r.audit.rate)} | ${fmt(r.plain.rate)} (plain SELECT + hash) | ${fmt((r.audit.rate / r.plain.rate) * 100, 1)} % | ${r.audit.rate >= TARGET_AUDIT ? 'met' : 'missed'} |`,
    );
  }
  const table = [
    `| database | request | p95 ms (p50) at ${fmt(INCIDENTS)} incidents | baseline p95 ms (p50), nearly empty | ratio | target |`,
    '|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
  const seeding = results
    .map(
      (r) =>
        `${name(r.dialect)}: seeded ${fmt(r.seeded.incidents)} incidents and ${fmt(r.seeded.events)} events in ${fmt(r.seeded.seconds, 1)} s`,
    )
    .join('; ');
  console.log(`\n${table}\n\n${seeding}.`);
  console.log(
    `Targets: p95 under ${TARGET_P95_MS} ms per request; audit verify at least ${fmt(TARGET_AUDIT)} events/s.`,
  );
  appendRun({
    title: 'Large histories (`bench/history.mjs`)',
    intro: `${fmt(INCIDENTS)} incidents and ${fmt(EVENTS)} timeline events, written by \`bench/seed-history.mjs\` straight into the tables in one transaction (secondary indexes dropped and created again afterwards) with valid hash chains (one incident has ${fmt(BIG)} events, the others about nine each; 95 % closed). A built server (\`stormbell serve\`, log level warn) answers ${REQUESTS} sequential GETs per request as an admin after 3 warm-up requests; p95 and p50 in milliseconds, measured by the client. Baseline in the same run: the same requests on the same server and database before the seeding (one incident, a few events). \`stormbell audit verify\` runs as its own process (worker threads, one range of chains each, when the history is large); its baseline is reading the same events with a plain keyset SELECT through the driver and hashing them on one thread. Targets: p95 under 50 ms per request on both databases; audit verify at least 200,000 events per second.`,
    body: `${table}\n\n${seeding}.`,
    machineInfo: info,
  });
}

main()
  .then(cleanup)
  .catch(async (err) => {
    console.error(`\nhistory benchmark: ${err?.stack ?? err}`);
    await cleanup();
    process.exit(1);
  });
