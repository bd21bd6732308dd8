#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after another, each with its baseline in the same run. Extra
// arguments (say --no-write) are passed on. Prints how long each took; the whole run must stay under ten minutes.
// STORMBELL_BENCH_ONLY=intake,notify runs only the benchmarks whose file names start with one of these.
//
// When dist/ is older than the sources, the server is compiled once here, into a temporary folder, and that build is
// handed to every benchmark (--dist DIR, and STORMBELL_BENCH_DIST for those that read it), instead of each one
// compiling it again (tsc takes 1-5 minutes on a busy 2-core machine).
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/results.mjs';
import { compiledServer } from './lib/server.mjs';

const benchmarks = [
  'status-page.mjs',
  'intake.mjs',
  'notify.mjs',
  'fan-out.mjs',
  'history.mjs',
  'page-weight.mjs',
];
// Per benchmark: extra arguments that keep the whole run under ten minutes (the status page's default is 10 s of
// wrk per URL and server; 5 s still gives tens of thousands of requests per figure).
const extra = { 'status-page.mjs': ['--duration', '5s'] };
// The benchmarks that take --dist DIR.
const takesDist = new Set(['status-page.mjs', 'intake.mjs', 'notify.mjs', 'page-weight.mjs']);
const only = process.env.STORMBELL_BENCH_ONLY?.split(',');
const selected = benchmarks.filter(
  (name) => existsSync(join(root, 'bench', name)) && (!only || only.some((o) => name.startsWith(o))),
);

const started = Date.now();
const tmp = mkdtempSync(join(os.tmpdir(), 'stormbell-bench-build-'));
const args = process.argv.slice(2);
const dist = args.includes('--dist')
  ? args[args.indexOf('--dist') + 1]
  : (process.env.STORMBELL_BENCH_DIST ?? compiledServer(tmp));
const summary = [];
let failed = false;
for (const name of selected) {
  console.log(`\n===== ${name} =====`);
  const t0 = Date.now();
  const r = spawnSync(
    process.execPath,
    [
      join(root, 'bench', name),
      ...(extra[name] ?? []),
      ...(takesDist.has(name) && !args.includes('--dist') ? ['--dist', dist] : []),
      ...args,
    ],
    { stdio: 'inherit', cwd: root, env: { ...process.env, STORMBELL_BENCH_DIST: dist } },
  );
  const seconds = (Date.now() - t0) / 1000;
  summary.push(`${name}: ${r.status === 0 ? 'done' : 'FAILED'} in ${seconds.toFixed(0)} s`);
  if (r.status !== 0) failed = true;
}
rmSync(tmp, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}\nAll benchmarks: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(failed ? 1 : 0);
