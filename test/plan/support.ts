// Helpers for the plan tests: the minimal valid plan, and a way to break it in one place.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { validatePlanYaml, type PlanError } from '../../src/core/plan/index.js';

export const minimalYaml = readFileSync(new URL('./fixtures/minimal.yaml', import.meta.url), 'utf8');

/** The minimal plan with each `from` replaced by `to`; each `from` must occur exactly once. */
export function edit(...pairs: Array<[from: string, to: string]>): string {
  let text = minimalYaml;
  for (const [from, to] of pairs) {
    expect(text.split(from).length - 1, `"${from}" occurs once in the fixture`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

export type Found = Pick<PlanError, 'line' | 'column' | 'message'>;

/** One malformed plan and exactly what the validator must say about it. */
export interface Case {
  name: string;
  text: string;
  lang?: 'en' | 'nl';
  errors: Found[];
}

/** The errors of a YAML plan as line, column and message; fails the test when the plan is valid. */
export function errorsOf(text: string, lang: 'en' | 'nl' = 'en'): Found[] {
  const result = validatePlanYaml(text, lang);
  if (result.ok) throw new Error('expected the plan to be refused, but it validated');
  return result.errors.map(({ line, column, message }) => ({ line, column, message }));
}
