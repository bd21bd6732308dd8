// Helpers for the intake tests: an intake token, posting alerts as a sender would, and counting what was stored.
import { Client, linkFromMail } from '../support/client.js';
import type { TestServer } from '../support/server.js';

export type Source = 'generic' | 'alertmanager' | 'grafana';

export async function intakeToken(admin: Client, source: Source, name = `${source} sender`): Promise<string> {
  const res = await admin.post('/api/v1/intake/tokens', { source, name });
  if (res.status !== 201) throw new Error(`token failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

/** Posts like a sender: no cookies, the intake token as bearer, optionally an Idempotency-Key. */
export async function postAlerts(
  server: TestServer,
  source: Source,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const sender = new Client(server.url);
  sender.bearer = token;
  return sender.post(`/api/v1/intake/alerts/${source}`, body, headers);
}

export async function reports(admin: Client, status?: string) {
  const res = await admin.get(`/api/v1/reports${status ? `?status=${status}` : ''}`);
  if (res.status !== 200) throw new Error(`reports failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items as any[];
}

/** The organisation's timeline events of the report area, oldest first. */
export async function reportEvents(admin: Client) {
  const res = await admin.get('/api/v1/activity?limit=200');
  return (res.body.items as any[]).filter((e) => e.type.startsWith('report.')).reverse();
}

/** Mails kept by the mail viewer to `email`, newest first, waiting until at least `atLeast` arrived. */
export async function mailsTo(admin: Client, email: string, atLeast = 1) {
  for (let i = 0; i < 100; i++) {
    const items = (await admin.get('/api/v1/mail')).body.items.filter(
      (m: { recipient: string }) => m.recipient === email,
    );
    if (items.length >= atLeast) {
      return Promise.all(
        items.map(async (m: { id: string }) => (await admin.get(`/api/v1/mail/${m.id}`)).body),
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`fewer than ${atLeast} mails to ${email} arrived in the mail viewer`);
}

/**
 * The mails to a person with this subject, once at least one has arrived. Counting by subject rather than by
 * position keeps a late mail from an earlier test (the outbox sends when it sends) from standing in for this one.
 */
export async function mailsWithSubject(admin: Client, email: string, subject: string) {
  for (let i = 0; i < 100; i++) {
    const found = (await mailsTo(admin, email, 0)).filter((m: { subject: string }) => m.subject === subject);
    if (found.length > 0) return found;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no mail "${subject}" to ${email} arrived in the mail viewer`);
}

/** Lets the outbox worker finish what it was given, so "no mail" means none was sent rather than not yet. */
export const settle = () => new Promise((r) => setTimeout(r, 400));

/** A logged-in account of the given level, made by the admin through the invitation mail. */
export async function accountWith(admin: Client, email: string, level: 'viewer' | 'responder' | 'admin') {
  const created = await admin.post('/api/v1/accounts', {
    email,
    name: email.split('@')[0],
    language: 'en',
    access_level: level,
  });
  if (created.status !== 201)
    throw new Error(`account failed: ${created.status} ${JSON.stringify(created.body)}`);
  const token = await linkFromMail(admin, email);
  const c = new Client(admin.base);
  const done = await c.post('/api/v1/auth/account-token', { token, password: 'long enough password' });
  if (done.status >= 300) throw new Error(`login failed: ${done.status} ${JSON.stringify(done.body)}`);
  return c;
}

export async function declareIncident(c: Client, extra: Record<string, unknown> = {}) {
  const plan = (await c.get('/api/v1/plan')).body.plan;
  const res = await c.post('/api/v1/incidents', {
    title: 'File servers encrypted',
    scenario_id: plan.scenarios[0].id,
    severity_id: plan.severities[0].id,
    ...extra,
  });
  if (res.status !== 201) throw new Error(`declare failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; reference: string };
}

export async function incidentTimeline(c: Client, id: string) {
  return ((await c.get(`/api/v1/incidents/${id}/timeline?limit=200`)).body.items as any[]).reverse();
}
