// Tells the status page's subscribers about a change: one delivery per matching confirmed subscriber, through the
// outbox, in the transaction of the change. Subscribers are read and enqueued in batches (keyset by id, multi-row
// inserts), so 50,000 of them are neither held in memory at once nor written one round trip each.
import type { Ctx, Unit } from '../context.js';
import type { Language } from '../../core/api/common.js';
import { formatDateTime } from '../../core/format-time.js';
import { t } from '../../core/i18n/index.js';
import { renderStatusNoticeMail } from '../../core/mail/status-subscriber-mail.js';
import type { RenderedMail } from '../../core/mail/render.js';
import type { Localised } from '../../core/status-page/snapshot.js';
import type { ComponentStatus, IncidentStatus, Impact } from '../../core/status-page/values.js';
import { emailDelivery } from '../../delivery/email.js';
import { webhookDelivery } from '../../delivery/webhook.js';
import { getIncident } from '../../store/repos/incidents.js';
import { enqueueMany, type NewDelivery } from '../../store/repos/outbox.js';
import { activeSubscribersAfter, type SubscriberRow } from '../../store/repos/status-subscribers.js';
import {
  parseComponentIds,
  senderOf,
  subscriberWebhookSecret,
  unsubscribeUrl,
  type Sender,
} from './subscribers-support.js';

export type StatusNotice =
  | {
      kind: 'incident_update';
      /** The incident id (its public page is /status/incidents/{incident_id}). */
      incident_id: string;
      /** The message id of the update (a stable key for the deliveries). */
      update_id: string;
      name: Localised;
      status: IncidentStatus;
      impact: Impact;
      /** Markdown. */
      body: Localised;
      /** Components the update touched, with the status it set; empty = a general update (goes to everyone). */
      components: { id: string; name: Localised; status: ComponentStatus }[];
      published_at: string;
    }
  | {
      kind: 'maintenance';
      phase: 'scheduled' | 'started' | 'completed' | 'cancelled';
      maintenance_id: string;
      name: Localised;
      body: Localised;
      scheduled_for: string;
      scheduled_until: string;
      components: { id: string; name: Localised }[];
      at: string;
    };

/** Subscribers read per query; their deliveries are inserted 500 rows per statement (outbox `enqueueMany`). */
const BATCH = 1000;

// Stands for a subscriber's token while a mail is rendered once per language; replaced per subscriber.
const TOKEN_SLOT = 'STORMBELL-SUBSCRIBER-TOKEN-SLOT';

const pick = (v: Localised, l: Language) => v[l] || v[l === 'nl' ? 'en' : 'nl'];

/** Whether a subscriber hears about a notice: everything, or one of their components; a general notice: everyone. */
export function matchesSubscriber(subscribed: string[] | null, noticeComponents: string[]): boolean {
  if (subscribed === null || noticeComponents.length === 0) return true;
  return noticeComponents.some((id) => subscribed.includes(id));
}

function noticeKey(n: StatusNotice): string {
  return n.kind === 'incident_update'
    ? `incident:${n.update_id}`
    : `maintenance:${n.maintenance_id}:${n.phase}`;
}

function pageLink(publicUrl: string, n: StatusNotice): string {
  return n.kind === 'incident_update'
    ? `${publicUrl}/status/incidents/${n.incident_id}`
    : `${publicUrl}/status`;
}

function renderFor(ctx: Ctx, sender: Sender, n: StatusNotice, l: Language): RenderedMail {
  const publicUrl = ctx.config.publicUrl;
  const name = pick(n.name, l);
  const common = {
    language: l,
    organisation: sender.name,
    body: pick(n.body, l),
    pageUrl: pageLink(publicUrl, n),
    unsubscribeUrl: unsubscribeUrl(publicUrl, TOKEN_SLOT),
  };
  if (n.kind === 'incident_update') {
    const status = t(l, `subscriptions.incident_status.${n.status}`);
    return renderStatusNoticeMail({
      ...common,
      subject: t(l, 'mail.status.incident.subject', { status, name }),
      lines: [
        name,
        t(l, 'mail.status.incident.status', { status, impact: t(l, `subscriptions.impact.${n.impact}`) }),
      ],
      components: n.components.map(
        (c) => `${pick(c.name, l)}: ${t(l, `subscriptions.component_status.${c.status}`)}`,
      ),
    });
  }
  return renderStatusNoticeMail({
    ...common,
    subject: t(l, `mail.status.maintenance.${n.phase}`, { name }),
    lines: [
      t(l, `mail.status.maintenance.${n.phase}`, { name }),
      t(l, 'mail.status.maintenance.window', {
        from: formatDateTime(n.scheduled_for, l, sender.timeZone),
        until: formatDateTime(n.scheduled_until, l, sender.timeZone),
      }),
    ],
    components: n.components.map((c) => pick(c.name, l)),
  });
}

