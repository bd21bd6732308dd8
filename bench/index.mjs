#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/, one after another, each with its baseline in the same run. Extra
// arguments (say --no-write) are passed on. Prints how long each took; the whole run must stay under ten minutes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib/results.mjs';

const benchmarks = [
  'status-page.mjs',
  'intake.mjs',
  'notify.mjs',
  'fan-out.mjs',
  'history.mjs',
  'page-weight.mjs',
];
const only = process.env.STORMBELL_BENCH_ONLY?.split(',');
const started = Date.now();
const summary = [];
let failed = false;
for (const name of benchmarks) {
  if (only && !only.some((o) => name.startsWith(o))) continue;
  const path = join(root, 'bench', name);
  if (!existsSync(path)) continue;
  console.log(`\n===== ${name} =====`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [path, ...process.argv.slice(2)], { stdio: 'inherit', cwd: root });
  const seconds = (Date.now() - t0) / 1000;
  summary.push(`${name}: ${r.status === 0 ? 'done' : 'FAILED'} in ${seconds.toFixed(0)} s`);
  if (r.status !== 0) failed = true;
}
console.log(`\n${summary.join('\n')}\nAll benchmarks: ${((Date.now() - started) / 1000).toFixed(0)} s.`);
process.exit(failed ? 1 : 0);
