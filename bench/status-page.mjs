#!/usr/bin/env node
// Benchmark of the public status page under a spike: Stormbell serving /status and /api/v2/summary.json from its
// in-memory cache, against nginx serving the very same bytes as static files, in the same run, with wrk (Debian's
// packages). Prints requests per second, latency and the ratio Stormbell/nginx per URL, and appends the results to
// docs/benchmarks.md.
//
//   node bench/status-page.mjs [--duration 10s] [--connections 100] [--no-write] [--keep] [--cpu-prof]
//                              [--build] [--dist DIR] [--nginx-only]
//
// --keep leaves the temporary folder (logs, database, nginx configuration, and with --cpu-prof a CPU profile of the
// server); --build compiles the server even when dist/ is fresh; --dist DIR runs the compiled server in DIR (to try a
// change to the compiled code); --nginx-only checks the baseline half alone.
// STORMBELL_LOG_LEVEL is passed on to the server (default info, as in production).
//
// Stormbell runs as a built server (`stormbell serve` from dist/, or compiled into a temporary folder when dist/ is
// older than the sources) on SQLite in a temporary folder, with realistic content made through its HTTP API: 12
// components in 3 groups, 2 scheduled maintenances and 3 open incidents with 4 status-page updates each, every one
// walked through the real message flow (draft, submit, publish). nginx runs with two workers on a free port, from
// a temporary configuration; both are started and stopped here.
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { createContent } from './status-page-content.mjs';
import { flag, option, wrk as runWrk } from './lib/load.mjs';
import { appendRun, machine } from './lib/results.mjs';
import { compiledServer, freePort, startServer, waitFor as waitUntil } from './lib/server.mjs';

const DURATION = option('--duration', '10s');
const CONNECTIONS = option('--connections', '100');
const WARMUP = '3s';
// The target: at least 80 % of nginx's requests per second, with p99 under 10 ms.
const TARGET_RATIO = 0.8;
const TARGET_P99_MS = 10;

const children = [];
let tmp = null;

function fail(message) {
  console.error(`\nstatus-page benchmark: ${message}`);
  cleanup();
  process.exit(1);
}

function cleanup() {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  if (tmp && !flag('--keep')) rmSync(tmp, { recursive: true, force: true });
}
process.on('SIGINT', () => fail('interrupted'));

function which(command) {
  const dirs = (process.env.PATH ?? '').split(':').filter(Boolean);
  return dirs.map((d) => join(d, command)).find((p) => existsSync(p)) ?? null;
}

function findNginx() {
  return which('nginx') ?? ['/usr/sbin/nginx', '/sbin/nginx'].find((p) => existsSync(p)) ?? null;
}

/** The raw bytes of a GET, without Accept-Encoding (as wrk asks). */
function rawGet(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });
}

const waitFor = (what, test, ms) => waitUntil(what, test, ms).catch((err) => fail(err.message));

/** A built Stormbell on SQLite in the temporary folder, at log level info (as in production) unless told. */
async function startStormbell(dist) {
  const server = await startServer({
    dist,
    tmp,
    databaseUrl: `sqlite:${join(tmp, 'stormbell.db')}`,
    env: { STORMBELL_LOG_LEVEL: process.env.STORMBELL_LOG_LEVEL ?? 'info' },
    nodeArgs: flag('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', join(tmp, 'profile')] : [],
  }).catch((err) => fail(err.message));
  children.push(server.child);
  return server;
}

