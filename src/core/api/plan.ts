// Request and response schemas of the plan API. The plan itself is described by the plan's own JSON Schema.
import { z } from 'zod';
import { ZTimestamp } from './common.js';

const ZPlanObject = z.record(z.string(), z.unknown()).describe('A response plan; see /api/v1/plan/schema');

export const ZPlanDocument = z.object({
  version: z.number().int(),
  description: z.string(),
  author_name: z.string().nullable(),
  created_at: ZTimestamp,
  yaml: z.string(),
  plan: ZPlanObject,
  review: z.object({ reviewed_at: z.string(), months_since: z.number().int(), due: z.boolean() }),
  contact_check: z
    .object({
      id: z.string(),
      started_at: ZTimestamp,
      acknowledged: z.number().int(),
      total: z.number().int(),
    })
    .nullable(),
});

export const ZPlanSaved = ZPlanDocument.extend({ changed: z.boolean() });

export const ZReplacePlanRequest = z.strictObject({
  yaml: z.string({ error: 'field.required' }).max(2_000_000, { error: 'field.too_long' }).optional(),
  plan: z.record(z.string(), z.unknown(), { error: 'field.object' }).optional(),
  description: z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(300, { error: 'field.too_long' }),
  base_version: z.number({ error: 'field.number' }).int().positive().optional(),
});

export const ZValidatePlanRequest = z.strictObject({
  yaml: z.string({ error: 'field.required' }).max(2_000_000, { error: 'field.too_long' }).optional(),
  plan: z.record(z.string(), z.unknown(), { error: 'field.object' }).optional(),
});

export const ZPlanValidation = z.object({
  ok: z.boolean(),
  errors: z.array(
    z.object({
      path: z.array(z.union([z.string(), z.number()])),
      line: z.number().int().optional(),
      column: z.number().int().optional(),
      message: z.string(),
    }),
  ),
});

export const ZPlanVersionList = z.object({
  items: z.array(
    z.object({
      number: z.number().int(),
      description: z.string(),
      author_name: z.string().nullable(),
      created_at: ZTimestamp,
      restored_from: z.number().int().nullable(),
    }),
  ),
});

export const ZPlanVersion = z.object({
  number: z.number().int(),
  description: z.string(),
  author_name: z.string().nullable(),
  created_at: ZTimestamp,
  yaml: z.string(),
  plan: ZPlanObject,
});

export const ZVersionParams = z.object({
  number: z.coerce.number({ error: 'field.number' }).int().positive({ error: 'field.number' }),
});

export const ZPlanDiffQuery = z.object({
  from: z.coerce.number({ error: 'field.number' }).int().positive({ error: 'field.number' }),
  to: z.coerce.number({ error: 'field.number' }).int().positive({ error: 'field.number' }),
});

export const ZPlanDiff = z.object({
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(
    z.object({
      kind: z.enum(['added', 'removed', 'changed']),
      label: z.string(),
      path: z.array(z.string()),
      before: z.unknown(),
      after: z.unknown(),
    }),
  ),
});

const ZSheetPerson = z.object({ name: z.string(), phone: z.string(), email: z.string() });
export const ZEmergencySheet = z.object({
  organisation: z.string(),
  language: z.enum(['nl', 'en']),
  version: z.number().int(),
  generated_at: ZTimestamp,
  roles: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      primary: ZSheetPerson.nullable(),
      deputies: z.array(ZSheetPerson),
    }),
  ),
  contacts: z.array(
    z.object({
      kind: z.string(),
      organisation: z.string(),
      name: z.string().nullable(),
      phone: z.string().nullable(),
      email: z.string().nullable(),
      notes: z.string().nullable(),
    }),
  ),
  scenarios: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      first_steps: z.array(z.object({ title: z.string(), owner: z.string() })),
    }),
  ),
});

export const ZContactCheck = z.object({
  id: z.string(),
  started_at: ZTimestamp,
  started_by_name: z.string().nullable(),
  plan_version: z.number().int(),
  acknowledged: z.number().int(),
  total: z.number().int(),
  entries: z.array(
    z.object({
      person_id: z.string(),
      name: z.string(),
      email: z.string(),
      acknowledged_at: ZTimestamp.nullable(),
      seconds_to_ack: z.number().int().nullable(),
    }),
  ),
});

export const ZContactAckInfo = z.object({
  name: z.string(),
  organisation: z.string(),
  started_at: z.string(),
  acknowledged_at: ZTimestamp.nullable(),
});
export const ZContactAckRequest = z.strictObject({
  token: z.string({ error: 'field.required' }).min(10, { error: 'field.token' }).max(200),
});
export const ZContactAckResult = z.object({ acknowledged_at: ZTimestamp });
