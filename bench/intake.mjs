#!/usr/bin/env node
// Benchmark of alert intake: Prometheus Alertmanager notifications through POST /api/v1/intake/alerts/alertmanager
// (token check, validation, deduplication by fingerprint, a report and its timeline event per alert, the commander's
// mail for new alerts queued) on SQLite and on a fresh PostgreSQL database, against a bare Fastify process that
// parses the same JSON and stores nothing, in the same run. wrk with bench/intake.lua varies the bodies.
//
//   node bench/intake.mjs [--duration 8s] [--connections 50] [--alerts 10] [--no-write] [--keep] [--cpu-prof]
//                         [--only sqlite|postgres|baseline] [--build] [--dist DIR] [--paced-seconds 6]
//
// Prints alerts/s, requests/s, p50/p99 latency, the ratio to the baseline and whether the target is met, and
// appends the run to docs/benchmarks.md. --cpu-prof writes a CPU profile of each Stormbell server into the kept
// temporary folder (with --keep).
import { spawn } from 'node:child_process';
import os from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appendRun, machine, root } from './lib/results.mjs';
import { compiledServer, createPgDatabase, fmt, freePort, startServer, waitFor } from './lib/server.mjs';
import { flag, option, setUpAdmin, wrk } from './lib/load.mjs';
import { pacedPost } from './lib/paced-load.mjs';
import { alertmanagerBodies } from './lib/alertmanager-body.mjs';

const DURATION = option('--duration', '6s');
const WARMUP = '2s';
const CONNECTIONS = Number(option('--connections', '50'));
const ALERTS = Number(option('--alerts', '10'));
const GROUPS = 500;
const NEW_SHARE = 0.2;
const ONLY = option('--only', null);
const TARGETS = { sqlite: 5000, postgres: 2000 };
const TARGET_P99_MS = 50;
// The paced run: the target's rate of notifications, sent on their own schedule, for this many seconds.
const PACED_SECONDS = Number(option('--paced-seconds', '6'));
const PATH = '/api/v1/intake/alerts/alertmanager';
const SCRIPT = join(root, 'bench', 'intake.lua');

const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-intake-'));
const cleanups = [];
async function cleanup() {
  for (const f of cleanups.reverse()) await f().catch((e) => console.error(e.message));
  cleanups.length = 0;
  if (!flag('--keep')) rmSync(tmp, { recursive: true, force: true });
}
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

const run = `r${Date.now().toString(36)}`;
/**
 * A warm-up, the paced run at `targetAlerts` per second, then the measured wrk run (alerts/s = requests/s × alerts
 * per request). The paced run comes before wrk's, so it does not inherit the mail and vacuum wrk's storm leaves.
 */
async function load(url, token, pids, targetAlerts) {
  const args = (tag) => [token, run, tag, String(ALERTS), String(GROUPS), String(NEW_SHARE)];
  wrk(url, { duration: WARMUP, connections: CONNECTIONS, script: SCRIPT, args: args('w') });
  const pacedResult = await paced(url, token, targetAlerts);
  const r = wrk(url, { duration: DURATION, connections: CONNECTIONS, script: SCRIPT, args: args('m'), pids });
  if (r.non2xx > 0 || r.errors > 0)
    console.warn(`  ${r.non2xx} non-2xx answers, ${r.errors} socket errors (of ${r.requests})`);
  // Alerts per CPU-second of the server's process: what one free core would do, steadier than alerts/s when other
  // work on the machine takes CPU from the server.
  return {
    ...r,
    paced: pacedResult,
    alertsPerSecond: r.rps * ALERTS,
    alertsPerCpuSecond: (ALERTS * 1e6) / r.cpuUsPerRequest,
  };
}

/** Latency at the target's rate: `alertsPerSecond` / ALERTS notifications a second, open loop, 50 connections. */
function paced(url, token, alertsPerSecond) {
  return pacedPost(url, {
    rate: alertsPerSecond / ALERTS,
    seconds: PACED_SECONDS,
    connections: CONNECTIONS,
    headers: { authorization: `Bearer ${token}` },
    makeBody: alertmanagerBodies({ run, tag: 'p', alerts: ALERTS, groups: GROUPS, newShare: NEW_SHARE }),
  });
}

