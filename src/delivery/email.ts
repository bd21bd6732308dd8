// The email channel: pooled SMTP when a server is configured, otherwise the built-in mail viewer's mailbox.
import { createHash, randomUUID } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import nodemailer, { type Transporter } from 'nodemailer';
import SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import { z } from 'zod';
import type { Store } from '../store/db.js';
import type { NewDelivery } from '../store/repos/outbox.js';
import { findMailByMessageId, insertMail } from '../store/repos/mailbox.js';
import { permanentError, temporaryError, type Channel, type Clock, type Delivery } from './channel.js';

// Header names are RFC 5322 field names; values may not break the line, or a subscriber's name could add headers.
const headerName = z.string().regex(/^[!-9;-~]+$/);
const headerValue = z.string().regex(/^[^\r\n]*$/);

export const emailPayload = z.object({
  to: z.string().min(3).max(998),
  subject: z.string().regex(/^[^\r\n]*$/),
  text: z.string(),
  html: z.string(),
  messageId: z.string().regex(/^<[^<>\s@]+@[^<>\s@]+>$/),
  /** The name the recipient sees as sender (the organisation); the address stays the configured one. */
  fromName: headerValue.max(200).optional(),
  headers: z.record(headerName, headerValue).optional(),
});
export type EmailPayload = z.infer<typeof emailPayload>;

/** A stable Message-ID for a delivery key, so every attempt (and the recipient's deduplication) sees the same one. */
export function emailMessageId(key: string, publicUrl: string): string {
  const host = new URL(publicUrl).hostname || 'stormbell.local';
  return `<${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${host}>`;
}

/** The outbox row for one email: pass it to `enqueue` (or `Unit.deliver`) inside the change's transaction. */
export function emailDelivery(input: {
  key: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  publicUrl: string;
  headers?: Record<string, string>;
  fromName?: string;
  at: string;
  maxAttempts?: number;
}): NewDelivery {
  const payload: EmailPayload = {
    to: input.to,
    subject: input.subject,
    text: input.text,
    html: input.html,
    messageId: emailMessageId(input.key, input.publicUrl),
    ...(input.fromName ? { fromName: input.fromName } : {}),
    ...(input.headers ? { headers: input.headers } : {}),
  };
  return {
    key: input.key,
    channel: 'email',
    recipient: input.to,
    payload,
    at: input.at,
    ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
  };
}

/** What nodemailer puts on the errors it throws. */
interface SmtpFailure {
  code?: string;
  responseCode?: number;
  command?: string;
}

// A 5xx from these steps concerns our connection or credentials, not this message: fixing the configuration and
// retrying can still get it through, so they are not reasons to give the message up.
const SESSION_COMMANDS = /^(CONN|GREETING|EHLO|HELO|LHLO|STARTTLS|AUTH)/i;

/** Maps an SMTP failure to a DeliveryError: 5xx on the envelope or message is permanent, the rest is retried. */
export function smtpError(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  const e: SmtpFailure = typeof error === 'object' && error !== null ? (error as SmtpFailure) : {};
  const code = typeof e.responseCode === 'number' ? e.responseCode : 0;
  if (code >= 500 && code < 600 && e.code !== 'EAUTH' && !SESSION_COMMANDS.test(e.command ?? '')) {
    return permanentError(message, error);
  }
  // No reply code but an envelope or message problem (an unparsable address, say): the same each time.
  if (code === 0 && (e.code === 'EENVELOPE' || e.code === 'EMESSAGE')) return permanentError(message, error);
  return temporaryError(message, error);
}

/** The address part of "Crisis team <crisis@example.org>". */
export function addressOf(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

export interface EmailChannelOptions {
  store: Store;
  /** config.smtpUrl: null keeps mail in the mailbox table (the built-in mail viewer). */
  smtpUrl: string | null;
  /** config.mailFrom. */
  mailFrom: string;
  clock?: Clock;
  /** At most this many SMTP connections at once (nodemailer's default is 5). */
  maxConnections?: number;
  /** Milliseconds before a silent SMTP server counts as a temporary failure; keep it well below the worker's lease. */
  timeoutMs?: number;
}

/**
 * nodemailer's pool with TCP_NODELAY on its sockets. Its own sockets keep Nagle's algorithm on, so the small write
 * that ends each message waits for the server's delayed ACK (40 ms on Linux): that held one connection near 18
 * messages a second (bench/fan-out.mjs). The socket is handed over while it is still connecting, so a refused or
 * failing connection reaches nodemailer's own error handling (the pool then fails the send and carries on) exactly as
 * with the socket it would open itself; it also sets up TLS on it (smtps:// or STARTTLS).
 */
function noDelaySocket(
  options: { host?: string; port?: number; secure?: boolean },
  callback: (error: Error | null, socketOptions?: { connection: Socket }) => void,
): void {
  const socket = connect({
    host: options.host ?? 'localhost',
    port: options.port ?? (options.secure ? 465 : 587),
    noDelay: true,
    keepAlive: true,
  });
  callback(null, { connection: socket });
}

export class EmailChannel implements Channel {
  readonly name = 'email';
  /** 'viewer' when mail is kept rather than sent: the UI shows a banner then. */
  readonly mode: 'smtp' | 'viewer';
  private readonly store: Store;
  private readonly clock: Clock;
  private readonly from: string;
  private readonly transport: Transporter | null;

  constructor(options: EmailChannelOptions) {
    this.store = options.store;
    this.clock = options.clock ?? { now: () => new Date() };
    this.from = options.mailFrom;
    this.mode = options.smtpUrl ? 'smtp' : 'viewer';
    const timeout = options.timeoutMs ?? 60_000;
    this.transport = options.smtpUrl
      ? nodemailer.createTransport(
          new SMTPPool({
            url: options.smtpUrl,
            pool: true,
            maxConnections: options.maxConnections ?? 5,
            connectionTimeout: timeout,
            greetingTimeout: timeout,
            socketTimeout: timeout,
            getSocket: noDelaySocket,
          }),
        )
      : null;
  }

  async send(delivery: Delivery): Promise<void> {
    const parsed = emailPayload.safeParse(delivery.payload);
    if (!parsed.success) {
      throw permanentError(
        `invalid email payload: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      );
    }
    const mail = parsed.data;
    if (!this.transport) return this.keep(delivery, mail);
    try {
      await this.transport.sendMail({
        from: mail.fromName ? { name: mail.fromName, address: addressOf(this.from) } : this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        ...(mail.headers ? { headers: mail.headers } : {}),
      });
    } catch (error) {
      throw smtpError(error);
    }
  }

  /** Ends the SMTP pool; mail in flight is finished or fails (and is retried by the outbox). */
  async close(): Promise<void> {
    this.transport?.close();
  }

  // Kept once per Message-ID: a retry after a crash between keeping and recording finds it and stops there.
  private async keep(delivery: Delivery, mail: EmailPayload): Promise<void> {
    try {
      await this.store.db.transaction().execute(async (tx) => {
        if (await findMailByMessageId(tx, mail.messageId)) return;
        await insertMail(tx, {
          id: randomUUID(),
          delivery_id: delivery.id,
          message_id: mail.messageId,
          recipient: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          created_at: this.clock.now().toISOString(),
        });
      });
    } catch (error) {
      throw temporaryError(
        `could not keep the mail: ${error instanceof Error ? error.message : String(error)}`,
        error,
      );
    }
  }
}
