// What the subscription use cases share: link tokens and addresses, the per-subscriber webhook secret, the
// throttle rules of the public form, the opt-in mail, and the admin API's view of a subscriber.
import { createHmac, randomBytes } from 'node:crypto';
import type { Language } from '../../core/api/common.js';
import type { Subscriber } from '../../core/api/status-page.js';
import { DomainError } from '../../core/errors.js';
import { DEFAULT_TIME_ZONE } from '../../core/format-time.js';
import { renderSubscriptionConfirmMail } from '../../core/mail/status-subscriber-mail.js';
import type { ThrottleRule } from '../../core/throttle.js';
import { emailDelivery } from '../../delivery/email.js';
import { getOrganisation } from '../../store/repos/accounts.js';
import { pageSettings, stateOf, type SubscriberRow } from '../../store/repos/status-subscribers.js';
import type { NewDelivery } from '../../store/repos/outbox.js';
import type { Tx } from '../../store/db.js';
import type { Ctx } from '../context.js';

/** Submissions of the public form per IP address: enough for a household or an office, not for a script. */
export const SUBSCRIBE_PER_IP: ThrottleRule = { maxFailures: 10, windowMs: 60 * 60_000 };
/** Opt-in mails per address: enough for a lost mail, not enough to flood someone's inbox. */
export const OPT_IN_PER_ADDRESS: ThrottleRule = { maxFailures: 3, windowMs: 60 * 60_000 };

/** The confirm and unsubscribe links' key: 32 random bytes, URL-safe. */
export function newSubscriberToken(): string {
  return randomBytes(32).toString('base64url');
}
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,100}$/;

export const confirmUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/status/subscriptions/${token}/confirm`;
export const unsubscribeUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/status/subscriptions/${token}/unsubscribe`;

const SECRET_LABEL = 'stormbell:status-subscriber-webhook:v1:';

/**
 * A webhook subscriber's own signing secret, derived from the organisation's secret like the installation's
 * message-webhook secret, but one per subscriber: an outside party never learns a secret that signs anything
 * but its own deliveries.
 */
export function subscriberWebhookSecret(organisationSecret: string, subscriberId: string): string {
  return `whsec_${createHmac('sha256', organisationSecret)
    .update(SECRET_LABEL + subscriberId)
    .digest('base64')}`;
}

export function parseComponentIds(json: string | null): string[] | null {
  if (json === null) return null;
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : null;
}

/** null or an empty list: everything. Duplicates dropped, order kept. */
export function componentIdsJson(ids: readonly string[] | null | undefined): string | null {
  return ids && ids.length > 0 ? JSON.stringify([...new Set(ids)]) : null;
}

export function presentSubscriber(r: SubscriberRow, organisationSecret: string | null): Subscriber {
  return {
    id: r.id,
    kind: r.kind as Subscriber['kind'],
    address: r.address,
    language: r.language as Language,
    component_ids: parseComponentIds(r.component_ids),
    state: stateOf(r),
    created_at: r.created_at,
    confirmed_at: r.confirmed_at,
    unsubscribed_at: r.unsubscribed_at,
    webhook_secret:
      r.kind === 'webhook' && organisationSecret ? subscriberWebhookSecret(organisationSecret, r.id) : null,
  };
}

export interface Sender {
  /** The name mail is sent under and the page is called: the status page's title, else the organisation's. */
  name: string;
  organisationId: string;
  secret: string;
  /** The page's time zone, for times in mails. */
  timeZone: string;
}

export async function senderOf(tx: Tx): Promise<Sender> {
  const org = await getOrganisation(tx);
  if (!org) throw new DomainError('setup_required', 'error.setup_required');
  const settings = await pageSettings(tx);
  return {
    name: settings?.title || org.name,
    organisationId: org.id,
    secret: org.secret,
    timeZone: settings?.time_zone || DEFAULT_TIME_ZONE,
  };
}

/** The double opt-in mail for a pending email subscriber; each request (by its time) is its own delivery. */
export function optInDelivery(ctx: Ctx, sender: Sender, row: SubscriberRow, at: string): NewDelivery {
  const mail = renderSubscriptionConfirmMail({
    language: row.language as Language,
    organisation: sender.name,
    confirmUrl: confirmUrl(ctx.config.publicUrl, row.token),
  });
  return {
    ...emailDelivery({
      key: `status-subscriber:opt-in:${row.id}:${at}`,
      to: row.address,
      ...mail,
      fromName: sender.name,
      publicUrl: ctx.config.publicUrl,
      at,
    }),
    language: row.language,
  };
}
