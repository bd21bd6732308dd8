// Request and response schemas of communication: messages per audience, their approvals and deliveries, cadence.
import { z } from 'zod';
import { channels, templateKinds } from '../plan/enums.js';
import { ZLanguage, ZTimestamp } from './common.js';
import { ZDelivery } from './system.js';
import { ZText } from './incidents.js';
import { ZMessageStatusPage } from './status-page.js';

export const messageStatuses = ['draft', 'in_review', 'approved', 'published'] as const;
export type MessageStatus = (typeof messageStatuses)[number];
export const messageKinds = [...templateKinds, 'custom'] as const;
export type MessageKind = (typeof messageKinds)[number];

export const MESSAGE_SUBJECT_MAX = 200;
export const MESSAGE_BODY_MAX = 20000;

const ZChannel = z.enum(channels, { error: 'field.enum' });

export const ZMessageContent = z.strictObject({
  language: ZLanguage,
  subject: ZText(MESSAGE_SUBJECT_MAX),
  body: ZText(MESSAGE_BODY_MAX),
});
export type MessageContent = z.infer<typeof ZMessageContent>;

const ZContents = z
  .array(ZMessageContent, { error: 'field.list' })
  .min(1, { error: 'message.no_language' })
  .max(2, { error: 'field.too_long' });

export const ZDeliveryCounts = z.object({
  pending: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  captured: z.number().int(),
});

export const ZMessage = z.object({
  id: z.string(),
  incident_id: z.string(),
  audience_id: z.string(),
  audience_name: z.string(),
  internal: z.boolean(),
  exercise: z.boolean(),
  status: z.enum(messageStatuses),
  kind: z.enum(messageKinds),
  template_id: z.string().nullable(),
  channels: z.array(z.enum(channels)),
  contents: z.array(z.object({ language: ZLanguage, subject: z.string(), body: z.string() })),
  /** The fact sheet version the text was written from, and whether the facts have changed since. */
  fact_sheet_version: z.number().int().nullable(),
  facts_changed: z.boolean(),
  corrects_id: z.string().nullable(),
  corrected_by_id: z.string().nullable(),
  revision: z.number().int(),
  author_id: z.string(),
  author_name: z.string().nullable(),
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
  submitted_at: ZTimestamp.nullable(),
  published_at: ZTimestamp.nullable(),
  published_by_name: z.string().nullable(),
  rejection: z.object({ by_name: z.string().nullable(), at: ZTimestamp, comment: z.string() }).nullable(),
  approvals: z.array(
    z.object({
      role_id: z.string(),
      role_name: z.string(),
      by_id: z.string().nullable(),
      by_name: z.string().nullable(),
      at: ZTimestamp.nullable(),
      /** `submission`: the author holds this role, and submitting counted as its approval. */
      via: z.enum(['approval', 'submission']).nullable(),
    }),
  ),
  /** What the person asking may do with it now. */
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    approve_as: z.array(z.string()),
    reject: z.boolean(),
    publish: z.boolean(),
    correct: z.boolean(),
  }),
  deliveries: ZDeliveryCounts,
  /** The status-page part (incident status, impact, components), when the message has one. */
  status_page: ZMessageStatusPage.nullable(),
});
export type Message = z.infer<typeof ZMessage>;
export const ZMessageList = z.object({ items: z.array(ZMessage) });

export const ZMessageParams = z.object({
  id: z.string().min(1).max(100),
  messageId: z.string().min(1).max(100),
});
export const ZMessageDeliveryParams = ZMessageParams.extend({ deliveryId: z.string().min(1).max(100) });

/**
 * A new draft. With `kind` (and no `contents`), each language's text is filled from the scenario's template of
 * that kind for the audience; `contents` given explicitly win. Channels default to all the audience's channels,
 * `status_page` only when the draft has its `status_page` part (what the public page should show).
 */
export const ZDraftMessageRequest = z.strictObject({
  audience_id: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(100),
  kind: z.enum(messageKinds, { error: 'field.enum' }).optional(),
  languages: z
    .array(ZLanguage, { error: 'field.list' })
    .min(1, { error: 'message.no_language' })
    .max(2)
    .optional(),
  channels: z
    .array(ZChannel, { error: 'field.list' })
    .min(1, { error: 'message.no_channel' })
    .max(7)
    .optional(),
  contents: ZContents.optional(),
  status_page: ZMessageStatusPage.optional(),
});

/** Changing the text or channels; `revision` is the one the editor started from (409 when someone else saved). */
export const ZEditMessageRequest = z.strictObject({
  revision: z.number({ error: 'field.number' }).int(),
  contents: ZContents.optional(),
  channels: z
    .array(ZChannel, { error: 'field.list' })
    .min(1, { error: 'message.no_channel' })
    .max(7)
    .optional(),
  /** The status-page part; null removes it. */
  status_page: ZMessageStatusPage.nullable().optional(),
});

