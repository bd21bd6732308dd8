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
import { createServer } from 'node:net';
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
  statSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
  openSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContent } from './status-page-content.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
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

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The newest modification time under a path (files and folders). */
function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/**
 * The compiled server: dist/ when it is newer than every source file, else the server alone compiled with tsc into
 * a temporary copy of the repository's layout (plans/, web/ and node_modules/ linked), so a benchmark never waits
 * for or disturbs the web build.
 */
function compiledServer() {
  if (option('--dist', null)) return option('--dist', null);
  const stamp = join(root, 'dist', '.build-stamp');
  const fresh = existsSync(stamp) && newest(join(root, 'src')) <= statSync(stamp).mtimeMs;
  if (fresh && !flag('--build')) return join(root, 'dist');
  const base = join(tmp, 'build');
  mkdirSync(base);
  for (const name of ['plans', 'web', 'node_modules', 'package.json'])
    symlinkSync(join(root, name), join(base, name));
  console.log('Compiling the server (dist/ is older than the sources)...');
  const tsc = spawnSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(base, 'dist')],
    { cwd: root, stdio: 'inherit' },
  );
  if (!existsSync(join(base, 'dist', 'cli', 'main.js')))
    fail('the server does not compile (see the errors above).');
  // tsc still writes JavaScript when a type is wrong somewhere: measure it, but say so.
  if (tsc.status !== 0)
    console.warn('The server has type errors (above); measuring the JavaScript tsc wrote anyway.');
  return join(base, 'dist');
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

async function waitFor(what, test, ms = 15_000) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) fail(`timed out waiting for ${what}.`);
    await sleep(100);
  }
}

async function startStormbell(dist, port) {
  const base = `http://127.0.0.1:${port}`;
  const log = openSync(join(tmp, 'stormbell.log'), 'a');
  const child = spawn(
    process.execPath,
    [
      ...(flag('--cpu-prof') ? ['--cpu-prof', '--cpu-prof-dir', join(tmp, 'profile')] : []),
      join(dist, 'cli', 'main.js'),
      'serve',
    ],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        STORMBELL_DATABASE_URL: `sqlite:${join(tmp, 'stormbell.db')}`,
        STORMBELL_HOST: '127.0.0.1',
        PORT: String(port),
        STORMBELL_PUBLIC_URL: base,
        STORMBELL_LOG_LEVEL: process.env.STORMBELL_LOG_LEVEL ?? 'info',
      },
      stdio: ['ignore', log, log],
    },
  );
  children.push(child);
  child.on('exit', (code) => {
    if (code !== null && code !== 0)
      console.error(`Stormbell stopped with code ${code}; its log: ${join(tmp, 'stormbell.log')}`);
  });
  await waitFor('Stormbell to answer /healthz', async () => (await fetch(`${base}/healthz`)).ok, 30_000);
  return { base, child };
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

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU seconds (user + system) these processes used so far (Linux /proc; 0 elsewhere). */
function cpuSeconds(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime and stime, fields 14 and 15 of proc(5)
    } catch {
      /* gone, or no /proc */
    }
  }
  return ticks / CLK_TCK;
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

/**
 * Runs wrk and reads requests/s, latency percentiles (ms), errors and non-2xx answers from its report, and the CPU
 * time the server's processes spent per request (which other load on the machine changes much less than req/s).
 */
function wrk(url, duration = DURATION, pids = []) {
  const cpuBefore = cpuSeconds(pids);
  const res = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${duration}`, '--latency', url], {
    encoding: 'utf8',
  });
  if (res.status !== 0) fail(`wrk failed on ${url}:\n${res.stderr || res.stdout}`);
  const out = res.stdout;
  const ms = (v, unit) => Number(v) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);
  const pct = (p) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
    return m ? ms(m[1], m[2]) : NaN;
  };
  const avg = /^\s*Latency\s+([\d.]+)(us|ms|s|m)/m.exec(out);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  return {
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    cpuUsPerRequest: pids.length > 0 ? ((cpuSeconds(pids) - cpuBefore) * 1e6) / requests : NaN,
    avg: avg ? ms(avg[1], avg[2]) : NaN,
    p50: pct(50),
    p90: pct(90),
    p99: pct(99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    raw: out,
  };
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
  const dist = compiledServer();

  const [sbPort, ngPort] = [await freePort(), await freePort()];
  console.log('Starting Stormbell and creating the content...');
  const sb = await startStormbell(dist, sbPort);
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
  const ng = await startNginx(nginx, ngPort, www);
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

  const machine = {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    nginx: version(nginx, ['-v']).replace(/^nginx version:\s*/, ''),
    wrk: version('wrk', ['-v']).split(' [')[0],
  };
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: root,
    encoding: 'utf8',
  }).stdout.trim();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');

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

  if (!flag('--no-write')) {
    const file = join(root, 'docs', 'benchmarks.md');
    if (!existsSync(file)) {
      writeFileSync(
        file,
        `# Benchmarks

Results of \`npm run bench\`, newest last. Each run compares Stormbell with a baseline on the same machine in the same
run, so the ratio means more than the absolute numbers (which depend on the machine and on what else ran).

## Status page under a spike (\`bench/status-page.mjs\`)

Stormbell (a built server on SQLite, log level \`info\`) serves \`/status\` and \`/api/v2/summary.json\` from its in-memory
cache; nginx (two workers, access log off) serves the same bytes as static files. Content: 12 components in 3 groups,
2 scheduled maintenances, 3 open incidents with 4 published status-page updates each. Load: wrk with one thread and
100 connections for 10 seconds per URL, after a short warm-up, without compression (wrk sends no Accept-Encoding).
Target: at least 80 % of nginx's requests per second, with p99 under 10 ms. "CPU µs/request" is the CPU time (user and
system) the server's processes spent per answered request; other load on the machine changes it less than req/s.
`,
      );
    }
    appendFileSync(
      file,
      `\n### ${date} (commit ${commit || 'unknown'})\n\nMachine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB memory, load average ${loadBefore.toFixed(2)} before the run; Node.js ${machine.node}, ${machine.nginx}, ${machine.wrk}; wrk -t1 -c${CONNECTIONS} -d${DURATION}.\n\n${table}\n`,
    );
    // Keep the file as `prettier --check .` wants it (the tables get aligned).
    const prettier = join(root, 'node_modules', '.bin', 'prettier');
    if (existsSync(prettier)) spawnSync(prettier, ['--write', file], { cwd: root, stdio: 'ignore' });
    console.log(`Appended to ${file}.`);
  }
  if (flag('--keep')) console.log(`Kept ${tmp} (logs, configuration, database).`);
  cleanup();
}

main().catch((err) => fail(err?.stack ?? String(err)));
