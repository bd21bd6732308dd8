// `stormbell exercise list|run|validate`: table-top exercises. `list` and `run` talk to a running Stormbell over
// its API with an API token (STORMBELL_URL and STORMBELL_TOKEN, or --url and --token); `validate` checks a script
// file on this machine, optionally against a plan file.
import { existsSync } from 'node:fs';
import type {
  Exercise,
  ExerciseExpectation,
  ExerciseInject,
  ExerciseSummary,
  ScriptSummary,
} from '../../core/api/exercises.js';
import type { Language } from '../../core/api/common.js';
import { formatOffset } from '../../core/exercise/check-script.js';
import { validateExerciseScriptYaml } from '../../core/exercise/validate.js';
import { validatePlanYaml } from '../../core/plan/index.js';
import { CliError } from '../errors.js';
import { readFile } from '../read-file.js';
import { call, type RemoteOptions } from '../remote.js';

/** '+00:15' for exercise milliseconds. */
const clock = (ms: number) => formatOffset(Math.floor(ms / 60_000));
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function scoreLine(s: Exercise['score']): string {
  const parts = [`${s.met} met`, `${s.late} late`, `${s.missed} missed`];
  if (s.pending) parts.push(`${s.pending} pending`);
  return `${s.percent ?? '-'}% (${parts.join(', ')} of ${s.total})`;
}

/** The built-in scripts the server offers, and the exercises held so far with their scores. */
export async function exerciseList(o: RemoteOptions): Promise<void> {
  const scripts = await call<{ items: ScriptSummary[] }>(o, 'GET', '/api/v1/exercise-scripts');
  const past = await call<{ items: ExerciseSummary[] }>(o, 'GET', '/api/v1/exercises');
  if (o.json)
    return void console.log(JSON.stringify({ scripts: scripts.items, exercises: past.items }, null, 2));
  console.log('Scripts (stormbell exercise run ID):');
  if (scripts.items.length === 0) console.log('  none');
  for (const s of scripts.items)
    console.log(
      `  ${s.id.padEnd(26)} ${s.language}  ${s.title} (scenario ${s.scenario_id}, ${s.duration_minutes} min, ${plural(s.injects, 'inject')}, ${plural(s.expectations, 'expectation')})`,
    );
  console.log('Exercises:');
  if (past.items.length === 0) console.log('  none yet');
  for (const e of past.items)
    console.log(
      `  ${when(e.started_at)}  ${e.status.padEnd(7)}  ${e.title}${e.incident ? ` (${e.incident.reference})` : ''}  score ${scoreLine(e.score)}`,
    );
}