export const ZApproveMessageRequest = z.strictObject({
  revision: z.number({ error: 'field.number' }).int(),
  /** The chain role to sign as; by default the first open one the approver holds. */
  role_id: z.string().max(100).optional(),
});
export const ZRejectMessageRequest = z.strictObject({
  revision: z.number({ error: 'field.number' }).int(),
  comment: ZText(2000),
});
export const ZRevisionRequest = z.strictObject({ revision: z.number({ error: 'field.number' }).int() });

/** Draft preview of a template filled from the incident and its fact sheet (for the editor's template picker). */
export const ZTemplateFill = z.object({
  items: z.array(
    z.object({
      template_id: z.string(),
      audience_id: z.string(),
      language: ZLanguage,
      kind: z.enum(templateKinds),
      subject: z.string(),
      body: z.string(),
      /** Variables the incident cannot fill yet (no fact sheet, no ETA): left as [[name]] in the text. */
      missing: z.array(z.string()),
    }),
  ),
});

export const ZMessageDelivery = ZDelivery.omit({ subject: true }).extend({
  language: z.string().nullable(),
  history: z.array(z.object({ at: ZTimestamp, ok: z.boolean(), error: z.string().nullable() })),
});
export const ZMessageDeliveryList = z.object({ items: z.array(ZMessageDelivery) });

/** Per audience: the last update, the next one due, and what waits for approval. */
export const ZAudienceCommunication = z.object({
  audience_id: z.string(),
  name: z.string(),
  internal: z.boolean(),
  channels: z.array(z.enum(channels)),
  languages: z.array(ZLanguage),
  approval_chain: z.array(z.object({ role_id: z.string(), role_name: z.string() })),
  cadence_minutes: z.number().int(),
  last_published_at: ZTimestamp.nullable(),
  last_message_id: z.string().nullable(),
  /** Null when no update is due: the incident is in evaluation or closed, or the audience was told it is resolved. */
  next_due_at: ZTimestamp.nullable(),
  overdue: z.boolean(),
  waiting: z.array(
    z.object({ message_id: z.string(), status: z.enum(messageStatuses), updated_at: ZTimestamp }),
  ),
  recipients: z.number().int().describe('email recipients from the plan'),
  /** People uploaded for this incident (CSV), e.g. the people affected by a breach; emailed besides the plan's. */
  uploaded_recipients: z.number().int(),
  templates: z.array(
    z.object({ id: z.string(), language: ZLanguage, kind: z.enum(templateKinds), subject: z.string() }),
  ),
});
export const ZCommunication = z.object({
  audiences: z.array(ZAudienceCommunication),
  fact_sheet_version: z.number().int().nullable(),
  /** The plan's own jargon, added to the built-in lists in the editor's plain-language check. */
  jargon: z.object({
    nl: z.array(z.object({ term: z.string(), plain: z.string() })),
    en: z.array(z.object({ term: z.string(), plain: z.string() })),
  }),
});
export type Communication = z.infer<typeof ZCommunication>;

/** Overdue updates across open incidents, for the home page. */
export const ZOverdueUpdates = z.object({
  items: z.array(
    z.object({
      incident_id: z.string(),
      reference: z.string(),
      title: z.string(),
      exercise: z.boolean(),
      audience_id: z.string(),
      audience_name: z.string(),
      next_due_at: ZTimestamp,
    }),
  ),
});

export const ZLink = z.object({ url: z.string() });
export const ZWebhookSecret = z.object({ secret: z.string() });

export const ZRecipientsParams = z.object({
  id: z.string().min(1).max(100),
  audienceId: z.string().min(1).max(100),
});

/**
 * A CSV file of people to email for this incident's audience: a header row with `email` and optionally `name` and
 * `language` (or naam/taal). Every bad line is reported with its number and nothing is added. `replace` empties
 * the list first; otherwise the people are added to it (a larger list can be uploaded in parts).
 */
export const ZUploadRecipientsRequest = z.strictObject({
  csv: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }),
  replace: z.boolean({ error: 'field.boolean' }).optional(),
});

export const ZRecipientList = z.object({
  audience_id: z.string(),
  total: z.number().int(),
  by_language: z.object({ nl: z.number().int(), en: z.number().int() }),
  /** The first ones, alphabetically by address. */
  items: z.array(z.object({ email: z.string(), name: z.string().nullable(), language: ZLanguage })),
  /** After an upload: how many were new, already on the list, or twice in the file. */
  upload: z
    .object({
      added: z.number().int(),
      already_listed: z.number().int(),
      duplicates_in_file: z.number().int(),
    })
    .optional(),
});
export type RecipientList = z.infer<typeof ZRecipientList>;
