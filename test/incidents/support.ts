// Helpers for incident tests: an account of a given level, a declared incident, and a Server-Sent Events reader.
import { Client, linkFromMail } from '../support/client.js';
import type { SmtpSink } from '../support/smtp-sink.js';

/**
 * A logged-in account made by the admin. Its invitation link is read from the built-in mail viewer, or, with
 * `smtp`, from the test SMTP server (driving the outbox worker with `runOnce` when the test runs it itself).
 */
export async function accountWith(
  admin: Client,
  base: string,
  email: string,
  level: 'viewer' | 'responder' | 'admin',
  options: {
    name?: string;
    password?: string;
    smtp?: { sink: SmtpSink; runOnce?: () => Promise<unknown> };
  } = {},
): Promise<Client> {
  const created = await admin.post('/api/v1/accounts', {
    email,
    name: options.name ?? `${level} ${email.split('@')[0]}`,
    language: 'en',
    access_level: level,
  });
  if (created.status !== 201) throw new Error(`could not create ${email}: ${JSON.stringify(created.body)}`);
  const token = options.smtp ? await linkFromSink(options.smtp, email) : await linkFromMail(admin, email);
  const c = new Client(base);
  await c.post('/api/v1/auth/account-token', { token, password: options.password ?? 'long enough password' });
  return c;
}

async function linkFromSink(
  smtp: { sink: SmtpSink; runOnce?: () => Promise<unknown> },
  email: string,
): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const mail = smtp.sink.received.find(
      (r) => r.rcpt.includes(email) && /\/account\/token\//.test(r.mail.text ?? ''),
    );
    const token = mail && /\/account\/token\/([A-Za-z0-9_-]+)/.exec(mail.mail.text ?? '')?.[1];
    if (token) return token;
    await smtp.runOnce?.();
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`no invitation for ${email} reached the SMTP server`);
}

export async function declare(c: Client, extra: Record<string, unknown> = {}) {
  const plan = (await c.get('/api/v1/plan')).body?.plan;
  const severity = plan?.severities?.[0]?.id ?? 'sev1';
  const res = await c.post('/api/v1/incidents', {
    title: 'File servers encrypted',
    scenario_id: 'ransomware',
    severity_id: severity,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`declare failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Reads a text/event-stream; `next()` resolves with the next event (or rejects after the timeout). */
export async function openEvents(base: string, path: string, headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(base + path, {
    headers: { accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  const events: Array<{ id: string; event: string; data: any }> = [];
  const waiting: Array<() => void> = [];
  let buffer = '';
  void (async () => {
    const decoder = new TextDecoder();
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const fields = Object.fromEntries(
            block
              .split('\n')
              .filter((l) => l && !l.startsWith(':'))
              .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trimStart()]),
          );
          if (fields.data) {
            events.push({
              id: fields.id ?? '',
              event: fields.event ?? 'message',
              data: JSON.parse(fields.data),
            });
            waiting.splice(0).forEach((w) => w());
          }
        }
      }
    } catch {
      /* aborted */
    }
  })();
  let read = 0;
  return {
    status: res.status,
    events,
    async next(timeoutMs = 3000) {
      const deadline = Date.now() + timeoutMs;
      while (read >= events.length) {
        if (Date.now() > deadline) throw new Error(`no event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return events[read++]!;
    },
    close: () => controller.abort(),
  };
}
