// The problem+json body (RFC 9457) as a schema, for the OpenAPI document.
import { z } from 'zod';

export const ZProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().describe("What went wrong, in the caller's language"),
  code: z.string(),
  errors: z
    .array(
      z.object({
        field: z.string(),
        message: z.string(),
        line: z.number().int().optional().describe('For YAML input: the line at fault'),
        column: z.number().int().optional(),
      }),
    )
    .optional(),
});