/** The Statuspage-like body a webhook subscriber receives (texts in the subscriber's language). */
function webhookData(ctx: Ctx, sender: Sender, n: StatusNotice, l: Language, unsubscribe: string) {
  const page = { id: sender.organisationId, name: sender.name, url: `${ctx.config.publicUrl}/status` };
  const meta = { unsubscribe, language: l };
  if (n.kind === 'incident_update')
    return {
      meta,
      page,
      incident: {
        id: n.incident_id,
        name: pick(n.name, l),
        status: n.status,
        impact: n.impact,
        shortlink: pageLink(ctx.config.publicUrl, n),
        updated_at: n.published_at,
        incident_updates: [
          { id: n.update_id, status: n.status, body: pick(n.body, l), created_at: n.published_at },
        ],
      },
      component_updates: n.components.map((c) => ({
        component_id: c.id,
        name: pick(c.name, l),
        new_status: c.status,
      })),
    };
  return {
    meta,
    page,
    maintenance: {
      id: n.maintenance_id,
      phase: n.phase,
      name: pick(n.name, l),
      body: pick(n.body, l),
      scheduled_for: n.scheduled_for,
      scheduled_until: n.scheduled_until,
      updated_at: n.at,
      shortlink: pageLink(ctx.config.publicUrl, n),
    },
    component_updates: n.components.map((c) => ({ component_id: c.id, name: pick(c.name, l) })),
  };
}

/** Returns how many deliveries it enqueued (new ones; a notice enqueued twice adds nothing the second time). */
export async function notifySubscribers(u: Unit, ctx: Ctx, notice: StatusNotice): Promise<number> {
  if (notice.kind === 'incident_update') {
    // Exercises and need-to-know incidents never reach the public; the publish flow never asks, this makes sure.
    const incident = await getIncident(u.tx, notice.incident_id);
    if (incident && (Number(incident.exercise) === 1 || Number(incident.restricted) === 1)) return 0;
  }
  const sender = await senderOf(u.tx);
  const at = notice.kind === 'incident_update' ? notice.published_at : notice.at;
  const key = noticeKey(notice);
  const noticeComponents = notice.components.map((c) => c.id);
  const mails = new Map<Language, RenderedMail>();
  const mailIn = (l: Language) => {
    let m = mails.get(l);
    if (!m) mails.set(l, (m = renderFor(ctx, sender, notice, l)));
    return m;
  };
  const link =
    notice.kind === 'incident_update' ? { incidentId: notice.incident_id, messageId: notice.update_id } : {};

  const deliveryFor = (r: SubscriberRow): NewDelivery => {
    const l: Language = r.language === 'nl' ? 'nl' : 'en';
    const unsubscribe = unsubscribeUrl(ctx.config.publicUrl, r.token);
    if (r.kind === 'webhook') {
      return {
        ...webhookDelivery({
          key: `status-notice:${key}:${r.id}`,
          url: r.address,
          secret: subscriberWebhookSecret(sender.secret, r.id),
          event:
            notice.kind === 'incident_update'
              ? 'status.incident_updated'
              : `status.maintenance_${notice.phase}`,
          data: webhookData(ctx, sender, notice, l, unsubscribe),
          at,
        }),
        ...link,
        language: l,
      };
    }
    const m = mailIn(l);
    return {
      ...emailDelivery({
        key: `status-notice:${key}:${r.id}`,
        to: r.address,
        subject: m.subject,
        text: m.text.replaceAll(TOKEN_SLOT, r.token),
        html: m.html.replaceAll(TOKEN_SLOT, r.token),
        fromName: sender.name,
        publicUrl: ctx.config.publicUrl,
        // RFC 8058: a mail client offers its own unsubscribe button and POSTs to the link without a browser.
        headers: {
          'List-Unsubscribe': `<${unsubscribe}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
        at,
      }),
      ...link,
      language: l,
    };
  };

  let after = '';
  let count = 0;
  for (;;) {
    const rows = await activeSubscribersAfter(u.tx, after, BATCH);
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    const batch = rows
      .filter((r) => matchesSubscriber(parseComponentIds(r.component_ids), noticeComponents))
      .map(deliveryFor);
    const added = await enqueueMany(u.tx, batch);
    // Enqueueing an existing key again changes nothing, but through the unit it wakes the worker after the commit.
    if (added > 0 && count === 0) await u.deliver(batch[0]!);
    count += added;
    if (rows.length < BATCH) break;
  }
  if (count > 0)
    await u.event(
      'status_subscribers.notified',
      {
        notice: notice.kind,
        ...(notice.kind === 'incident_update'
          ? { incident_id: notice.incident_id, update_id: notice.update_id }
          : { maintenance_id: notice.maintenance_id, phase: notice.phase }),
        deliveries: count,
      },
      { subject: notice.kind === 'incident_update' ? notice.update_id : notice.maintenance_id },
    );
  return count;
}
