// Shared by every benchmark: the machine it ran on, the commit, and appending a run's results to its own section
// of docs/benchmarks.md (the section is created with its introduction the first time).
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const file = join(root, 'docs', 'benchmarks.md');

export function machine() {
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg()[0],
  };
}

export function commit() {
  return (
    spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout?.trim() ||
    'unknown'
  );
}

/** "2 cores (model), 24 GiB memory, load average 1.20 before the run; Node.js v20…" */
export function machineLine(m = machine()) {
  return `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, load average ${m.load.toFixed(2)} before the run; Node.js ${m.node}.`;
}

/**
 * Appends one run to the section `## {title}` of docs/benchmarks.md: a `### date (commit)` heading, the machine
 * line and `body` (Markdown: a table of figure, baseline, ratio, target). `intro` is written once, when the section
 * is new. Skipped when the process was started with --no-write.
 */
export function appendRun({ title, intro, body, machineInfo }) {
  if (process.argv.includes('--no-write')) return;
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const entry = `\n### ${date} (commit ${commit()})\n\n${machineLine(machineInfo)}\n\n${body.trim()}\n`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const heading = `## ${title}`;
  const at = text.indexOf(`\n${heading}\n`);
  if (at < 0) {
    text = `${text.trimEnd()}\n\n${heading}\n\n${intro.trim()}\n${entry}`;
  } else {
    const next = text.indexOf('\n## ', at + heading.length + 1);
    const end = next < 0 ? text.length : next;
    text = `${text.slice(0, end).trimEnd()}\n${entry}${text.slice(end)}`;
  }
  writeFileSync(file, text);
  const prettier = join(root, 'node_modules', '.bin', 'prettier');
  if (existsSync(prettier)) spawnSync(prettier, ['--write', file], { cwd: root, stdio: 'ignore' });
  console.log(`Appended to ${file} (## ${title}).`);
}
