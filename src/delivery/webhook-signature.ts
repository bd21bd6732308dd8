// Standard Webhooks signing (https://www.standardwebhooks.com): the secret's form and the three headers.
import { createHash, createHmac, randomBytes } from 'node:crypto';

const SECRET_PREFIX = 'whsec_';
// The specification asks for keys of 24 to 64 bytes.
const MIN_KEY_BYTES = 24;
const MAX_KEY_BYTES = 64;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The key bytes of a `whsec_<base64>` secret; throws, saying why, when it is not one. */
export function parseWebhookSecret(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error('a webhook secret starts with "whsec_"');
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!BASE64.test(encoded)) throw new Error('a webhook secret is "whsec_" followed by base64');
  const key = Buffer.from(encoded, 'base64');
  if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
    throw new Error(`a webhook secret holds ${MIN_KEY_BYTES} to ${MAX_KEY_BYTES} bytes, not ${key.length}`);
  }
  return key;
}

/** A new random secret in the `whsec_` form, to give to a receiver. */
export function generateWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

// A header value must be visible ASCII; the specification's examples are ids like "msg_2Lh9KRb0pzN4LePd3XiA4v12Axj".
const PLAIN_ID = /^[\x21-\x7e]{1,255}$/;

/**
 * The `webhook-id` for a delivery key: the key itself when it fits in a header, otherwise a hash of it. Either way
 * every attempt of one delivery carries the same id, so the receiver can drop a repeat.
 */
export function webhookId(key: string): string {
  if (PLAIN_ID.test(key)) return key;
  return `msg_${createHash('sha256').update(key).digest('base64url')}`;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the timestamp in whole seconds. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', parseWebhookSecret(secret))
    .update(`${id}.${timestampSeconds}.${body}`, 'utf8')
    .digest('base64');
  return `v1,${mac}`;
}

export type WebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/** The three headers for one attempt: the id stays, the timestamp is the moment of sending. */
export function webhookHeaders(input: {
  secret: string;
  id: string;
  at: Date;
  body: string;
}): WebhookHeaders {
  const timestamp = Math.floor(input.at.getTime() / 1000);
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signWebhook(input.secret, input.id, timestamp, input.body),
  };
}