/** Lines of at most `width` characters, broken between words. */
function wrap(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** When an outcome became known: when it was done, or when the deadline passed (or the exercise ended). */
const decidedAt = (x: ExerciseExpectation, now: number) => x.met_ms ?? Math.min(x.deadline_ms, now);

function printInject(i: ExerciseInject): void {
  const from = i.from ? ` - from ${i.from}` : '';
  const flags = [i.early ? 'early' : '', i.ad_hoc ? 'ad hoc' : ''].filter(Boolean).join(', ');
  console.log(`[${clock(i.fired_ms ?? i.due_ms)}] INJECT ${i.title}${from}${flags ? ` (${flags})` : ''}`);
  console.log(`         to ${i.to.join(', ') || 'everyone'} by ${i.how.join(' and ')}`);
  for (const line of i.body.trimEnd().split('\n')) console.log(`         ${line}`);
  if (i.facilitator_notes)
    for (const line of wrap(`Facilitator: ${i.facilitator_notes}`)) console.log(`         ${line}`);
  for (const q of i.questions) console.log(`         Ask: ${q}`);
}

function printOutcome(x: ExerciseExpectation, now: number): void {
  const at = decidedAt(x, now);
  const margin =
    x.margin_minutes === null
      ? ''
      : x.outcome === 'late'
        ? `, ${x.margin_minutes} min late`
        : `, ${x.margin_minutes} min to spare`;
  console.log(
    `[${clock(at)}] ${x.outcome.toUpperCase()} ${x.description} (deadline ${clock(x.deadline_ms)}${margin})`,
  );
}

export interface RunOptions extends RemoteOptions {
  speed?: string;
  severity?: string;
  /** Leave the exercise running when its planned time is over, instead of ending it. */
  end?: boolean;
  /** How often to ask the server, in milliseconds (tests ask more often). */
  pollMs?: number;
}

function parseSpeed(value: string | undefined): number {
  if (value === undefined) return 1;
  const speed = Number(value);
  if (!Number.isInteger(speed) || speed < 1 || speed > 60)
    throw new CliError(`--speed must be a whole number from 1 to 60, not "${value}".`);
  return speed;
}

/**
 * Starts an exercise from a built-in script (its id) or a script file, follows it, prints each inject as it fires
 * and each expectation as it is scored, and ends it when its planned time is over (unless --no-end).
 */
export async function exerciseRun(script: string, o: RunOptions): Promise<number> {
  const speed = parseSpeed(o.speed);
  const isFile = /\.ya?ml$/i.test(script) || existsSync(script);
  if (!isFile) {
    const { items } = await call<{ items: ScriptSummary[] }>(o, 'GET', '/api/v1/exercise-scripts');
    if (!items.some((s) => s.id === script))
      throw new CliError(
        `"${script}" is neither a script file nor a built-in script; the built-in scripts are: ${items.map((s) => s.id).join(', ')}.`,
      );
  }
  const source = isFile ? { yaml: readFile(script) } : { script_id: script };
  let ex = await call<Exercise>(o, 'POST', '/api/v1/exercises', {
    ...source,
    speed,
    ...(o.severity ? { severity_id: o.severity } : {}),
  });
  if (!o.json) {
    console.log(
      `Exercise "${ex.title}" started at x${ex.speed} (${ex.duration_minutes} exercise minutes, id ${ex.id}).`,
    );
    console.log(
      ex.incident
        ? `The exercise incident is ${ex.incident.reference}.`
        : 'The team declares the exercise incident in Stormbell.',
    );
    console.log('Press Ctrl-C to stop following; the exercise goes on in Stormbell.');
  }
  const printed = new Set<string>();
  const outcomes = new Map<string, string>();
  let stopped = false;
  const onInterrupt = () => {
    stopped = true;
  };
  process.once('SIGINT', onInterrupt);
  const pollMs = o.pollMs ?? 1000;
  try {
    for (;;) {
      const fired = ex.injects
        .filter((i) => i.fired && !printed.has(i.id))
        .sort((a, b) => (a.fired_ms ?? 0) - (b.fired_ms ?? 0));
      for (const i of fired) {
        printed.add(i.id);
        if (o.json) console.log(JSON.stringify({ type: 'inject', ...i }));
        else printInject(i);
      }
      const scored = ex.expectations
        .filter((x) => x.outcome !== 'pending' && outcomes.get(x.id) !== x.outcome)
        .sort((a, b) => decidedAt(a, ex.exercise_ms) - decidedAt(b, ex.exercise_ms));
      for (const x of scored) {
        outcomes.set(x.id, x.outcome);
        if (o.json) console.log(JSON.stringify({ type: 'expectation', ...x }));
        else printOutcome(x, ex.exercise_ms);
      }
      if (ex.status === 'ended') break;
      const over = ex.exercise_ms >= ex.duration_minutes * 60_000 && ex.injects.every((i) => i.fired);
      if (over && o.end === false) {
        if (!o.json)
          console.log(`The planned ${ex.duration_minutes} minutes are over; the exercise stays open.`);
        return 0;
      }
      if (over) {
        ex = await call<Exercise>(o, 'POST', `/api/v1/exercises/${encodeURIComponent(ex.id)}/end`);
        continue;
      }
      if (stopped) {
        if (!o.json) console.log(`Stopped following exercise ${ex.id}; it goes on in Stormbell.`);
        return 130;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
      ex = await call<Exercise>(o, 'GET', `/api/v1/exercises/${encodeURIComponent(ex.id)}`);
    }
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
  if (o.json) console.log(JSON.stringify({ type: 'ended', score: ex.score }));
  else console.log(`Exercise ended. Score: ${scoreLine(ex.score)}.`);
  return 0;
}

/** Exit 0 when the file is a valid script (for the plan, when given); else every problem as file:line:column. */
export async function exerciseValidate(
  file: string,
  options: { language?: string; plan?: string },
): Promise<number> {
  const language: Language = options.language === 'nl' ? 'nl' : 'en';
  let plan;
  if (options.plan) {
    const checked = validatePlanYaml(readFile(options.plan), language);
    if (!checked.ok)
      throw new CliError(
        `${options.plan} is not a valid plan; check it first with \`stormbell plan validate ${options.plan}\`.`,
      );
    plan = checked.plan;
  }
  const result = validateExerciseScriptYaml(readFile(file), language, plan);
  if (result.ok) {
    const s = result.script;
    console.log(
      `${file}: valid script "${s.title}" (scenario ${s.scenario}, ${s.duration_minutes} min, ${plural(s.injects.length, 'inject')}, ${plural(s.expectations.length, 'expectation')})${plan ? ' for this plan' : ''}.`,
    );
    return 0;
  }
  for (const e of result.errors) console.error(`${file}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}`);
  console.error(
    `${plural(result.errors.length, 'problem')}; the script is not valid${plan ? ' for this plan' : ''}.`,
  );
  return 1;
}
