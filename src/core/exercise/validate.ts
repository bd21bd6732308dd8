// Validates an exercise script, as YAML text or as an object, and reports every problem at once in plain words,
// with YAML line and column; given the plan in force, also whether the script fits it.
import type { PlanLanguage } from '../plan/enums.js';
import { isMap } from '../plan/raw.js';
import type { Plan } from '../plan/schema.js';
import { positionOf } from '../plan/yaml-position.js';
import { inTextOrder, readYaml, uniqueErrors } from '../yaml-check/read.js';
import { exerciseText, type ExerciseMessageKey } from './catalogue.js';
import { planProblems } from './check-plan.js';
import { scriptProblems } from './check-script.js';
import { locate } from './location.js';
import type { ScriptError, ScriptProblem } from './problem.js';
import { ExerciseScriptSchema, type ExerciseScript } from './script.js';
import { structureProblems } from './structure.js';

export type { ScriptError, ScriptPath } from './problem.js';
export type ScriptValidation = { ok: true; script: ExerciseScript } | { ok: false; errors: ScriptError[] };

/** Every problem of a script-to-be: its shape, how its parts refer to each other, and (given) the plan. */
export function exerciseScriptProblems(input: unknown, plan?: Plan): ScriptProblem[] {
  if (input === null || input === undefined || input === '')
    return [{ path: [], key: 'script.empty', bare: true }];
  if (!isMap(input)) return [{ path: [], key: 'script.not_map', bare: true }];
  return [...structureProblems(input), ...scriptProblems(input), ...(plan ? planProblems(input, plan) : [])];
}

/** One problem in words: "inject 'ransom_note': 'after.inject': 'helpdesk' is not an inject in this script". */
export function describeScriptProblem(problem: ScriptProblem, input: unknown, lang: PlanLanguage): string {
  const { where, field, name } = locate(input, problem.path, lang, problem);
  const params: Record<string, string | number> = { field, name, ...problem.params };
  for (const [param, key] of Object.entries(problem.terms ?? {})) params[param] = exerciseText(lang, key);
  const text = exerciseText(lang, problem.key, params);
  if (problem.bare) return text;
  // A problem about a field that the text does not name ("... is not an inject") names it before the text.
  const named = selfNamed.has(problem.key) || /\{(field|name)\}/.test(exerciseText(lang, problem.key));
  const place = field && !named ? `${where}, ${field}` : where;
  return `${place}: ${text}`;
}

/** Texts that name what they are about ("audience 'bored' is not ..."), so the field is not named again. */
const selfNamed = new Set<ExerciseMessageKey>([
  'scenario_unknown',
  'severity_unknown',
  'audience_unknown',
  'audience_not_in_scenario',
  'facilitator_needs_severity',
]);

/** Checks a script given as data (from JSON). `lang` is the language of the messages. */
export function validateExerciseScript(
  input: unknown,
  lang: PlanLanguage = 'en',
  plan?: Plan,
): ScriptValidation {
  const problems = exerciseScriptProblems(input, plan);
  if (problems.length === 0) return { ok: true, script: ExerciseScriptSchema.parse(input) };
  return {
    ok: false,
    errors: uniqueErrors(
      problems.map((p) => ({ path: p.path, message: describeScriptProblem(p, input, lang) })),
    ),
  };
}

/** Checks a script given as YAML text; each error carries its line and column (1-based). */
export function validateExerciseScriptYaml(
  text: string,
  lang: PlanLanguage = 'en',
  plan?: Plan,
): ScriptValidation {
  const read = readYaml(text, (key, params) => exerciseText(lang, key, params));
  if (!read.ok) return read;
  const { doc, lineCounter, input } = read;
  const problems = exerciseScriptProblems(input, plan);
  if (problems.length === 0) return { ok: true, script: ExerciseScriptSchema.parse(input) };
  const errors = problems.map((p) => ({
    path: p.path,
    ...positionOf(doc, lineCounter, text, p),
    message: describeScriptProblem(p, input, lang),
  }));
  return { ok: false, errors: inTextOrder(uniqueErrors(errors)) };
}
