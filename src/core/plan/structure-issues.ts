// Turns the zod schema's findings (missing fields, wrong types, unknown fields, bad formats) into problems.
import type { z } from 'zod';
import type { PlanMessageKey } from './catalogue.js';
import type { Problem } from './problem.js';
import { valueAt } from './raw.js';
import { PlanSchema } from './schema.js';
import { fieldsAt } from './schema-walk.js';
import { closest } from './similar.js';

const typeWords: Record<string, PlanMessageKey> = {
  string: 'type.string',
  int: 'type.int',
  number: 'type.number',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  record: 'type.object',
};

function typeOf(value: unknown): PlanMessageKey {
  if (value === null) return 'type.null';
  if (Array.isArray(value)) return 'type.array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'type.int' : 'type.number';
  if (typeof value === 'string') return 'type.string';
  if (typeof value === 'boolean') return 'type.boolean';
  return 'type.object';
}

/** A short quote of a scalar for a message; long texts are cut. */
function shown(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fromIssue(issue: z.core.$ZodIssue, input: unknown): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(path);
    return issue.keys.map((key): Problem => {
      const suggestion = closest(key, allowed);
      return suggestion
        ? { path: [...path, key], key: 'unknown_field_suggest', params: { key, suggestion }, atKey: true }
        : {
            path: [...path, key],
            key: 'unknown_field',
            params: { key, allowed: allowed.join(', ') },
            atKey: true,
          };
    });
  }
  const { found, value } = valueAt(input, path);
  const at = (key: PlanMessageKey, params: Problem['params'] = {}): Problem[] => [{ path, key, params }];
  if (!found) return at('missing');
  if (value === null) return at('no_value');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeWords[issue.expected];
      if (!expected) return at('not_valid');
      const terms = { expected, actual: typeOf(value) };
      // YAML reads +31612345678 as a number and true as a yes/no: quotes keep such text as written.
      if (expected === 'type.string' && (typeof value === 'number' || typeof value === 'boolean'))
        return [{ path, key: 'wrong_type_quote', params: { value: shown(value) }, terms }];
      return typeof value === 'object'
        ? [{ path, key: 'wrong_type', terms }]
        : [{ path, key: 'wrong_type_value', params: { value: shown(value) }, terms }];
    }
    case 'invalid_value':
      return at('not_allowed', { value: shown(value), options: issue.values.map(String).join(', ') });
    case 'invalid_format': {
      const format = issue.format === 'regex' ? issue.message : issue.format;
      const key: PlanMessageKey | undefined =
        format === 'email'
          ? 'email_format'
          : format === 'date'
            ? 'date_format'
            : format === 'id_format' || format === 'phone_format' || format === 'url_format'
              ? format
              : undefined;
      return key ? at(key, { value: shown(value) }) : at('not_valid');
    }
    case 'too_small':
      if (issue.origin === 'string') return at('empty_text');
      if (issue.origin === 'array') return at('empty_list');
      return at('too_small', { min: Number(issue.minimum) });
    default:
      return at('not_valid');
  }
}

/** The shape problems of a plan; empty when the schema accepts it. */
export function structureProblems(input: unknown): Problem[] {
  const result = PlanSchema.safeParse(input);
  if (result.success) return [];
  const problems = result.error.issues.flatMap((issue) => fromIssue(issue, input));
  // A misspelt field ("deputys") is also a missing one ("deputies"): say it once, with the suggestion.
  const meant = new Set(
    problems
      .filter((p) => p.key === 'unknown_field_suggest')
      .map((p) => JSON.stringify([...p.path.slice(0, -1), p.params?.suggestion])),
  );
  return problems.filter((p) => !(p.key === 'missing' && meant.has(JSON.stringify(p.path))));
}
