// Schemas for what the app needs before and around login: setup state, mail mode, tokens, mail, activity.
import { z } from 'zod';
import { ZLanguage, ZTimestamp } from './common.js';

export const ZSystemInfo = z.object({
  setup_required: z.boolean(),
  organisation: z.object({ name: z.string(), default_language: ZLanguage }).nullable(),
  mail_mode: z
    .enum(['smtp', 'viewer'])
    .describe('viewer: no SMTP configured, mail is kept in the mail viewer'),
  version: z.string(),
});

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe('The first characters of the token, to recognise it'),
  account_id: z.string(),
  account_name: z.string(),
  created_at: ZTimestamp,
  last_used_at: ZTimestamp.nullable(),
  revoked_at: ZTimestamp.nullable(),
});
export const ZApiTokenList = z.object({ items: z.array(ZApiToken) });
export const ZCreateTokenRequest = z.strictObject({
  name: z
    .string({ error: 'field.required' })
    .trim()
    .min(1, { error: 'field.required' })
    .max(100, { error: 'field.too_long' }),
});
export const ZCreatedToken = z.object({
  token: z.string().describe('Shown once; store it now'),
  api_token: ZApiToken,
});

export const ZMailSummary = z.object({
  id: z.string(),
  recipient: z.string(),
  subject: z.string(),
  created_at: ZTimestamp,
});
export const ZMailList = z.object({ mail_mode: z.enum(['smtp', 'viewer']), items: z.array(ZMailSummary) });
export const ZMail = ZMailSummary.extend({
  message_id: z.string(),
  text_body: z.string(),
  html_body: z.string(),
});

export const ZDelivery = z.object({
  id: z.string(),
  channel: z.string(),
  recipient: z.string(),
  status: z.enum(['pending', 'sent', 'failed', 'captured']),
  attempts: z.number().int(),
  max_attempts: z.number().int(),
  next_attempt_at: ZTimestamp,
  last_error: z.string().nullable(),
  created_at: ZTimestamp,
  sent_at: ZTimestamp.nullable(),
  subject: z.string().nullable(),
});
export const ZDeliveryList = z.object({ items: z.array(ZDelivery) });
export const ZDeliveryListQuery = z.object({
  status: z.enum(['pending', 'sent', 'failed', 'captured']).optional(),
});

export const ZTimelineEvent = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: ZTimestamp,
  actor_id: z.string().nullable(),
  actor_name: z.string().nullable(),
  type: z.string(),
  subject: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
});
export const ZTimelinePage = z.object({
  items: z.array(ZTimelineEvent),
  next_before: z.number().int().nullable(),
});
export const ZTimelineQuery = z.object({
  before: z.coerce.number({ error: 'field.number' }).int().positive().optional(),
  limit: z.coerce.number({ error: 'field.number' }).int().min(1).max(200).default(50),
});

export const ZLanguageOnly = z.object({ language: ZLanguage });
