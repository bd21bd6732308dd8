// The published JSON Schema (docs/exercise-schema.json) is what the code generates, so it cannot go stale.
// Regenerate it with: STORMBELL_WRITE_EXERCISE_SCHEMA=1 STORMBELL_SKIP_BUILD=1 npx vitest run test/exercises/script-schema.test.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseJsonSchema } from '../../src/core/exercise/json-schema.js';
import { expectationKinds, injectChannels } from '../../src/core/exercise/script.js';

const file = 'docs/exercise-schema.json';

describe('exercise script JSON Schema', () => {
  it('docs/exercise-schema.json equals the schema generated from the model', async () => {
    const schema = exerciseJsonSchema();
    if (process.env.STORMBELL_WRITE_EXERCISE_SCHEMA === '1') {
      const options = (await prettier.resolveConfig(file)) ?? {};
      writeFileSync(file, await prettier.format(JSON.stringify(schema), { ...options, parser: 'json' }));
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toStrictEqual(schema);
  });

  it('is draft 2020-12, closed to unknown fields, and knows the value sets', () => {
    const schema = exerciseJsonSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      'schema_version',
      'title',
      'language',
      'scenario',
      'duration_minutes',
      'incident',
      'objectives',
      'roles',
      'injects',
      'expectations',
    ]);
    const inject = schema.properties.injects.items;
    expect(inject.additionalProperties).toBe(false);
    expect(inject.properties.how.items.enum).toEqual([...injectChannels]);
    expect(inject.properties.at.pattern).toBe('^\\+[0-9]{2}:[0-5][0-9]$');
    const kinds = schema.properties.expectations.items.oneOf.map((o: any) => o.properties.kind.const);
    expect(kinds).toEqual([...expectationKinds]);
  });

  it('accepts every built-in script and refuses a broken one', () => {
    const schema = exerciseJsonSchema();
    for (const f of readdirSync('exercises').filter((n) => n.endsWith('.yaml')))
      expect(conforms(schema, parse(readFileSync(`exercises/${f}`, 'utf8'))), f).toBe(true);
    const broken = parse(readFileSync('exercises/ransomware-en.yaml', 'utf8'));
    broken.injects[0].at = '0:00';
    expect(conforms(schema, broken)).toBe(false);
    delete broken.injects[0].at;
    broken.expectations[1].kind = 'phase';
    expect(conforms(schema, broken)).toBe(false);
  });
});

/** The parts of JSON Schema the generated schema uses; enough to tell whether a document conforms. */
function conforms(schema: any, value: any): boolean {
  if (schema.oneOf) return schema.oneOf.filter((s: any) => conforms(s, value)).length === 1;
  if (schema.anyOf) return schema.anyOf.some((s: any) => conforms(s, value));
  if ('const' in schema && value !== schema.const) return false;
  if (schema.enum && !schema.enum.includes(value)) return false;
  switch (schema.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      if ((schema.required ?? []).some((k: string) => !(k in value))) return false;
      return Object.entries(value).every(([k, v]) =>
        schema.properties?.[k] ? conforms(schema.properties[k], v) : schema.additionalProperties !== false,
      );
    }
    case 'array':
      return (
        Array.isArray(value) &&
        value.length >= (schema.minItems ?? 0) &&
        value.every((v) => conforms(schema.items, v))
      );
    case 'string':
      return (
        typeof value === 'string' &&
        value.length >= (schema.minLength ?? 0) &&
        (!schema.pattern || new RegExp(schema.pattern).test(value))
      );
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        (schema.type === 'number' || Number.isInteger(value)) &&
        value >= (schema.minimum ?? -Infinity) &&
        value <= (schema.maximum ?? Infinity)
      );
    default:
      return true;
  }
}