async function startNginx(nginx, port, www) {
  const conf = join(tmp, 'nginx.conf');
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(tmp, 'nginx', d), { recursive: true });
  writeFileSync(
    conf,
    `worker_processes 2;
pid ${join(tmp, 'nginx.pid')};
error_log ${join(tmp, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${join(tmp, 'nginx', 'client_body')};
  proxy_temp_path ${join(tmp, 'nginx', 'proxy')};
  fastcgi_temp_path ${join(tmp, 'nginx', 'fastcgi')};
  uwsgi_temp_path ${join(tmp, 'nginx', 'uwsgi')};
  scgi_temp_path ${join(tmp, 'nginx', 'scgi')};
  server {
    listen 127.0.0.1:${port};
    location = /status { default_type "text/html; charset=utf-8"; alias ${join(www, 'status.html')}; }
    location = /api/v2/summary.json { default_type "application/json; charset=utf-8"; alias ${join(www, 'summary.json')}; }
  }
}
`,
  );
  const test = spawnSync(nginx, ['-t', '-q', '-c', conf, '-p', tmp], { encoding: 'utf8' });
  if (test.status !== 0) fail(`nginx does not accept the benchmark's configuration:\n${test.stderr}`);
  const child = spawn(nginx, ['-c', conf, '-p', tmp, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  const base = `http://127.0.0.1:${port}`;
  await waitFor('nginx to answer', async () => (await rawGet(`${base}/status`)).status === 200);
  return { base, child };
}

/** A process and its children (nginx's master and its workers). */
function withChildren(pid) {
  const pids = [pid];
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) pids.push(Number(entry));
      } catch {
        /* gone */
      }
    }
  } catch {
    /* no /proc */
  }
  return pids;
}

/** wrk against one URL, with the CPU time the server's processes spent per request. */
function wrk(url, duration = DURATION, pids = []) {
  try {
    return runWrk(url, { duration, connections: Number(CONNECTIONS), pids });
  } catch (err) {
    return fail(err.message);
  }
}

function version(cmd, argv) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8' });
  return (
    `${r.stdout}${r.stderr}`
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? 'unknown'
  );
}

/** Checks the baseline half alone (nginx, wrk and the parsing of wrk's report) on small stand-in files. */
async function nginxOnly(nginx) {
  const www = join(tmp, 'www');
  mkdirSync(www);
  writeFileSync(
    join(www, 'status.html'),
    '<!doctype html><title>status</title><p>All systems operational</p>\n'.repeat(200),
  );
  writeFileSync(join(www, 'summary.json'), JSON.stringify({ status: { indicator: 'none' } }));
  const ng = await startNginx(nginx, await freePort(), www);
  for (const path of ['/status', '/api/v2/summary.json']) {
    const r = wrk(ng.base + path);
    console.log(
      `nginx ${path}: ${fmt(r.rps)} req/s, p50 ${fmt(r.p50, 2)} ms, p99 ${fmt(r.p99, 2)} ms, ${r.non2xx} non-2xx, ${r.errors} socket errors`,
    );
  }
  cleanup();
}

