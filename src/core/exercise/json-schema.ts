// The published JSON Schema (draft 2020-12) of an exercise script, generated from the zod model.
// docs/exercise-schema.json holds a copy; test/exercises/script-schema.test.ts fails when it is stale. Regenerate:
//   STORMBELL_WRITE_EXERCISE_SCHEMA=1 STORMBELL_SKIP_BUILD=1 npx vitest run test/exercises/script-schema.test.ts
import { z } from 'zod';
import { ExerciseScriptSchema } from './script.js';

export function exerciseJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(ExerciseScriptSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: 'Stormbell exercise script',
    description:
      'A table-top exercise on the response plan: objectives, the participating roles, timed injects and the ' +
      "expectations scored from the exercise incident's timeline. Validate with `stormbell exercise validate " +
      'FILE`, which also checks what this schema cannot express (inject timing, references to the plan).',
    $comment:
      'Generated from src/core/exercise/script.ts. Regenerate with: STORMBELL_WRITE_EXERCISE_SCHEMA=1 ' +
      'STORMBELL_SKIP_BUILD=1 npx vitest run test/exercises/script-schema.test.ts',
    ...rest,
  };
}
