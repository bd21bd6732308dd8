// Request and response schemas of intake and triage: alerts, intake tokens, the report form, the report queue.
import { z } from 'zod';
import { ZLanguage, ZTimestamp } from './common.js';
import { alertSources, alertStates, reportSources, reportStatuses } from '../intake/sources.js';
import { WHAT_HAPPENED_MAX } from '../intake/employee-report.js';

export { alertPayloadSchemas } from '../intake/payloads.js';

export const ZAlertSource = z.enum(alertSources, { error: 'field.alert_source' });
export const ZReportStatus = z.enum(reportStatuses, { error: 'field.report_status' });

export const ZReport = z.object({
  id: z.string(),
  source: z.enum(reportSources),
  status: ZReportStatus,
  alert_state: z.enum(alertStates).nullable(),
  title: z.string(),
  description: z.string(),
  system: z.string().nullable(),
  severity_hint: z.string().nullable(),
  occurred_at: ZTimestamp.nullable(),
  reporter_name: z.string().nullable(),
  reporter_contact: z.string().nullable(),
  received_at: ZTimestamp,
  last_received_at: ZTimestamp,
  times_received: z.number().int(),
  incident_id: z.string().nullable(),
  incident_reference: z.string().nullable(),
  dismissed_reason: z.string().nullable(),
  handled_by_name: z.string().nullable(),
  handled_at: ZTimestamp.nullable(),
});
export type Report = z.infer<typeof ZReport>;

export const ZReportList = z.object({ items: z.array(ZReport) });
export const ZReportListQuery = z.object({ status: ZReportStatus.optional() });

const requiredText = (max: number) =>
  z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(max, { error: 'field.too_long' });

/** Optional text where the web form sends "" for a field left empty: empty is the same as absent. */
const optionalText = (max: number) =>
  z
    .string({ error: 'field.text' })
    .trim()
    .max(max, { error: 'field.too_long' })
    .optional()
    .transform((s) => (s ? s : undefined));

export const ZDismissRequest = z.strictObject({ reason: requiredText(1_000) });
export const ZMergeRequest = z.strictObject({
  incident_id: requiredText(100).describe('The incident id or its reference (INC-2026-0007)'),
});

export const ZAlertsAccepted = z.object({
  reports: z.array(
    z.object({
      id: z.string(),
      status: ZReportStatus,
      alert_state: z.enum(alertStates).nullable(),
      created: z.boolean().describe('false: an alert already known by its fingerprint was updated'),
    }),
  ),
});

export const ZIntakeToken = z.object({
  id: z.string(),
  source: ZAlertSource,
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it'),
  created_at: ZTimestamp,
  last_used_at: ZTimestamp.nullable(),
  revoked_at: ZTimestamp.nullable(),
});
export const ZIntakeTokenList = z.object({ items: z.array(ZIntakeToken) });
export const ZCreateIntakeTokenRequest = z.strictObject({
  source: ZAlertSource,
  name: requiredText(100),
});
export const ZCreatedIntakeToken = z.object({
  token: z.string().describe('Shown once; put it in the sender as its bearer token now'),
  intake_token: ZIntakeToken,
});

export const ZReportFormInfo = z.object({
  organisation: z.string(),
  languages: z.array(ZLanguage).describe("The form's languages, the organisation's own first"),
  urgent_phone: z
    .string()
    .nullable()
    .describe('Whom to call when it cannot wait: the incident commander in the plan'),
});
export const ZReportFormRequest = z.strictObject({
  what_happened: requiredText(WHAT_HAPPENED_MAX),
  when: optionalText(200).describe('An ISO 8601 time, or words ("this morning, around nine")'),
  system: optionalText(200),
  name: optionalText(120),
  contact: optionalText(200).describe('How the team can reach the reporter: email or phone'),
  language: ZLanguage,
});
export const ZReportFormAccepted = z.object({ id: z.string(), received_at: ZTimestamp });
export const ZReportLink = z.object({
  url: z.string().describe('The report form, to share inside the organisation'),
});
