// The published JSON Schema (docs/plan-schema.json) is what the code generates, so it cannot go stale.
// Regenerate it with: STORMBELL_WRITE_PLAN_SCHEMA=1 STORMBELL_SKIP_BUILD=1 npx vitest run test/plan/json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { approvals, planJsonSchema } from '../../src/core/plan/index.js';

const file = 'docs/plan-schema.json';

describe('plan JSON Schema', () => {
  it('docs/plan-schema.json equals the schema generated from the model', async () => {
    const schema = planJsonSchema();
    if (process.env.STORMBELL_WRITE_PLAN_SCHEMA === '1') {
      const options = (await prettier.resolveConfig(file)) ?? {};
      writeFileSync(file, await prettier.format(JSON.stringify(schema), { ...options, parser: 'json' }));
    }
    expect(JSON.parse(readFileSync(file, 'utf8'))).toStrictEqual(schema);
  });

  it('is draft 2020-12, closed to unknown fields, and knows the value sets', () => {
    const schema = planJsonSchema() as any;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual([
      'schema_version',
      'organisation',
      'reviewed_at',
      'regulatory',
      'people',
      'contacts',
      'roles',
      'severities',
      'services',
      'audiences',
      'scenarios',
    ]);
    const role = schema.properties.roles.items;
    expect(role.additionalProperties).toBe(false);
    expect(role.properties.may_approve.items.enum).toEqual([...approvals]);
    expect(schema.properties.people.items.properties.email.format).toBe('email');
    expect(schema.properties.reviewed_at.format).toBe('date');
    const task = schema.properties.scenarios.items.properties.phases.properties.containment.items;
    expect(task.required).toEqual(['title', 'owner']);
  });
});