async function baseline() {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'bench', 'lib', 'bare-intake.mjs'), String(port)], {
    stdio: ['ignore', 'ignore', 'inherit'],
    cwd: root,
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor('the bare Fastify server', async () => (await fetch(`${base}/healthz`)).ok);
  try {
    return await load(base + PATH, 'none', [child.pid], TARGETS.sqlite);
  } finally {
    child.kill('SIGTERM');
  }
}

async function stormbell(dist, dialect) {
  let databaseUrl = `sqlite:${join(tmp, 'intake.db')}`;
  if (dialect === 'postgres') {
    const db = await createPgDatabase('sb_bench_intake');
    cleanups.push(() => db.drop());
    databaseUrl = db.url;
  }
  const server = await startServer({
    dist,
    tmp,
    databaseUrl,
    log: `stormbell-${dialect}.log`,
    // As in production: the default log level.
    env: { STORMBELL_LOG_LEVEL: process.env.STORMBELL_LOG_LEVEL ?? 'info' },
    nodeArgs: flag('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', join(tmp, `profile-${dialect}`)] : [],
  });
  cleanups.push(() => server.stop());
  const admin = await setUpAdmin(server.base);
  const { token } = await admin.must('POST', '/api/v1/intake/tokens', {
    source: 'alertmanager',
    name: 'Benchmark Alertmanager',
  });
  const result = await load(server.base + PATH, token, [server.child.pid], TARGETS[dialect]);
  // What was stored: reports (one per fingerprint) and how often they were received.
  const reports = await admin.must('GET', '/api/v1/reports?limit=1');
  await server.stop();
  cleanups.pop();
  return { ...result, sampleReport: reports.items?.[0] };
}

