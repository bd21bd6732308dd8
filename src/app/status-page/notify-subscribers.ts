// Tells the status page's subscribers about a change: one delivery per matching confirmed subscriber, through the
// outbox. Subscribers are read and enqueued in batches (keyset by id, multi-row inserts). The first few thousand
// are enqueued in the transaction of the change; when there are more, the rest is one fan-out job in that same
// transaction, which the outbox worker expands batch by batch (subscribers-fan-out.ts): a publication to 50,000
// subscribers then writes a few thousand rows, not 50,000, and holds the database's write lock that much shorter.
import { randomUUID } from 'node:crypto';
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
import type { Tx } from '../../store/db.js';
import { enqueueMany, type NewDelivery } from '../../store/repos/outbox.js';
import {
  activeSubscribersAfter,
  activeSubscriptionsAfter,
  getFanOut,
  insertFanOut,
  type SubscriberRow,
} from '../../store/repos/status-subscribers.js';
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
export const BATCH = 1000;
/** Subscribers walked in the change's own transaction; the rest goes to a fan-out job for the worker. */
export const INLINE_SUBSCRIBERS = 5000;

// Stands for a subscriber's token while a mail is rendered once per language; replaced per subscriber.
const TOKEN_SLOT = 'STORMBELL-SUBSCRIBER-TOKEN-SLOT';

const pick = (v: Localised, l: Language) => v[l] || v[l === 'nl' ? 'en' : 'nl'];

/** Whether a subscriber hears about a notice: everything, or one of their components; a general notice: everyone. */
export function matchesSubscriber(subscribed: string[] | null, noticeComponents: string[]): boolean {
  if (subscribed === null || noticeComponents.length === 0) return true;
  return noticeComponents.some((id) => subscribed.includes(id));
}

export function noticeKey(n: StatusNotice): string {
  return n.kind === 'incident_update'
    ? `incident:${n.update_id}`
    : `maintenance:${n.maintenance_id}:${n.phase}`;
}

function pageLink(publicUrl: string, n: StatusNotice): string {
  return n.kind === 'incident_update'
    ? `${publicUrl}/status/incidents/${n.incident_id}`
    : `${publicUrl}/status`;
}

function renderFor(publicUrl: string, sender: Sender, n: StatusNotice, l: Language): RenderedMail {
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
function webhookData(publicUrl: string, sender: Sender, n: StatusNotice, l: Language, unsubscribe: string) {
  const page = { id: sender.organisationId, name: sender.name, url: `${publicUrl}/status` };
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
        shortlink: pageLink(publicUrl, n),
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
      shortlink: pageLink(publicUrl, n),
    },
    component_updates: n.components.map((c) => ({ component_id: c.id, name: pick(c.name, l) })),
  };
}

/** What a notice's deliveries are made from: kept with a fan-out job, so the worker makes the same ones. */
export interface FanOutPlan {
  notice: StatusNotice;
  publicUrl: string;
  sender: Sender;
}

/** Makes a subscriber's delivery of the notice (each mail rendered once per language, the token put in per row). */
export function deliveryMaker(plan: FanOutPlan): (r: SubscriberRow) => NewDelivery {
  const { notice, publicUrl, sender } = plan;
  const at = notice.kind === 'incident_update' ? notice.published_at : notice.at;
  const key = noticeKey(notice);
  const mails = new Map<Language, RenderedMail>();
  const mailIn = (l: Language) => {
    let m = mails.get(l);
    if (!m) mails.set(l, (m = renderFor(publicUrl, sender, notice, l)));
    return m;
  };
  const link =
    notice.kind === 'incident_update' ? { incidentId: notice.incident_id, messageId: notice.update_id } : {};
  return (r) => {
    const l: Language = r.language === 'nl' ? 'nl' : 'en';
    const unsubscribe = unsubscribeUrl(publicUrl, r.token);
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
          data: webhookData(publicUrl, sender, notice, l, unsubscribe),
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
        publicUrl,
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
}

/**
 * Enqueues the deliveries of one batch of subscribers after `afterId`. Returns how many were new, the last id
 * walked (null when there was none), whether the walk reached the end, and the first delivery made (to wake the
 * worker with).
 */
export async function enqueueBatch(
  tx: Tx,
  plan: FanOutPlan,
  make: (r: SubscriberRow) => NewDelivery,
  afterId: string,
  confirmedBy?: string,
): Promise<{ added: number; lastId: string | null; end: boolean; first: NewDelivery | null }> {
  const rows = await activeSubscribersAfter(tx, afterId, BATCH, confirmedBy);
  if (rows.length === 0) return { added: 0, lastId: null, end: true, first: null };
  const noticeComponents = plan.notice.components.map((c) => c.id);
  const batch = rows
    .filter((r) => matchesSubscriber(parseComponentIds(r.component_ids), noticeComponents))
    .map(make);
  const added = await enqueueMany(tx, batch);
  return { added, lastId: rows[rows.length - 1]!.id, end: rows.length < BATCH, first: batch[0] ?? null };
}

/** How many of the subscribers after `afterId` hear of the notice. */
async function countRecipientsAfter(tx: Tx, notice: StatusNotice, afterId: string): Promise<number> {
  const { everything, componentLists } = await activeSubscriptionsAfter(tx, afterId);
  const noticeComponents = notice.components.map((c) => c.id);
  return (
    everything +
    componentLists.filter((json) => matchesSubscriber(parseComponentIds(json), noticeComponents)).length
  );
}

/**
 * Returns how many deliveries it enqueued (new ones; a notice enqueued twice adds nothing the second time), counting
 * those its fan-out job will enqueue. `inline`: subscribers walked in this transaction before the rest is left to
 * a fan-out job (tests lower it).
 */
export async function notifySubscribers(
  u: Unit,
  ctx: Ctx,
  notice: StatusNotice,
  options: { inline?: number } = {},
): Promise<number> {
  if (notice.kind === 'incident_update') {
    // Exercises and need-to-know incidents never reach the public; the publish flow never asks, this makes sure.
    const incident = await getIncident(u.tx, notice.incident_id);
    if (incident && (Number(incident.exercise) === 1 || Number(incident.restricted) === 1)) return 0;
  }
  // A notice that has a fan-out job was fully enqueued (or planned) before: nothing is new.
  if (await getFanOut(u.tx, noticeKey(notice))) return 0;
  const inline = options.inline ?? INLINE_SUBSCRIBERS;
  const plan: FanOutPlan = { notice, publicUrl: ctx.config.publicUrl, sender: await senderOf(u.tx) };
  const make = deliveryMaker(plan);

  let after = '';
  let walked = 0;
  let count = 0;
  let end = false;
  // Until `inline` subscribers are walked, and on until one delivery is new: enqueued through the unit, it wakes
  // the worker after the commit (which then expands the fan-out job too).
  while (!end && (walked < inline || count === 0)) {
    const b = await enqueueBatch(u.tx, plan, make, after);
    end = b.end;
    if (b.lastId === null) break;
    after = b.lastId;
    walked += BATCH;
    // Enqueueing an existing key again changes nothing, but through the unit it wakes the worker after the commit.
    if (b.added > 0 && count === 0) await u.deliver(b.first!);
    count += b.added;
  }
  if (!end) {
    const created = await insertFanOut(u.tx, {
      id: randomUUID(),
      notice_key: noticeKey(notice),
      plan: JSON.stringify({ ...plan, sender: { ...plan.sender, secret: '' } }),
      after_id: after,
      expanded: 0,
      created_at: u.now,
      done_at: null,
    });
    if (created) count += await countRecipientsAfter(u.tx, notice, after);
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
