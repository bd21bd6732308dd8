// Request schemas of the incident page's changes: roles, team, tasks, decisions, facts, services, ETA, notes.
import { z } from 'zod';
import { PHONE_PATTERN, phases } from '../plan/index.js';
import { taskStatuses } from '../incident/tasks.js';
import { ZEmail, ZPersonName } from './common.js';
import {
  ZIncidentDetail,
  ZIsoTime,
  ZOptionalText,
  ZPlanId,
  ZText,
  etaConfidences,
  serviceStates,
} from './incidents.js';

// A reason that must be given: an absent or blank one is explained in the words of the rule it serves.
const ZReason = (key: string) =>
  z.string({ error: key }).trim().min(1, { error: key }).max(2000, { error: 'field.too_long' });

const ZAccountId = z
  .string({ error: 'field.required' })
  .min(1, { error: 'field.required' })
  .max(100, { error: 'field.too_long' });

export const ZAwarenessRequest = z.strictObject({
  awareness_at: ZIsoTime,
  reason: ZReason('incident.awareness_reason'),
});

// One object rather than a union: a union's errors name no field, and the form needs to know which one is wrong.
export const ZRoleHolderRequest = z
  .strictObject({
    account_id: ZAccountId.optional(),
    name: ZPersonName.optional(),
    email: ZEmail.optional(),
    phone: z
      .string({ error: 'field.text' })
      .trim()
      .regex(PHONE_PATTERN, { error: 'incident.phone_format' })
      .optional(),
  })
  .superRefine((v, ctx) => {
    const person = v.name !== undefined || v.email !== undefined || v.phone !== undefined;
    if (v.account_id !== undefined && person) {
      for (const field of ['name', 'email', 'phone'] as const)
        if (v[field] !== undefined)
          ctx.addIssue({ code: 'custom', path: [field], message: 'incident.role_holder' });
    } else if (v.account_id === undefined && (v.name === undefined || (!v.email && !v.phone))) {
      ctx.addIssue({
        code: 'custom',
        path: [v.name === undefined ? 'name' : 'email'],
        message: 'incident.role_holder',
      });
    }
  });
export type RoleHolderRequest = z.infer<typeof ZRoleHolderRequest>;

export const ZMemberRequest = z.strictObject({ account_id: ZAccountId });

const ZTaskPhase = z.enum(phases, { error: 'incident.task_phase' });

export const ZAddTaskRequest = z.strictObject({
  phase: ZTaskPhase,
  title: ZText(300),
  owner_role: ZPlanId.optional(),
  owner_account_id: ZAccountId.optional(),
  due_at: ZIsoTime.optional(),
  caution: ZOptionalText(2000),
});

export const ZChangeTaskRequest = z.strictObject({
  status: z.enum(taskStatuses, { error: 'task.unknown_status' }).optional(),
  reason: ZOptionalText(2000),
  owner_role: ZPlanId.nullable().optional(),
  owner_account_id: ZAccountId.nullable().optional(),
  due_at: ZIsoTime.nullable().optional(),
  title: ZText(300).optional(),
});
export type ChangeTaskRequest = z.infer<typeof ZChangeTaskRequest>;

export const ZDecisionRequest = z.strictObject({
  title: ZText(300),
  rationale: ZText(10_000),
  alternatives: ZOptionalText(10_000),
  business_impact: ZOptionalText(10_000),
});

export const ZFactSheetRequest = z.strictObject({
  what_happened: ZText(10_000),
  affected: ZText(10_000),
  actions: ZText(10_000),
  advice: ZText(10_000),
  expected_recovery: ZText(2000),
  next_update_at: ZIsoTime.nullable().optional(),
});

export const ZFactSheet = ZIncidentDetail.shape.fact_sheet.unwrap();
export const ZFactSheetList = z.object({ items: z.array(ZFactSheet) });

export const ZServiceStateRequest = z.strictObject({
  state: z.enum(serviceStates, { error: 'incident.service_state' }),
});

export const ZEtaRequest = z.strictObject({
  eta_at: ZIsoTime.nullable(),
  confidence: z.enum(etaConfidences, { error: 'incident.eta_confidence' }),
});

export const ZNoteRequest = z.strictObject({
  text: ZText(10_000),
  pinned: z.boolean({ error: 'field.boolean' }).optional(),
});

export const ZPinRequest = z.strictObject({ pinned: z.boolean({ error: 'field.boolean' }) });

const ZIncidentId = z.string().min(1).max(100);
export const ZRoleParams = z.object({ id: ZIncidentId, role_id: z.string().min(1).max(100) });
export const ZMemberParams = z.object({ id: ZIncidentId, account_id: z.string().min(1).max(100) });
export const ZTaskParams = z.object({ id: ZIncidentId, task_id: z.string().min(1).max(100) });
export const ZServiceParams = z.object({ id: ZIncidentId, service_id: z.string().min(1).max(100) });
export const ZEventParams = z.object({ id: ZIncidentId, event_id: z.string().min(1).max(100) });
