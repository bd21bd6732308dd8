// Shared by the intake, notify and page-weight benchmarks: command-line options, the HTTP client, the first admin
// of a fresh Stormbell, wrk with an optional Lua script and its report read back, CPU time of processes, and
// percentiles.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Client } from '../status-page-content.mjs';

const argv = process.argv.slice(2);
export const flag = (name) => argv.includes(name);
export function option(name, fallback) {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
}

// The client of the status-page benchmark's content (the session cookie and CSRF header, like the web app).
export { Client };

export const ADMIN_PASSWORD = 'correct horse battery staple';

/** The first admin of a fresh Stormbell, logged in. */
export async function setUpAdmin(base, email = 'admin@example.org') {
  const admin = new Client(base);
  await admin.must('POST', '/api/v1/setup', {
    organisation_name: 'Benchmark Organisation',
    language: 'en',
    name: 'Alex Admin',
    email,
    password: ADMIN_PASSWORD,
  });
  return admin;
}

const CLK_TCK = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** CPU seconds (user + system) these processes used so far (Linux /proc; 0 elsewhere). */
export function cpuSeconds(pids) {
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

/**
 * Runs wrk (one thread) and reads requests/s, latency percentiles (ms), errors and non-2xx answers from its report,
 * and the CPU time the given processes spent per request. `script` is a Lua file (wrk -s); `args` go after `--`.
 */
export function wrk(url, { duration = '10s', connections = 50, script, args = [], pids = [] } = {}) {
  const cpuBefore = cpuSeconds(pids);
  const res = spawnSync(
    'wrk',
    [
      '-t1',
      `-c${connections}`,
      `-d${duration}`,
      '--timeout',
      '10s',
      '--latency',
      ...(script ? ['-s', script] : []),
      url,
      ...(args.length ? ['--', ...args] : []),
    ],
    { encoding: 'utf8' },
  );
  if (res.status !== 0) throw new Error(`wrk failed on ${url}:\n${res.stderr || res.stdout}`);
  const out = res.stdout;
  const ms = (v, unit) => Number(v) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);
  const pct = (p) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(out);
    return m ? ms(m[1], m[2]) : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? NaN);
  // With no answer at all wrk still prints a latency table of zeros: no figure is the truth then.
  const none = !(requests > 0);
  return {
    requests,
    rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? NaN),
    cpuUsPerRequest: pids.length > 0 ? ((cpuSeconds(pids) - cpuBefore) * 1e6) / requests : NaN,
    p50: none ? NaN : pct(50),
    p90: none ? NaN : pct(90),
    p99: none ? NaN : pct(99),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
    errors: errors ? errors.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    raw: out,
  };
}

/** The p-th percentile (0-100) of a list of numbers (nearest rank). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
