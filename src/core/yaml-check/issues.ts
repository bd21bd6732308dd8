// What the zod schema's findings have in common in every YAML document: the names of types, a short quote of
// a value, a wrong type in words, and a misspelt field said once.
import type { YamlCheckKey, YamlPath } from './types.js';

type TypeKey = YamlCheckKey & `type.${string}`;

/** The words for the types zod expects. */
export const typeWords: Record<string, TypeKey> = {
  string: 'type.string',
  int: 'type.int',
  number: 'type.number',
  boolean: 'type.boolean',
  array: 'type.array',
  object: 'type.object',
  record: 'type.object',
};

/** The type of a value as YAML read it. */
export function typeOf(value: unknown): TypeKey {
  if (value === null) return 'type.null';
  if (Array.isArray(value)) return 'type.array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'type.int' : 'type.number';
  if (typeof value === 'string') return 'type.string';
  if (typeof value === 'boolean') return 'type.boolean';
  return 'type.object';
}

/** A short quote of a scalar for a message; long texts are cut. */
export function shown(value: unknown): string {
  const text = String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** A value of the wrong type (one that is there and not empty), with the type expected. */
export function wrongType(
  path: YamlPath,
  value: unknown,
  expected: TypeKey,
): {
  path: YamlPath;
  key: 'wrong_type' | 'wrong_type_value' | 'wrong_type_quote';
  params?: { value: string };
  terms: { expected: TypeKey; actual: TypeKey };
} {
  const terms = { expected, actual: typeOf(value) };
  // YAML reads +31612345678 as a number and true as a yes/no: quotes keep such text as written.
  if (expected === 'type.string' && (typeof value === 'number' || typeof value === 'boolean'))
    return { path, key: 'wrong_type_quote', params: { value: shown(value) }, terms };
  return typeof value === 'object'
    ? { path, key: 'wrong_type', terms }
    : { path, key: 'wrong_type_value', params: { value: shown(value) }, terms };
}

/** A misspelt field ("deputys") is also a missing one ("deputies"): say it once, with the suggestion. */
export function withoutMisspeltMissing<
  P extends { path: YamlPath; key: string; params?: Record<string, string | number> },
>(problems: P[]): P[] {
  const meant = new Set(
    problems
      .filter((p) => p.key === 'unknown_field_suggest')
      .map((p) => JSON.stringify([...p.path.slice(0, -1), p.params?.suggestion])),
  );
  return problems.filter((p) => !(p.key === 'missing' && meant.has(JSON.stringify(p.path))));
}
