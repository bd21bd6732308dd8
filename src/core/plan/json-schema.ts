// The published JSON Schema (draft 2020-12) of a response plan, generated from the zod model.
// docs/plan-schema.json holds a copy; test/plan/json-schema.test.ts fails when it is stale. Regenerate it with:
//   STORMBELL_WRITE_PLAN_SCHEMA=1 STORMBELL_SKIP_BUILD=1 npx vitest run test/plan/json-schema.test.ts
import { z } from 'zod';
import { PlanSchema } from './schema.js';

export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Stormbell response plan',
    description:
      'The preparation for a cyber incident: people, contacts, roles, severities, services, audiences, scenarios ' +
      'and the regulatory profile. Validate with `stormbell plan validate FILE`, which also checks the ' +
      'cross-references this schema cannot express (roles, audiences, templates).',
    $comment:
      'Generated from src/core/plan/schema.ts. Regenerate with: STORMBELL_WRITE_PLAN_SCHEMA=1 ' +
      'STORMBELL_SKIP_BUILD=1 npx vitest run test/plan/json-schema.test.ts',
    ...rest,
  };
}
