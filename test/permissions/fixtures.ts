// What the matrix's requests are made of: the request type, and the objects a request needs made fresh (a draft,
// a message waiting for approval, an obligation, an exercise, a failed delivery, a link from a mail).
import { readFileSync } from 'node:fs';
import { Client, linkFromMail } from '../support/client.js';
import type { Caller } from './matrix.js';
import { actorFor, deliver, freshIncident, incidentOf, must, type IncidentRef, type World } from './world.js';
import { gdprAssessment } from '../support/legal.js';

export interface Req {
  /** The path with its query; the method is the row's. */
  path: string;
  body?: unknown;
  /** A form post (the status page's subscription forms) instead of JSON. */
  form?: string;
  headers?: Record<string, string>;
  /** Send as this client instead of the caller's own (a throwaway session of the same account). */
  client?: Client;
  /** A Server-Sent Events stream: read the status and headers, then hang up. */
  stream?: boolean;
}

export type Build = (w: World, as: Caller) => Promise<Req>;

export const PASSWORDS: Partial<Record<Caller, [string, string]>> = {
  viewer: ['vera@example.org', 'long enough password'],
  responder: ['rik@example.org', 'long enough password'],
  admin: ['anna@example.org', 'correct horse battery'],
  outsider: ['olga@example.org', 'long enough password'],
};

/** The caller's account: whose password, for routes about one's own session. */
export function account(as: Caller): [string, string] {
  if (as === 'token') return PASSWORDS.responder!;
  if (as === 'outsiderToken') return PASSWORDS.outsider!;
  return PASSWORDS[as] ?? PASSWORDS.viewer!;
}

/** The client with a session of the caller's account (a token's own account for the token callers). */
export function sessionOf(w: World, as: Caller): Client {
  if (as === 'token') return w.responder;
  if (as === 'outsiderToken') return w.outsider;
  if (as === 'anonymous') return w.viewer;
  return w[as];
}

/** A second session of the caller's account, so that ending or changing it leaves the caller's own intact. */
export async function throwawaySession(w: World, as: Caller): Promise<Client | undefined> {
  if (as === 'anonymous' || as === 'token' || as === 'outsiderToken') return undefined;
  const c = new Client(w.server.url);
  const [email, password] = account(as);
  must(await c.post('/api/v1/auth/login', { email, password }), 'login');
  return c;
}

export const inc = (w: World, as: Caller) => `/api/v1/incidents/${incidentOf(w, as).id}`;

// Messages, walked through their states by the plan's communications lead (the author) and legal (the admin).
export async function draftIn(c: Client, incident: IncidentRef, audience = 'employees') {
  return must(
    await c.post(`/api/v1/incidents/${incident.id}/messages`, {
      audience_id: audience,
      contents: [
        { language: 'en', subject: 'Disruption', body: 'Some systems do not work. We are restoring them.' },
      ],
      ...(audience === 'customers'
        ? { status_page: { incident_status: 'identified', impact: 'minor', components: [] } }
        : {}),
    }),
    'draft',
  );
}
export const msgPath = (incident: IncidentRef, m: { id: string }) =>
  `/api/v1/incidents/${incident.id}/messages/${m.id}`;
/** Submitted by the communications lead, waiting for legal (partners: no status page, fine when restricted). */
export async function inReview(w: World, incident: IncidentRef, audience = 'partners') {
  const d = await draftIn(w.author, incident, audience);
  return must(await w.author.post(`${msgPath(incident, d)}/submit`, { revision: d.revision }), 'submit');
}
export async function approved(w: World, incident: IncidentRef) {
  const d = await draftIn(w.author, incident);
  return must(await w.author.post(`${msgPath(incident, d)}/submit`, { revision: d.revision }), 'submit');
}
export async function published(w: World, incident: IncidentRef) {
  const m = await approved(w, incident);
  return must(await w.author.post(`${msgPath(incident, m)}/publish`, { revision: m.revision }), 'publish');
}

// Legal: an assessment that creates the GDPR notification to the authority.
export const assessment = gdprAssessment;
export async function obligationIn(w: World, incident: IncidentRef): Promise<string> {
  const legal = must(
    await w.admin.request(
      'PUT',
      `/api/v1/incidents/${incident.id}/assessment`,
      assessment('Addresses copied.'),
    ),
    'assessment',
  );
  return legal.obligations.find((o: { kind: string }) => o.kind === 'gdpr_authority').id;
}
export async function obligationPath(w: World, as: Caller, fresh = false) {
  const incident = fresh ? await freshIncident(w, as) : incidentOf(w, as);
  return `/api/v1/incidents/${incident.id}/obligations/${await obligationIn(w, incident)}`;
}

// Evaluation.
export async function contribution(c: Client, incident: IncidentRef, n: number) {
  return must(
    await c.post(`/api/v1/incidents/${incident.id}/review/contributions`, { went_well: `Quick call ${n}` }),
    'contribution',
  );
}
export async function actionItem(w: World, as: Caller) {
  const incident = incidentOf(w, as);
  return must(
    await actorFor(w, as).post(`/api/v1/incidents/${incident.id}/action-items`, {
      title: `Patch ${w.n()}`,
      owner_name: 'Rik',
    }),
    'action item',
  );
}