async function main() {
  const m = machine();
  const dist = option('--dist', null) ?? compiledServer(tmp, { build: flag('--build') });
  const rows = [];
  console.log(
    `wrk -t1 -c${CONNECTIONS} -d${DURATION} (after ${WARMUP} warm-up); ${ALERTS} alerts per Alertmanager notification, ` +
      `${NEW_SHARE * 100} % of the notifications a new alert group, the rest one of ${GROUPS} known groups again`,
  );
  let base = null;
  if (!ONLY || ONLY === 'baseline') {
    base = await baseline();
    console.log(
      `baseline (bare Fastify, parse only): ${fmt(base.alertsPerSecond)} alerts/s, p99 ${fmt(base.p99, 1)} ms`,
    );
  }
  for (const dialect of ['sqlite', 'postgres']) {
    if (ONLY && ONLY !== dialect) continue;
    const r = await stormbell(dist, dialect);
    const ratio = base ? r.alertsPerSecond / base.alertsPerSecond : NaN;
    const cpuRatio = base ? r.alertsPerCpuSecond / base.alertsPerCpuSecond : NaN;
    const p = r.paced;
    const met =
      r.alertsPerSecond >= TARGETS[dialect] &&
      p.p99 < TARGET_P99_MS &&
      r.non2xx + r.errors + p.non2xx + p.errors === 0;
    console.log(
      `Stormbell on ${dialect}: ${fmt(r.alertsPerSecond)} alerts/s (${fmt(r.rps)} requests/s), p50 ${fmt(r.p50, 1)} ms, ` +
        `p99 ${fmt(r.p99, 1)} ms, ${fmt(r.cpuUsPerRequest)} µs CPU per request; at ${TARGETS[dialect]} alerts/s paced: p50 ${fmt(p.p50, 1)} ms, p99 ${fmt(p.p99, 1)} ms; baseline ${base ? fmt(base.alertsPerSecond) : 'not run'} alerts/s; ` +
        `ratio ${fmt(ratio * 100, 1)} % (per CPU-second: ${fmt(r.alertsPerCpuSecond)} against ${base ? fmt(base.alertsPerCpuSecond) : 'n/a'}, ${fmt(cpuRatio * 100, 1)} %); target ≥ ${TARGETS[dialect]} alerts/s, and p99 < ${TARGET_P99_MS} ms at that rate: ${met ? 'MET' : 'MISSED'}`,
    );
    rows.push({ dialect, r, ratio, cpuRatio, met });
  }

  const header =
    '| server | alerts/s (wrk, all it can) | requests/s | p50 / p99 ms under wrk | p50 / p99 ms at the target rate (paced) | non-2xx / errors | ratio to baseline | alerts per CPU-second (ratio) | target | met |';
  const lines = [
    ...(base
      ? [
          `| bare Fastify (baseline) | ${fmt(base.alertsPerSecond)} | ${fmt(base.rps)} | ${fmt(base.p50, 1)} / ${fmt(base.p99, 1)} | ${fmt(base.paced.p50, 1)} / ${fmt(base.paced.p99, 1)} (${TARGETS.sqlite} alerts/s) | ${base.non2xx + base.paced.non2xx} / ${base.errors + base.paced.errors} | 100 % | ${fmt(base.alertsPerCpuSecond)} | | |`,
        ]
      : []),
    ...rows.map(
      ({ dialect, r, ratio, cpuRatio, met }) =>
        `| Stormbell, ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${fmt(r.alertsPerSecond)} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} / ${fmt(r.p99, 1)} | ${fmt(r.paced.p50, 1)} / ${fmt(r.paced.p99, 1)} (${TARGETS[dialect]} alerts/s) | ${r.non2xx + r.paced.non2xx} / ${r.errors + r.paced.errors} | ${fmt(ratio * 100, 1)} % | ${fmt(r.alertsPerCpuSecond)} (${fmt(cpuRatio * 100, 1)} %) | ≥ ${TARGETS[dialect]} alerts/s, p99 < ${TARGET_P99_MS} ms | ${met ? 'met' : 'missed'} |`,
    ),
  ];
  const table = [header, '|---|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
  console.log(`\n${table}\n`);
  appendRun({
    title: 'Alert intake (`bench/intake.mjs`)',
    intro: INTRO,
    machineInfo: m,
    body: `wrk -t1 -c${CONNECTIONS} -d${DURATION}, ${ALERTS} alerts per notification.\n\n${table}`,
  });
  await cleanup();
  if (flag('--keep')) console.log(`Kept ${tmp}.`);
}

const INTRO = `
Alertmanager notifications (webhook version 4) posted by wrk (\`bench/intake.lua\`, one thread, 50 connections) to
\`POST /api/v1/intake/alerts/alertmanager\` of a built Stormbell (\`stormbell serve\`, log level \`info\`) with an
intake token, on SQLite and on a fresh PostgreSQL database (dropped afterwards). Each notification is one alert group
of 10 alerts, as Alertmanager sends them: 20 % of the notifications are a group never seen before (10 new
fingerprints: 10 new reports, their timeline events and one mail to the incident commander queued), 80 % one of 500
known groups sent again (deduplicated onto the existing reports; about one alert in ten resolved). Every alert is one
report lookup and one insert or update plus a timeline event, in one transaction per notification. "alerts/s" is
requests/s × 10. Baseline: a bare Fastify process (\`bench/lib/bare-intake.mjs\`) with the same route that parses the
same JSON and answers with a body of the same shape, storing nothing. Targets: at least 5,000 alerts/s on SQLite and
2,000 on PostgreSQL, p99 under 50 ms at 50 connections.

Two runs per server. wrk keeps all 50 connections busy (closed loop) and gives the most the server can take; its
latencies are then the length of the queue (the mean is 50 / requests per second by construction, so a p99 under
50 ms under wrk would need more than 1,000 notifications a second). The latency target is therefore measured at the
target's rate: \`bench/lib/paced-load.mjs\` sends the same notifications at 500 a second (5,000 alerts/s; 200 a
second on PostgreSQL) over up to 50 keep-alive connections for 1 + 6 seconds, each timed from the moment it was due
(open loop, so a stall is not hidden), as Alertmanager sends on its own schedule; the first second opens the
connections and lets the server settle into the rate after the warm-up's storm, and is not counted. A target is met
when wrk's alerts/s reach it and the paced run's p99 is under 50 ms, with no error in either.
`;

main().catch(async (err) => {
  console.error(`\nintake benchmark: ${err?.stack ?? err}`);
  await cleanup();
  process.exit(1);
});