const fmt = (n, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

async function main() {
  const missing = [
    ['wrk', which('wrk')],
    ['nginx', findNginx()],
  ]
    .filter(([, p]) => !p)
    .map(([n]) => n);
  if (missing.length > 0) {
    console.error(
      `status-page benchmark: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed. ` +
        `Install Debian's packages first:\n\n  apt-get install -y wrk nginx\n`,
    );
    process.exit(1);
  }
  const nginx = findNginx();
  // Other work on the machine lowers both servers' numbers, but not equally: the load is written down with the results.
  const loadBefore = os.loadavg()[0];
  tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-bench-'));
  // nginx's workers run as an unprivileged user (www-data) when started by root: they must be able to read the files.
  chmodSync(tmp, 0o755);
  if (flag('--nginx-only')) return nginxOnly(nginx);
  const dist = option('--dist', null) ?? compiledServer(tmp, { build: flag('--build') });

  console.log('Starting Stormbell and creating the content...');
  const sb = await startStormbell(dist);
  await createContent(sb.base).catch((err) => fail(err.message));
  // The cache reloads on the publications' timeline events; wait until the JSON shows all three incidents.
  await waitFor('the status page to show the three incidents', async () => {
    const r = await rawGet(`${sb.base}/api/v2/summary.json`);
    return r.status === 200 && JSON.parse(r.body.toString('utf8')).incidents.length === 3;
  });

  const paths = ['/status', '/api/v2/summary.json'];
  const www = join(tmp, 'www');
  mkdirSync(www);
  const bodies = {};
  for (const path of paths) {
    const r = await rawGet(sb.base + path);
    if (r.status !== 200) fail(`Stormbell answered ${r.status} on ${path}.`);
    if (r.headers['content-encoding']) fail(`Stormbell compressed ${path} although nobody asked for it.`);
    bodies[path] = r.body;
    writeFileSync(join(www, path === '/status' ? 'status.html' : 'summary.json'), r.body);
  }
  const ng = await startNginx(nginx, await freePort(), www);
  for (const path of paths) {
    const [a, b] = [await rawGet(sb.base + path), await rawGet(ng.base + path)];
    if (!a.body.equals(b.body)) fail(`nginx and Stormbell do not serve the same bytes for ${path}.`);
  }

  console.log(
    `wrk -t1 -c${CONNECTIONS} -d${DURATION} against each URL (after a ${WARMUP} warm-up of each server)...`,
  );
  const results = [];
  for (const path of paths) {
    const row = { path, bytes: bodies[path].length };
    for (const [name, base, pids] of [
      ['stormbell', sb.base, [sb.child.pid]],
      ['nginx', ng.base, withChildren(ng.child.pid)],
    ]) {
      wrk(base + path, WARMUP);
      row[name] = wrk(base + path, DURATION, pids);
      if (row[name].non2xx > 0 || row[name].errors > 0)
        console.warn(
          `  ${name} ${path}: ${row[name].non2xx} non-2xx answers, ${row[name].errors} socket errors`,
        );
    }
    row.ratio = row.stormbell.rps / row.nginx.rps;
    results.push(row);
  }

  const versions = {
    nginx: version(nginx, ['-v']).replace(/^nginx version:\s*/, ''),
    wrk: version('wrk', ['-v']).split(' [')[0],
  };
  const header =
    '| URL | bytes | Stormbell req/s | nginx req/s | Stormbell/nginx | Stormbell p50 / p99 ms | nginx p50 / p99 ms | CPU µs/request Stormbell / nginx | target |';
  const lines = results.map((r) => {
    const ok = r.ratio >= TARGET_RATIO && r.stormbell.p99 < TARGET_P99_MS;
    return `| \`${r.path}\` | ${r.bytes} | ${fmt(r.stormbell.rps)} | ${fmt(r.nginx.rps)} | ${fmt(r.ratio * 100, 1)} % | ${fmt(r.stormbell.p50, 2)} / ${fmt(r.stormbell.p99, 2)} | ${fmt(r.nginx.p50, 2)} / ${fmt(r.nginx.p99, 2)} | ${fmt(r.stormbell.cpuUsPerRequest)} / ${fmt(r.nginx.cpuUsPerRequest)} | ${ok ? 'met' : 'missed'} |`;
  });
  const table = [header, '|---|---|---|---|---|---|---|---|---|', ...lines].join('\n');
  console.log(`\n${table}\n`);
  console.log(
    `Target: Stormbell at least ${TARGET_RATIO * 100} % of nginx's requests/s with p99 under ${TARGET_P99_MS} ms.`,
  );

  appendRun({
    title: 'Status page under a spike (`bench/status-page.mjs`)',
    intro: `Stormbell (a built server on SQLite, log level \`info\`) serves \`/status\` and \`/api/v2/summary.json\` from
its in-memory cache; nginx (two workers, access log off) serves the same bytes as static files. Load: wrk with one
thread and 100 connections per URL, after a short warm-up, without compression. Target: at least 80 % of nginx's
requests per second, with p99 under 10 ms. "CPU µs/request" is the CPU time the server's processes spent per answer.`,
    body: `${versions.nginx}, ${versions.wrk}; wrk -t1 -c${CONNECTIONS} -d${DURATION}.\n\n${table}`,
    machineInfo: { ...machine(), load: loadBefore },
  });
  if (flag('--keep')) console.log(`Kept ${tmp} (logs, configuration, database).`);
  cleanup();
}

main().catch((err) => fail(err?.stack ?? String(err)));
