#!/usr/bin/env node
// Benchmark of alert intake: Prometheus Alertmanager notifications through POST /api/v1/intake/alerts/alertmanager
// (token check, validation, deduplication by fingerprint, a report and its timeline event per alert, the commander's
// mail for new alerts queued) on SQLite and on a fresh PostgreSQL database, against a bare Fastify process that
// parses the same JSON and stores nothing, in the same run. wrk with bench/intake.lua varies the bodies.
//
//   node bench/intake.mjs [--duration 8s] [--connections 50] [--alerts 10] [--no-write] [--keep] [--cpu-prof]
//                         [--only sqlite|postgres|baseline] [--build] [--dist DIR]
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

const DURATION = option('--duration', '6s');
const WARMUP = '2s';
const CONNECTIONS = Number(option('--connections', '50'));
const ALERTS = Number(option('--alerts', '10'));
const GROUPS = 500;
const NEW_SHARE = 0.2;
const ONLY = option('--only', null);
const TARGETS = { sqlite: 5000, postgres: 2000 };
const TARGET_P99_MS = 50;
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
/** A warm-up, then the measured run; alerts/s = requests/s × alerts per request. */
function load(url, token, pids) {
  const args = (tag) => [token, run, tag, String(ALERTS), String(GROUPS), String(NEW_SHARE)];
  wrk(url, { duration: WARMUP, connections: CONNECTIONS, script: SCRIPT, args: args('w') });
  const r = wrk(url, { duration: DURATION, connections: CONNECTIONS, script: SCRIPT, args: args('m'), pids });
  if (r.non2xx > 0 || r.errors > 0)
    console.warn(`  ${r.non2xx} non-2xx answers, ${r.errors} socket errors (of ${r.requests})`);
  // Alerts per CPU-second of the server's process: what one free core would do, steadier than alerts/s when other
  // work on the machine takes CPU from the server.
  return { ...r, alertsPerSecond: r.rps * ALERTS, alertsPerCpuSecond: (ALERTS * 1e6) / r.cpuUsPerRequest };
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
    return load(base + PATH, 'none', [child.pid]);
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
  const result = load(server.base + PATH, token, [server.child.pid]);
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
    const met =
      r.alertsPerSecond >= TARGETS[dialect] && r.p99 < TARGET_P99_MS && r.non2xx === 0 && r.errors === 0;
    console.log(
      `Stormbell on ${dialect}: ${fmt(r.alertsPerSecond)} alerts/s (${fmt(r.rps)} requests/s), p50 ${fmt(r.p50, 1)} ms, ` +
        `p99 ${fmt(r.p99, 1)} ms, ${fmt(r.cpuUsPerRequest)} µs CPU per request; baseline ${base ? fmt(base.alertsPerSecond) : 'not run'} alerts/s; ` +
        `ratio ${fmt(ratio * 100, 1)} % (per CPU-second: ${fmt(r.alertsPerCpuSecond)} against ${base ? fmt(base.alertsPerCpuSecond) : 'n/a'}, ${fmt(cpuRatio * 100, 1)} %); target ≥ ${TARGETS[dialect]} alerts/s and p99 < ${TARGET_P99_MS} ms: ${met ? 'MET' : 'MISSED'}`,
    );
    rows.push({ dialect, r, ratio, cpuRatio, met });
  }

  const header =
    '| server | alerts/s | requests/s | p50 / p99 ms | non-2xx / socket errors | ratio to baseline | alerts per CPU-second (ratio) | target | met |';
  const lines = [
    ...(base
      ? [
          `| bare Fastify (baseline) | ${fmt(base.alertsPerSecond)} | ${fmt(base.rps)} | ${fmt(base.p50, 1)} / ${fmt(base.p99, 1)} | ${base.non2xx} / ${base.errors} | 100 % | ${fmt(base.alertsPerCpuSecond)} | | |`,
        ]
      : []),
    ...rows.map(
      ({ dialect, r, ratio, cpuRatio, met }) =>
        `| Stormbell, ${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} | ${fmt(r.alertsPerSecond)} | ${fmt(r.rps)} | ${fmt(r.p50, 1)} / ${fmt(r.p99, 1)} | ${r.non2xx} / ${r.errors} | ${fmt(ratio * 100, 1)} % | ${fmt(r.alertsPerCpuSecond)} (${fmt(cpuRatio * 100, 1)} %) | ≥ ${TARGETS[dialect]} alerts/s, p99 < ${TARGET_P99_MS} ms | ${met ? 'met' : 'missed'} |`,
    ),
  ];
  const table = [header, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
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
2,000 on PostgreSQL, p99 under 50 ms.
`;

main().catch(async (err) => {
  console.error(`\nintake benchmark: ${err?.stack ?? err}`);
  await cleanup();
  process.exit(1);
});
