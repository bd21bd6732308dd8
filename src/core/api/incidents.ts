// Request and response schemas of the incident API (see docs and /api/openapi.json).
import { z } from 'zod';
import { incidentPhases } from '../incident/phases.js';
import { taskStatuses } from '../incident/tasks.js';
import { ZTimestamp } from './common.js';

export const personalDataValues = ['yes', 'no', 'unknown'] as const;
export const etaConfidences = ['low', 'medium', 'high'] as const;
export const serviceStates = ['operational', 'degraded', 'down', 'recovering', 'restored'] as const;

const ZText = (max: number) =>
  z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(max, { error: 'field.too_long' });
const ZOptionalText = (max: number) =>
  z.string({ error: 'field.text' }).trim().max(max, { error: 'field.too_long' }).optional();
const ZPlanId = z
  .string({ error: 'field.required' })
  .min(1, { error: 'field.required' })
  .max(100, { error: 'field.too_long' });
const ZIsoTime = z.iso.datetime({ offset: true, error: 'field.datetime' });

export const ZIncident = z.object({
  id: z.string(),
  reference: z.string(),
  title: z.string(),
  scenario_id: z.string(),
  scenario_name: z.string(),
  severity_id: z.string(),
  severity_name: z.string(),
  phase: z.enum(incidentPhases),
  restricted: z.boolean(),
  exercise: z.boolean(),
  personal_data: z.enum(personalDataValues),
  declared_at: ZTimestamp,
  awareness_at: ZTimestamp,
  phase_changed_at: ZTimestamp,
  eta_at: ZTimestamp.nullable(),
  eta_confidence: z.enum(etaConfidences).nullable(),
  closed_at: ZTimestamp.nullable(),
  open_tasks: z.number().int(),
  overdue_tasks: z.number().int(),
});
export type Incident = z.infer<typeof ZIncident>;

export const ZIncidentDetail = ZIncident.extend({
  plan_version: z.number().int(),
  declared_by_name: z.string().nullable(),
  roles: z.array(
    z.object({
      role_id: z.string(),
      role_name: z.string(),
      person_id: z.string().nullable(),
      account_id: z.string().nullable(),
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      assigned_at: ZTimestamp,
    }),
  ),
  members: z.array(z.object({ account_id: z.string(), name: z.string(), email: z.string() })),
  tasks: z.array(
    z.object({
      id: z.string(),
      phase: z.enum(incidentPhases),
      position: z.number().int(),
      title: z.string(),
      caution: z.string().nullable(),
      owner_role: z.string().nullable(),
      owner_role_name: z.string().nullable(),
      owner_account_id: z.string().nullable(),
      owner_name: z.string().nullable(),
      status: z.enum(taskStatuses),
      skip_reason: z.string().nullable(),
      due_at: ZTimestamp.nullable(),
      overdue: z.boolean(),
      source: z.enum(['plan', 'manual']),
    }),
  ),
  decisions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      rationale: z.string(),
      alternatives: z.string().nullable(),
      business_impact: z.string().nullable(),
      decided_by_name: z.string().nullable(),
      decided_at: ZTimestamp,
    }),
  ),
  fact_sheet: z
    .object({
      version: z.number().int(),
      what_happened: z.string(),
      affected: z.string(),
      actions: z.string(),
      advice: z.string(),
      expected_recovery: z.string(),
      next_update_at: ZTimestamp.nullable(),
      author_name: z.string().nullable(),
      created_at: ZTimestamp,
    })
    .nullable(),
  services: z.array(
    z.object({
      service_id: z.string(),
      name: z.string(),
      criticality: z.string(),
      state: z.enum(serviceStates),
      updated_at: ZTimestamp,
    }),
  ),
  audiences: z.array(
    z.object({ audience_id: z.string(), name: z.string(), cadence_minutes: z.number().int() }),
  ),
  eta_history: z.array(
    z.object({
      at: ZTimestamp,
      eta_at: ZTimestamp.nullable(),
      confidence: z.enum(etaConfidences).nullable(),
      by_name: z.string().nullable(),
    }),
  ),
  phases: z.array(z.object({ phase: z.enum(incidentPhases), entered_at: ZTimestamp })),
  can_act: z.boolean(),
});
export type IncidentDetail = z.infer<typeof ZIncidentDetail>;

export const ZIncidentList = z.object({ items: z.array(ZIncident) });
export const ZIncidentListQuery = z.object({
  phase: z.enum(incidentPhases, { error: 'field.enum' }).optional(),
  severity: z.string().max(100).optional(),
  scenario: z.string().max(100).optional(),
  exercise: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
  open: z.enum(['true', 'false'], { error: 'field.boolean' }).optional(),
  q: z.string().max(200, { error: 'field.too_long' }).optional(),
});

export const ZDeclareRequest = z.strictObject({
  title: ZText(200),
  scenario_id: ZPlanId,
  severity_id: ZPlanId,
  restricted: z.boolean({ error: 'field.boolean' }).optional(),
  exercise: z.boolean({ error: 'field.boolean' }).optional(),
  personal_data: z.enum(personalDataValues, { error: 'field.enum' }).optional(),
  awareness_at: ZIsoTime.optional(),
  report_ids: z.array(z.string().max(100), { error: 'field.list' }).max(100).optional(),
});

export const ZUpdateIncidentRequest = z.strictObject({
  title: ZText(200).optional(),
  severity_id: ZPlanId.optional(),
  restricted: z.boolean({ error: 'field.boolean' }).optional(),
  personal_data: z.enum(personalDataValues, { error: 'field.enum' }).optional(),
});

export const ZPhaseRequest = z.strictObject({
  phase: z.enum(incidentPhases, { error: 'phase.unknown' }),
  reason: ZOptionalText(2000),
});

export const ZIncidentParams = z.object({ id: z.string().min(1).max(100) });

export const ZTimelineItem = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: ZTimestamp,
  actor_id: z.string().nullable(),
  actor_name: z.string().nullable(),
  type: z.string(),
  subject: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  pinned: z.boolean(),
});
export type TimelineItem = z.infer<typeof ZTimelineItem>;

export { ZIsoTime, ZText, ZOptionalText, ZPlanId };
