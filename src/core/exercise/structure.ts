// Turns the zod schema's findings (missing fields, wrong types, unknown fields, bad formats) into problems.
import type { z } from 'zod';
import { isMap, str, valueAt } from '../plan/raw.js';
import { closest } from '../plan/similar.js';
import { shown, typeOf, typeWords, withoutMisspeltMissing, wrongType } from '../yaml-check/issues.js';
import type { ExerciseMessageKey } from './catalogue.js';
import type { ScriptPath, ScriptProblem } from './problem.js';
import {
  ExerciseIncidentSchema,
  ExerciseScriptSchema,
  expectationKinds,
  InjectSchema,
  ObjectiveSchema,
  RelativeTimeSchema,
} from './script.js';

/** The field an expectation of each kind adds to the common ones. */
export const kindFields: Record<string, string | undefined> = {
  role_assigned: 'role',
  phase_reached: 'phase',
  task_done: 'task',
  message_published: 'audience',
};
const expectationFields = ['id', 'description', 'kind', 'deadline', 'objective'];
const timeFields = new Set(['at', 'offset', 'deadline']);

/** The fields allowed at a path, for "did you mean" and for listing them. */
function fieldsAt(path: ScriptPath, input: unknown): string[] {
  const [top, , inner] = path;
  if (path.length === 0) return Object.keys(ExerciseScriptSchema.shape);
  if (path.length === 1 && top === 'incident') return Object.keys(ExerciseIncidentSchema.shape);
  if (path.length === 2 && top === 'objectives') return Object.keys(ObjectiveSchema.shape);
  if (path.length === 2 && top === 'injects') return Object.keys(InjectSchema.shape);
  if (path.length === 3 && (inner === 'after' || inner === 'deadline'))
    return Object.keys(RelativeTimeSchema.shape);
  if (path.length === 2 && top === 'expectations') {
    const { value } = valueAt(input, path);
    const extra = isMap(value) ? kindFields[str(value.kind) ?? ''] : undefined;
    return extra ? [...expectationFields, extra] : expectationFields;
  }
  return [];
}

function unknownKey(path: ScriptPath, key: string, input: unknown): ScriptProblem {
  const at = [...path, key];
  if (path[0] === 'expectations' && path.length === 2 && Object.values(kindFields).includes(key)) {
    const { value } = valueAt(input, path);
    const kind = isMap(value) ? str(value.kind) : undefined;
    if (kind) return { path: at, key: 'kind_field_not_for_kind', params: { key, kind }, atKey: true };
  }
  const allowed = fieldsAt(path, input);
  const suggestion = closest(key, allowed);
  return suggestion
    ? { path: at, key: 'unknown_field_suggest', params: { key, suggestion }, atKey: true }
    : { path: at, key: 'unknown_field', params: { key, allowed: allowed.join(', ') }, atKey: true };
}

/** A deadline is a time or a group; say what is wrong with the one that was given. */
function deadlineProblems(path: ScriptPath, value: unknown): ScriptProblem[] {
  if (typeof value === 'string') return [{ path, key: 'offset_format', params: { value: shown(value) } }];
  if (typeof value === 'number') return [{ path, key: 'offset_number', params: { value: shown(value) } }];
  if (isMap(value)) {
    const result = RelativeTimeSchema.safeParse(value);
    if (result.success) return [];
    return result.error.issues.flatMap((issue) =>
      fromIssue({ ...issue, path: [...path, ...issue.path] } as z.core.$ZodIssue, {
        root: value,
        base: path,
      }),
    );
  }
  return [{ path, key: 'wrong_type', terms: { expected: 'type.deadline', actual: typeOf(value) } }];
}

interface Source {
  root: unknown;
  /** The path of `root` inside the script (for a part checked on its own). */
  base: ScriptPath;
}

function fromIssue(issue: z.core.$ZodIssue, source: Source): ScriptProblem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const local = path.slice(source.base.length);
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map((key) => unknownKey(path, key, source.base.length ? undefined : source.root));
  const { found, value } = valueAt(source.root, local);
  const at = (key: ExerciseMessageKey, params: ScriptProblem['params'] = {}): ScriptProblem[] => [
    { path, key, params },
  ];
  if (!found) return at('missing');
  if (value === null) return at('no_value');
  const last = path[path.length - 1];
  switch (issue.code) {
    case 'invalid_union':
      if (last === 'kind')
        return at('not_allowed', { value: shown(value), options: expectationKinds.join(', ') });
      if (last === 'deadline') return deadlineProblems(path, value);
      return at('not_valid');
    case 'invalid_type': {
      if (typeof last === 'string' && timeFields.has(last) && typeof value === 'number')
        return at('offset_number', { value: shown(value) });
      const expected = typeWords[issue.expected];
      return expected ? [wrongType(path, value, expected)] : at('not_valid');
    }
    case 'invalid_value':
      return at('not_allowed', { value: shown(value), options: issue.values.map(String).join(', ') });
    case 'invalid_format': {
      const rule = issue.format === 'regex' ? issue.message : issue.format;
      return rule === 'id_format' || rule === 'offset_format'
        ? at(rule, { value: shown(value) })
        : at('not_valid');
    }
    case 'too_small':
      if (issue.origin === 'string') return at('empty_text');
      if (issue.origin === 'array') return at('empty_list');
      return at('too_small', { min: Number(issue.minimum) });
    case 'too_big':
      return at('too_big', { max: Number(issue.maximum) });
    default:
      return at('not_valid');
  }
}

/** The shape problems of a script; empty when the schema accepts it. */
export function structureProblems(input: unknown): ScriptProblem[] {
  const result = ExerciseScriptSchema.safeParse(input);
  if (result.success) return [];
  return withoutMisspeltMissing(
    result.error.issues.flatMap((issue) => fromIssue(issue, { root: input, base: [] })),
  );
}
