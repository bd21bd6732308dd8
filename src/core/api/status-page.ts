// Request and response schemas of the public status page's administration: its settings, component groups and
// components, scheduled maintenance, the status-page part of a message, and subscribers.
//
// Routes (access level in brackets):
//   GET    /api/v1/status-page/settings                      [viewer]    -> ZStatusSettings
//   PUT    /api/v1/status-page/settings                      [admin]     ZUpdateStatusSettingsRequest -> ZStatusSettings
//   GET    /api/v1/status-page/components                    [viewer]    -> ZComponentsOverview (groups + components)
//   POST   /api/v1/status-page/groups                        [admin]     ZCreateGroupRequest -> ZComponentGroup (201)
//   PATCH  /api/v1/status-page/groups/:groupId               [admin]     ZUpdateGroupRequest -> ZComponentGroup
//   DELETE /api/v1/status-page/groups/:groupId               [admin]     (its components become ungrouped) -> 204
//   POST   /api/v1/status-page/components                    [admin]     ZCreateComponentRequest -> ZStatusComponent (201)
//   PATCH  /api/v1/status-page/components/:componentId       [admin]     ZUpdateComponentRequest -> ZStatusComponent
//   DELETE /api/v1/status-page/components/:componentId       [admin]     (removed from the page; history kept) -> 204
//   POST   /api/v1/status-page/components/:componentId/status [responder] ZSetComponentStatusRequest -> ZStatusComponent
//   GET    /api/v1/status-page/maintenances                  [viewer]    -> ZMaintenanceList
//   POST   /api/v1/status-page/maintenances                  [responder] ZCreateMaintenanceRequest -> ZMaintenance (201)
//   PATCH  /api/v1/status-page/maintenances/:maintenanceId   [responder] ZUpdateMaintenanceRequest -> ZMaintenance
//   POST   /api/v1/status-page/maintenances/:maintenanceId/cancel [responder] ZCancelMaintenanceRequest -> ZMaintenance
//   GET    /api/v1/status-page/subscribers                   [admin]     ?q=&kind=&state= -> ZSubscriberList
//   POST   /api/v1/status-page/subscribers                   [admin]     ZCreateSubscriberRequest -> ZSubscriber (201)
//   DELETE /api/v1/status-page/subscribers/:subscriberId     [admin]     -> 204
//   POST   /api/v1/status-page/subscribers/import            [admin]     ZImportSubscribersRequest -> ZImportSubscribersResult
//   GET    /api/v1/status-page/subscribers.csv               [admin]     -> text/csv (ZSubscriberCsvColumns)
// Public (src/status-page/, no login, HTML forms):
//   POST   /status/subscribe                 form: email, language, components (repeated; none = all)  [rate-limited]
//   GET    /status/subscriptions/:token/confirm   page with a confirm button (mail scanners open links)
//   POST   /status/subscriptions/:token/confirm
//   GET    /status/subscriptions/:token/unsubscribe   page with an unsubscribe button
//   POST   /status/subscriptions/:token/unsubscribe   RFC 8058 one-click (body List-Unsubscribe=One-Click) or the button
import { z } from 'zod';
import { ZLanguage, ZTimestamp } from './common.js';
import { componentStatuses, impacts, incidentStatuses, maintenanceStatuses } from '../status-page/values.js';

const ZComponentStatus = z.enum(componentStatuses, { error: 'field.enum' });
const ZIncidentStatus = z.enum(incidentStatuses, { error: 'field.enum' });
const ZImpact = z.enum(impacts, { error: 'field.enum' });

const optionalText = (max: number) =>
  z.string({ error: 'field.text' }).trim().max(max, { error: 'field.too_long' });

/** A name in both languages; one of them may be empty (the other is shown instead), not both. */
export const ZLocalisedName = z
  .strictObject({ nl: optionalText(120), en: optionalText(120) })
  .refine((v) => v.nl.length > 0 || v.en.length > 0, { error: 'field.required' });
export const ZLocalisedText = (max: number) =>
  z.strictObject({ nl: optionalText(max), en: optionalText(max) });

