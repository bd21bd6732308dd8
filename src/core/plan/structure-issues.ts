// Turns the zod schema's findings (missing fields, wrong types, unknown fields, bad formats) into problems.
import type { z } from 'zod';
import type { PlanMessageKey } from './catalogue.js';
import type { Problem } from './problem.js';
import { valueAt } from './raw.js';
import { PlanSchema } from './schema.js';
import { fieldsAt } from './schema-walk.js';
import { closest } from './similar.js';
import { shown, typeWords, withoutMisspeltMissing, wrongType } from '../yaml-check/issues.js';

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
      return expected ? [wrongType(path, value, expected)] : at('not_valid');
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
  return withoutMisspeltMissing(result.error.issues.flatMap((issue) => fromIssue(issue, input)));
}