/** Who owns a caller's own thing (an exercise they facilitate): themselves if they may, else an admin. */
export function ownerFor(w: World, as: Caller): Client {
  if (as === 'outsider' || as === 'outsiderToken') return w.outsider;
  return as === 'responder' || as === 'admin' || as === 'token' ? w[as] : w.admin;
}

// Exercises: each responder-level caller facilitates one they started; the others try one an admin started.
export const script = readFileSync(new URL('../../exercises/ransomware-en.yaml', import.meta.url), 'utf8');
export async function exercise(w: World, as: Caller, state: 'running' | 'paused' | 'ended' = 'running') {
  const by = ownerFor(w, as);
  const ex = must(await by.post('/api/v1/exercises', { script_id: 'ransomware-en', speed: 1 }), 'exercise');
  if (state !== 'running')
    must(await by.post(`/api/v1/exercises/${ex.id}/${state === 'paused' ? 'pause' : 'end'}`), state);
  return ex;
}
export const exPath = async (w: World, as: Caller, state?: 'running' | 'paused' | 'ended') =>
  `/api/v1/exercises/${(await exercise(w, as, state)).id}`;

// The status page.
export async function maintenance(w: World, as: Caller) {
  const by = ownerFor(w, as);
  const start = Date.now() + 86_400_000;
  return must(
    await by.post('/api/v1/status-page/maintenances', {
      title: { nl: 'Onderhoud', en: `Maintenance ${w.n()}` },
      scheduled_for: new Date(start).toISOString(),
      scheduled_until: new Date(start + 3_600_000).toISOString(),
    }),
    'maintenance',
  );
}
export async function subscriber(w: World) {
  const made = must(
    await w.admin.post('/api/v1/status-page/subscribers', {
      kind: 'email',
      address: `reader${w.n()}@example.com`,
      language: 'en',
    }),
    'subscriber',
  );
  const row = await w.server.running.store.db
    .selectFrom('status_subscribers')
    .select('token')
    .where('id', '=', made.id)
    .executeTakeFirstOrThrow();
  return { id: made.id as string, token: row.token };
}

export async function componentStatus(w: World): Promise<string> {
  const { components } = must(await w.admin.get('/api/v1/status-page/components'), 'components');
  return components.find((c: { id: string }) => c.id === w.componentId).status;
}

/** A failed delivery (the worker is off: the test marks one failed, as the worker would after its attempts). */
export async function failedDelivery(w: World, incident: IncidentRef) {
  const m = await published(w, incident);
  const list = must(await w.admin.get(`${msgPath(incident, m)}/deliveries`), 'deliveries');
  const id = list.items[0].id as string;
  await w.server.running.store.db
    .updateTable('deliveries')
    .set({ status: 'failed' })
    .where('id', '=', id)
    .execute();
  return { message: m, id };
}

export async function invitationToken(w: World): Promise<string> {
  const email = `invitee${w.n()}@example.org`;
  must(
    await w.admin.post('/api/v1/accounts', {
      email,
      name: 'Invitee',
      language: 'en',
      access_level: 'viewer',
    }),
    'invitee',
  );
  await deliver(w);
  return linkFromMail(w.admin, email);
}

export async function contactToken(w: World): Promise<string> {
  must(await w.admin.post('/api/v1/contact-checks'), 'contact check');
  await deliver(w);
  const mail = must(await w.admin.get('/api/v1/mail'), 'mail').items.find((m: { subject: string }) =>
    /contact check/i.test(m.subject),
  );
  const text = must(await w.admin.get(`/api/v1/mail/${mail.id}`), 'mail').text_body as string;
  return /\/contact-check\/([A-Za-z0-9_-]+)/.exec(text)![1]!;
}

export const alert = (w: World, as: Caller, source: string, body: unknown): Req => ({
  path: `/api/v1/intake/alerts/${source}`,
  body,
  ...(as === 'token' || as === 'outsiderToken'
    ? {}
    : { headers: { authorization: `Bearer ${w.intakeTokens[source as keyof World['intakeTokens']]}` } }),
});
export const firing = () => ({
  status: 'firing',
  labels: { alertname: 'DiskFull' },
  startsAt: new Date().toISOString(),
});

/** A new report in triage, from monitoring (the report form is limited per address: the form's row uses it). */
export async function report(w: World): Promise<string> {
  const title = `Login-failures-${w.n()}`;
  const sender = new Client(w.server.url);
  sender.bearer = w.intakeTokens.generic;
  must(await sender.post('/api/v1/intake/alerts/generic', { title, fingerprint: title }), 'alert');
  const list = must(await w.admin.get('/api/v1/reports'), 'reports');
  return list.items.find((r: { title: string }) => r.title === title).id;
}

/** A request with no body: the path is all there is to it. */
export const at =
  (path: string): Build =>
  async () => ({ path });