export const ZHttpsUrl = z
  .string({ error: 'field.required' })
  .trim()
  .max(2000, { error: 'field.too_long' })
  .refine((v) => /^https:\/\/[^\s]+$/i.test(v), { error: 'field.https_url' });

export const ZStatusSettings = z.object({
  /** The page title; empty means the organisation's name. */
  title: z.string(),
  organisation_name: z.string(),
  logo_url: z.string().nullable(),
  accent_color: z.string(),
  time_zone: z.string(),
  footer_links: z.array(z.object({ label: z.object({ nl: z.string(), en: z.string() }), url: z.string() })),
  /** The public address of the page, for the admin's "open the page" link. */
  page_url: z.string(),
  updated_at: ZTimestamp.nullable(),
});
export type StatusSettings = z.infer<typeof ZStatusSettings>;

export const ZUpdateStatusSettingsRequest = z.strictObject({
  title: optionalText(120).optional(),
  logo_url: ZHttpsUrl.nullable().optional(),
  /** `#rrggbb`; must give a contrast of at least 4.5:1 against white (checked; error `status.color_contrast`). */
  accent_color: z
    .string({ error: 'field.required' })
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'field.color' })
    .optional(),
  /** An IANA zone name (error `field.time_zone`). */
  time_zone: z.string({ error: 'field.required' }).max(64).optional(),
  footer_links: z
    .array(z.strictObject({ label: ZLocalisedName, url: ZHttpsUrl }), { error: 'field.list' })
    .max(8, { error: 'field.too_long' })
    .optional(),
});

export const ZComponentGroup = z.object({
  id: z.string(),
  name: z.object({ nl: z.string(), en: z.string() }),
  position: z.number().int(),
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
});
export type ComponentGroup = z.infer<typeof ZComponentGroup>;

export const ZStatusComponent = z.object({
  id: z.string(),
  group_id: z.string().nullable(),
  name: z.object({ nl: z.string(), en: z.string() }),
  description: z.object({ nl: z.string(), en: z.string() }),
  position: z.number().int(),
  status: ZComponentStatus,
  status_changed_at: ZTimestamp,
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
});
export type StatusComponent = z.infer<typeof ZStatusComponent>;

export const ZComponentsOverview = z.object({
  groups: z.array(ZComponentGroup),
  components: z.array(ZStatusComponent),
});
export type ComponentsOverview = z.infer<typeof ZComponentsOverview>;

export const ZCreateGroupRequest = z.strictObject({
  name: ZLocalisedName,
  position: z.number({ error: 'field.number' }).int().min(0).max(10000).optional(),
});
export const ZUpdateGroupRequest = ZCreateGroupRequest.partial();

export const ZCreateComponentRequest = z.strictObject({
  name: ZLocalisedName,
  description: ZLocalisedText(500).optional(),
  group_id: z.string().max(100).nullable().optional(),
  position: z.number({ error: 'field.number' }).int().min(0).max(10000).optional(),
  status: ZComponentStatus.optional(),
});
export const ZUpdateComponentRequest = z.strictObject({
  name: ZLocalisedName.optional(),
  description: ZLocalisedText(500).optional(),
  group_id: z.string().max(100).nullable().optional(),
  position: z.number({ error: 'field.number' }).int().min(0).max(10000).optional(),
});
/** A direct change by the communications lead, outside any message; the reason is on the timeline. */
export const ZSetComponentStatusRequest = z.strictObject({
  status: ZComponentStatus,
  reason: optionalText(500).optional(),
});

export const ZMaintenance = z.object({
  id: z.string(),
  title: z.object({ nl: z.string(), en: z.string() }),
  body: z.object({ nl: z.string(), en: z.string() }),
  status: z.enum(maintenanceStatuses),
  scheduled_for: ZTimestamp,
  scheduled_until: ZTimestamp,
  component_ids: z.array(z.string()),
  created_at: ZTimestamp,
  updated_at: ZTimestamp,
  cancelled_at: ZTimestamp.nullable(),
});
export type Maintenance = z.infer<typeof ZMaintenance>;
export const ZMaintenanceList = z.object({ items: z.array(ZMaintenance) });

