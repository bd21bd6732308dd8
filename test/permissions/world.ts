// The world the permission matrix walks: one account per caller, an open and a restricted incident with real
// objects in them, and helpers that make a fresh object when a request may only succeed once.
import { sql } from 'kysely';
import type { TestServer } from '../support/server.js';
import { Client, setUp, ADMIN, linkFromMail, type Answer } from '../support/client.js';
import { accountWith, declare } from '../incidents/support.js';
import { intakeToken } from '../intake/support.js';
import type { Caller } from './matrix.js';

/** The words only the restricted incident carries: no answer to someone outside its team may contain them. */
export const SECRET_TITLE = 'Board member phished (need to know)';

export interface IncidentRef {
  id: string;
  reference: string;
}

export interface World {
  server: TestServer;
  admin: Client;
  viewer: Client;
  responder: Client;
  outsider: Client;
  /** The plan's communications lead: writes the messages others approve; on the team of every incident. */
  author: Client;
  anonymous: Client;
  /** Bearer API tokens of the responder and of the outsider. */
  token: Client;
  outsiderToken: Client;
  ids: { admin: string; viewer: string; responder: string; outsider: string; author: string };
  /** Accounts nobody logs in with, to be added as members or changed by the admin. */
  spare: string[];
  open: IncidentRef;
  secret: IncidentRef;
  intakeTokens: { generic: string; alertmanager: string; grafana: string };
  reportKey: string;
  componentId: string;
  mailId: string;
  /** A number that is new on every call: texts that must differ so that a change really changes something. */
  n(): number;
}

/** The answer if it is a success; throws with the answer otherwise (setting up the world must not fail quietly). */
export function must<T = any>(res: Answer<T>, what: string): T {
  if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** All events on all timelines: a refused request must not add one, an allowed change must. */
export async function eventCount(w: World): Promise<number> {
  const row = await w.server.running.store.db
    .selectFrom('timeline_events')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Delivers what the outbox holds (the server runs without its worker, so nothing happens behind the test's back). */
export async function deliver(w: World): Promise<void> {
  for (let i = 0; i < 5; i++) await w.server.running.worker.runOnce();
}

export function clientOf(w: World, caller: Caller): Client {
  return w[caller];
}

/** The incident a caller's request is about: the restricted one for the outsider, the open one for the rest. */
export function incidentOf(w: World, caller: Caller): IncidentRef {
  return caller === 'outsider' || caller === 'outsiderToken' ? w.secret : w.open;
}

/** Whoever acts for a caller who may not act (to set up what they then try): someone on every team. */
export function actorFor(w: World, caller: Caller): Client {
  return caller === 'responder' || caller === 'admin' || caller === 'token' ? w[caller] : w.author;
}

/** Moves an incident forward to `phase` (detection -> containment -> recovery -> evaluation). */
export async function moveTo(c: Client, id: string, phase: 'containment' | 'recovery' | 'evaluation') {
  const order = ['containment', 'recovery', 'evaluation'];
  for (const p of order.slice(0, order.indexOf(phase) + 1))
    must(await c.post(`/api/v1/incidents/${id}/phase`, { phase: p }), `phase ${p}`);
}

/** A new incident for a caller: restricted (the outsider not on its team) for the outsider. */
export async function freshIncident(
  w: World,
  caller: Caller,
  phase?: 'containment' | 'recovery' | 'evaluation',
): Promise<IncidentRef> {
  const restricted = caller === 'outsider' || caller === 'outsiderToken';
  const inc = await declare(w.admin, {
    title: restricted ? SECRET_TITLE : `Printer on fire ${w.n()}`,
    restricted,
  });
  if (phase) await moveTo(w.admin, inc.id, phase);
  return { id: inc.id, reference: inc.reference };
}

async function emailsInPlan(admin: Client, emails: Record<string, string>) {
  const { plan } = must(await admin.get('/api/v1/plan'), 'plan');
  for (const [person, email] of Object.entries(emails))
    plan.people.find((p: { id: string }) => p.id === person).email = email;
  must(
    await admin.request('PUT', '/api/v1/plan', { plan, description: 'The test accounts in the plan' }),
    'plan',
  );
}

async function tokenOf(c: Client, base: string, name: string): Promise<Client> {
  const made = must(await c.post('/api/v1/tokens', { name }), 'token');
  const t = new Client(base);
  t.bearer = made.token;
  return t;
}

export async function buildWorld(server: TestServer): Promise<World> {
  const base = server.url;
  let counter = 0;
  const n = () => ++counter;
  // The worker is off: deliver the invitations while the accounts are made.
  let pumping = true;
  const pump = (async () => {
    while (pumping) {
      await server.running.worker.runOnce();
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  const admin = await setUp(base);
  // The responder is legal's primary, the admin legal's deputy, the author the communications lead: each can
  // approve what the author submits. The viewer and the outsider are in no role.
  await emailsInPlan(admin, {
    maria_santos: 'maria@example.org',
    priya_shah: 'rik@example.org',
    thomas_berg: ADMIN.email,
  });
  const viewer = await accountWith(admin, base, 'vera@example.org', 'viewer');
  const responder = await accountWith(admin, base, 'rik@example.org', 'responder');
  const outsider = await accountWith(admin, base, 'olga@example.org', 'responder');
  const author = await accountWith(admin, base, 'maria@example.org', 'responder');
  const spare: string[] = [];
  for (let i = 0; i < 12; i++) {
    const made = must(
      await admin.post('/api/v1/accounts', {
        email: `spare${i}@example.org`,
        name: `Spare ${i}`,
        language: 'en',
        access_level: 'responder',
      }),
      'spare account',
    );
    spare.push(made.id);
  }
  // Something in the mail viewer to read.
  await linkFromMail(admin, 'spare0@example.org');
  pumping = false;
  await pump;
  const mailId = must(await admin.get('/api/v1/mail'), 'mail').items[0].id;

  const id = async (c: Client) => must(await c.get('/api/v1/me'), 'me').id as string;
  const open = await declare(admin, { title: 'File servers encrypted' });
  await moveTo(admin, open.id, 'recovery');
  const secret = await declare(admin, { title: SECRET_TITLE, restricted: true });
  await moveTo(admin, secret.id, 'recovery');

  const intakeTokens = {
    generic: await intakeToken(admin, 'generic'),
    alertmanager: await intakeToken(admin, 'alertmanager'),
    grafana: await intakeToken(admin, 'grafana'),
  };
  const link = must(await admin.get('/api/v1/intake/report-link'), 'report link');
  // A contact check to read (each request of the matrix stands on the world, never on a row before it).
  must(await admin.post('/api/v1/contact-checks'), 'contact check');
  const componentId = must(
    await admin.post('/api/v1/status-page/components', { name: { nl: 'Portaal', en: 'Portal' } }),
    'component',
  ).id;

  return {
    server,
    admin,
    viewer,
    responder,
    outsider,
    author,
    anonymous: new Client(base),
    token: await tokenOf(responder, base, 'matrix'),
    outsiderToken: await tokenOf(outsider, base, 'matrix'),
    ids: {
      admin: await id(admin),
      viewer: await id(viewer),
      responder: await id(responder),
      outsider: await id(outsider),
      author: await id(author),
    },
    spare,
    open: { id: open.id, reference: open.reference },
    secret: { id: secret.id, reference: secret.reference },
    intakeTokens,
    reportKey: String(link.url).split('/').pop()!,
    componentId,
    mailId,
    n,
  };
}
