// The webhook channel: one event as JSON to a receiver's URL, signed per the Standard Webhooks specification.
import { z } from 'zod';
import type { NewDelivery } from '../store/repos/outbox.js';
import type { Channel, Clock, Delivery } from './channel.js';
import { invalidPayload, isHttpUrl, postJson, safeUrlLabel } from './http-post.js';
import { parseWebhookSecret, webhookHeaders, webhookId } from './webhook-signature.js';

const validSecret = (secret: string) => {
  try {
    parseWebhookSecret(secret);
    return true;
  } catch {
    return false;
  }
};

export const webhookPayload = z.object({
  url: z.string().refine(isHttpUrl, 'must be an http or https URL'),
  secret: z.string().refine(validSecret, 'must be "whsec_" followed by 24 to 64 bytes in base64'),
  /** The event type, dot-separated by convention: "message.published". */
  event: z.string().min(1).max(200),
  data: z.unknown(),
});
export type WebhookPayload = z.infer<typeof webhookPayload>;

/** The outbox row for one webhook call: pass it to `enqueue` (or `Unit.deliver`) inside the change's transaction. */
export function webhookDelivery(input: {
  key: string;
  url: string;
  secret: string;
  event: string;
  data: unknown;
  /** Shown in the deliveries view; the URL's host by default. */
  recipient?: string;
  at: string;
  maxAttempts?: number;
}): NewDelivery {
  const payload: WebhookPayload = {
    url: input.url,
    secret: input.secret,
    event: input.event,
    data: input.data ?? null,
  };
  return {
    key: input.key,
    channel: 'webhook',
    recipient: input.recipient ?? safeUrlLabel(input.url),
    payload,
    at: input.at,
    ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
  };
}

/**
 * The body the receiver gets. Its timestamp is when the event happened (the delivery's creation), so every
 * attempt sends the same bytes; only the signed `webhook-timestamp` header moves.
 */
export function webhookBody(delivery: Pick<Delivery, 'createdAt'>, payload: WebhookPayload): string {
  return JSON.stringify({ type: payload.event, timestamp: delivery.createdAt, data: payload.data ?? null });
}

export interface WebhookChannelOptions {
  /** Signs each attempt with this clock's time. */
  clock?: Clock;
  /** Milliseconds before a silent receiver counts as a temporary failure. */
  timeoutMs?: number;
}

export class WebhookChannel implements Channel {
  readonly name = 'webhook';
  private readonly clock: Clock;
  private readonly timeoutMs: number | undefined;

  constructor(options: WebhookChannelOptions = {}) {
    this.clock = options.clock ?? { now: () => new Date() };
    this.timeoutMs = options.timeoutMs;
  }

  async send(delivery: Delivery): Promise<void> {
    const parsed = webhookPayload.safeParse(delivery.payload);
    if (!parsed.success) throw invalidPayload('webhook', parsed.error.issues);
    const body = webhookBody(delivery, parsed.data);
    // The id comes from the delivery's key, so a retry carries the id of the first attempt.
    const headers = webhookHeaders({
      secret: parsed.data.secret,
      id: webhookId(delivery.key),
      at: this.clock.now(),
      body,
    });
    await postJson(parsed.data.url, body, {
      headers,
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
    });
  }
}