export const ZCreateMaintenanceRequest = z.strictObject({
  title: ZLocalisedName,
  body: ZLocalisedText(5000).optional(),
  /** ISO 8601 with offset; must be before `scheduled_until` (error `status.maintenance_order`). */
  scheduled_for: z.iso.datetime({ offset: true, error: 'field.datetime' }),
  scheduled_until: z.iso.datetime({ offset: true, error: 'field.datetime' }),
  component_ids: z.array(z.string().max(100), { error: 'field.list' }).max(100).optional(),
});
export const ZUpdateMaintenanceRequest = ZCreateMaintenanceRequest.partial();
export const ZCancelMaintenanceRequest = z.strictObject({ reason: optionalText(500).optional() });

/**
 * The status-page part of a message whose channels include `status_page` (field `status_page` on the draft and
 * edit requests and on ZMessage). Required to submit such a message (error `status.update_missing`); refused for a
 * need-to-know incident (`status.restricted_incident`); for an exercise incident it is kept but never made public.
 * On publication the components take the statuses given here, in the same transaction.
 */
export const ZMessageStatusPage = z.strictObject({
  incident_status: ZIncidentStatus,
  impact: ZImpact,
  components: z
    .array(z.strictObject({ id: z.string().max(100), status: ZComponentStatus }), { error: 'field.list' })
    .max(100),
});
export type MessageStatusPage = z.infer<typeof ZMessageStatusPage>;

export const subscriberKinds = ['email', 'webhook'] as const;
export const subscriberStates = ['pending', 'confirmed', 'unsubscribed'] as const;

export const ZSubscriber = z.object({
  id: z.string(),
  kind: z.enum(subscriberKinds),
  /** The email address or the webhook URL. */
  address: z.string(),
  language: ZLanguage,
  /** null: everything. */
  component_ids: z.array(z.string()).nullable(),
  state: z.enum(subscriberStates),
  created_at: ZTimestamp,
  confirmed_at: ZTimestamp.nullable(),
  unsubscribed_at: ZTimestamp.nullable(),
  /**
   * A webhook subscriber's own Standard Webhooks signing secret (`whsec_...`), for the admin to give its receiver;
   * null for email. (Added by the subscriptions work: each outside receiver gets its own secret.)
   */
  webhook_secret: z.string().nullable().optional(),
});
export type Subscriber = z.infer<typeof ZSubscriber>;
export const ZSubscriberList = z.object({
  items: z.array(ZSubscriber),
  counts: z.object({
    pending: z.number().int(),
    confirmed: z.number().int(),
    unsubscribed: z.number().int(),
  }),
});

/** Admins add a webhook subscriber (confirmed at once) or an email subscriber (who gets the opt-in mail). */
export const ZCreateSubscriberRequest = z.strictObject({
  kind: z.enum(subscriberKinds, { error: 'field.enum' }),
  address: z.string({ error: 'field.required' }).trim().min(1, { error: 'field.required' }).max(2000),
  language: ZLanguage,
  component_ids: z.array(z.string().max(100)).max(100).nullable().optional(),
});

/**
 * CSV with a header row: `email,language,components` (components: ids separated by `;`, empty = all). Every bad
 * line is reported with its line number and nothing is imported (error `status.import_invalid` with
 * `lines: [{line, field, message}]`). Imported addresses are confirmed (the admin vouches for them) unless
 * `confirm_by_mail` is true.
 */
export const ZImportSubscribersRequest = z.strictObject({
  csv: z.string({ error: 'field.required' }).min(1, { error: 'field.required' }).max(5_000_000),
  confirm_by_mail: z.boolean().optional(),
});
export const ZImportSubscribersResult = z.object({
  imported: z.number().int(),
  already_subscribed: z.number().int(),
});
export const ZSubscriberCsvColumns = [
  'email',
  'language',
  'components',
  'state',
  'created_at',
  'confirmed_at',
] as const;
