// The chat channel: one message to a Slack, Microsoft Teams or Mattermost incoming webhook, in that service's format.
import { z } from 'zod';
import type { NewDelivery } from '../store/repos/outbox.js';
import type { Channel, Delivery } from './channel.js';
import { CHAT_FORMATS, chatBody, type ChatFormat } from './chat-formats.js';
import { invalidPayload, isHttpUrl, postJson, safeUrlLabel } from './http-post.js';

const httpUrl = z.string().refine(isHttpUrl, 'must be an http or https URL');

export const chatPayload = z.object({
  format: z.enum(CHAT_FORMATS),
  url: httpUrl,
  title: z.string().min(1),
  text: z.string(),
  link: httpUrl.optional(),
  linkLabel: z.string().min(1).optional(),
  exercise: z.boolean().optional(),
});
export type ChatPayload = z.infer<typeof chatPayload>;

/** The outbox row for one chat message: pass it to `enqueue` (or `Unit.deliver`) inside the change's transaction. */
export function chatDelivery(input: {
  key: string;
  format: ChatFormat;
  /** The incoming-webhook URL from the plan's channel. */
  url: string;
  title: string;
  /** Markdown; converted to Slack's mrkdwn for Slack. */
  text: string;
  link?: string;
  linkLabel?: string;
  exercise?: boolean;
  /** Shown in the deliveries view; by default the format and the host, since the URL's path is a secret. */
  recipient?: string;
  at: string;
  maxAttempts?: number;
}): NewDelivery {
  const payload: ChatPayload = {
    format: input.format,
    url: input.url,
    title: input.title,
    text: input.text,
    ...(input.link !== undefined ? { link: input.link } : {}),
    ...(input.linkLabel !== undefined ? { linkLabel: input.linkLabel } : {}),
    ...(input.exercise ? { exercise: true } : {}),
  };
  return {
    key: input.key,
    channel: 'chat',
    recipient: input.recipient ?? `${input.format} ${safeUrlLabel(input.url)}`,
    payload,
    at: input.at,
    ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
  };
}

export interface ChatChannelOptions {
  /** Milliseconds before a silent chat service counts as a temporary failure. */
  timeoutMs?: number;
}

export class ChatChannel implements Channel {
  readonly name = 'chat';
  private readonly timeoutMs: number | undefined;

  constructor(options: ChatChannelOptions = {}) {
    this.timeoutMs = options.timeoutMs;
  }

  // Incoming webhooks offer no idempotency key: a crash between the post and its record can show a message twice.
  async send(delivery: Delivery): Promise<void> {
    const parsed = chatPayload.safeParse(delivery.payload);
    if (!parsed.success) throw invalidPayload('chat', parsed.error.issues);
    const { format, url, ...message } = parsed.data;
    await postJson(url, JSON.stringify(chatBody(format, message)), {
      ...(this.timeoutMs !== undefined ? { timeoutMs: this.timeoutMs } : {}),
    });
  }
}
