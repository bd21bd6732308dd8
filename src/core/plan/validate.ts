// Validates a response plan, as YAML text or as an object, and reports every problem at once in plain words.
import { planText } from './catalogue.js';
import { channelProblems } from './check-channels.js';
import { idProblems } from './check-ids.js';
import { jargonProblems } from './check-jargon.js';
import { recipientProblems } from './check-recipients.js';
import { referenceProblems } from './check-references.js';
import { scenarioProblems } from './check-scenarios.js';
import type { PlanLanguage } from './enums.js';
import { locate } from './location.js';
import type { PlanError, Problem } from './problem.js';
import { isMap } from './raw.js';
import { PlanSchema, type Plan } from './schema.js';
import { structureProblems } from './structure-issues.js';
import { positionOf } from './yaml-position.js';
import { inTextOrder, readYaml, uniqueErrors } from '../yaml-check/read.js';

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; errors: PlanError[] };

/** Every problem of a plan-to-be: its shape first, then how its parts refer to each other. */
export function planProblems(input: unknown): Problem[] {
  if (input === null || input === undefined || input === '')
    return [{ path: [], key: 'plan.empty', bare: true }];
  if (!isMap(input)) return [{ path: [], key: 'plan.not_map', bare: true }];
  return [
    ...structureProblems(input),
    ...idProblems(input),
    ...referenceProblems(input),
    ...recipientProblems(input),
    ...channelProblems(input),
    ...scenarioProblems(input),
    ...jargonProblems(input),
  ];
}

/** One problem in words: "scenario 'ransomware', phase 'containment', task 3: owner role 'ciso' is not ...". */
export function describeProblem(problem: Problem, input: unknown, lang: PlanLanguage): string {
  const { where, field, name } = locate(input, problem.path, lang, problem);
  const params: Record<string, string | number> = { field, name, ...problem.params };
  for (const [param, key] of Object.entries(problem.terms ?? {})) params[param] = planText(lang, key);
  const text = planText(lang, problem.key, params);
  return problem.bare ? text : `${where}: ${text}`;
}

/** The plan as the schema returns it, once no check has found a problem. */
function accepted(input: unknown): PlanValidation {
  return { ok: true, plan: PlanSchema.parse(input) };
}

/** Checks a plan given as data (from JSON or a form). `lang` is the language of the messages. */
export function validatePlan(input: unknown, lang: PlanLanguage = 'en'): PlanValidation {
  const problems = planProblems(input);
  if (problems.length === 0) return accepted(input);
  return {
    ok: false,
    errors: uniqueErrors(problems.map((p) => ({ path: p.path, message: describeProblem(p, input, lang) }))),
  };
}

/** Checks a plan given as YAML text; each error carries its line and column (1-based). */
export function validatePlanYaml(text: string, lang: PlanLanguage = 'en'): PlanValidation {
  const read = readYaml(text, (key, params) => planText(lang, key, params));
  if (!read.ok) return read;
  const { doc, lineCounter, input } = read;
  const problems = planProblems(input);
  if (problems.length === 0) return accepted(input);
  const errors = problems.map((p) => ({
    path: p.path,
    ...positionOf(doc, lineCounter, text, p),
    message: describeProblem(p, input, lang),
  }));
  return { ok: false, errors: inTextOrder(uniqueErrors(errors)) };
}
