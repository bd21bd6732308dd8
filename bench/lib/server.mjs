// Shared by the status-page, fan-out and history benchmarks: a free port, waiting for something, the compiled
// server (dist/, or compiled into a temporary folder when dist/ is older than the sources), starting `stormbell serve`
// as a child process, a process's resident memory, and PostgreSQL databases of the benchmark's own.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './results.mjs';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const fmt = (n, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitFor(what, test, ms = 15_000, every = 100) {
  const until = Date.now() + ms;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}.`);
    await sleep(every);
  }
}

/** The newest modification time under a path (files and folders). */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let max = s.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/**
 * The compiled server: dist/ when it is newer than every source file (or --build is not given), else the server
 * alone compiled with tsc into `tmp`/build with the repository's layout (plans/, web/ and node_modules/ linked).
 */
export function compiledServer(tmp, { build = false } = {}) {
  const stamp = join(root, 'dist', '.build-stamp');
  const fresh = existsSync(stamp) && newest(join(root, 'src')) <= statSync(stamp).mtimeMs;
  if (fresh && !build) return join(root, 'dist');
  const base = join(tmp, 'build');
  mkdirSync(base, { recursive: true });
  for (const name of ['plans', 'web', 'node_modules', 'package.json'])
    if (!existsSync(join(base, name))) symlinkSync(join(root, name), join(base, name));
  console.log('Compiling the server (dist/ is older than the sources)...');
  const tsc = spawnSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', join(root, 'tsconfig.build.json'), '--outDir', join(base, 'dist')],
    { cwd: root, stdio: 'inherit' },
  );
  if (!existsSync(join(base, 'dist', 'cli', 'main.js')))
    throw new Error('the server does not compile (see the errors above).');
  if (tsc.status !== 0)
    console.warn('The server has type errors (above); measuring the JavaScript tsc wrote anyway.');
  return join(base, 'dist');
}

/** Starts `stormbell serve` from `dist` with these environment variables; resolves once /healthz answers. */
export async function startServer({
  dist,
  tmp,
  databaseUrl,
  env = {},
  log = 'stormbell.log',
  nodeArgs = [],
}) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const out = openSync(join(tmp, log), 'a');
  const child = spawn(process.execPath, [...nodeArgs, join(dist, 'cli', 'main.js'), 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      STORMBELL_DATABASE_URL: databaseUrl,
      STORMBELL_HOST: '127.0.0.1',
      PORT: String(port),
      STORMBELL_PUBLIC_URL: base,
      STORMBELL_LOG_LEVEL: process.env.STORMBELL_LOG_LEVEL ?? 'warn',
      ...env,
    },
    stdio: ['ignore', out, out],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let gone = false;
  void exited.then(() => (gone = true));
  await waitFor(
    'Stormbell to answer /healthz',
    async () => {
      if (gone) throw new Error('gone');
      return (await fetch(`${base}/healthz`)).ok;
    },
    60_000,
  ).catch(() => {
    throw new Error(`Stormbell did not start; its log: ${join(tmp, log)}`);
  });
  return {
    base,
    child,
    stop: async () => {
      if (!gone) child.kill('SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      if (!gone) child.kill('SIGKILL');
    },
  };
}

/** Resident memory of a process in bytes (Linux /proc; NaN elsewhere). */
export function rssBytes(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** Samples a process's resident memory every `ms` until stopped; `stop()` returns the peak in bytes. */
export function sampleRss(pid, ms = 50) {
  let peak = rssBytes(pid);
  const timer = setInterval(() => {
    const now = rssBytes(pid);
    if (now > peak || !Number.isFinite(peak)) peak = now;
  }, ms);
  return {
    peak: () => peak,
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

export const PG_ADMIN_URL =
  process.env.STORMBELL_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Whether PostgreSQL answers at PG_ADMIN_URL. */
export async function pgAvailable() {
  const { default: pg } = await import('pg');
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

/** Creates a database of the benchmark's own; returns its URL and a function that drops it. */
export async function createPgDatabase(prefix) {
  const { default: pg } = await import('pg');
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: async () => {
      const a = new pg.Client({ connectionString: PG_ADMIN_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}
