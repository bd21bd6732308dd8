// The fuzz tests' world: a real server (outbox worker and timers off, so nothing changes the database but the
// requests themselves) with one of most things in it, and the real ids of those things so that generated
// requests get past the 404 into the handlers.
import { sql } from 'kysely';
import { setUp, type Client } from '../../support/client.js';
import { startTestServer, type TestServer } from '../../support/server.js';
import { declare } from '../../incidents/support.js';
import { intakeToken, type Source } from '../../intake/support.js';
import { digest, type Digest } from './digest.js';
import { send } from './http.js';

export interface World {
  server: TestServer;
  admin: Client;
  adminId: string;
  incidents: string[];
  intakeTokens: Record<Source, string>;
  reportKey: string;
  /** Subscriber link tokens (confirm / unsubscribe pages). */
  subscriptionTokens: string[];
  scriptIds: string[];
  /** The database's fingerprint after the last request (the worker is off: only requests change it). */
  last: Digest | null;
}

async function quietly(what: string, work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
  } catch (error) {
    // A missing object only means fewer real ids for the fuzzer; say so, do not stop.
    console.warn(`fuzz world: could not make ${what}: ${String(error)}`);
  }
}

async function ok(c: Client, method: string, path: string, body?: unknown) {
  const res = await c.request(method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function buildWorld(dialect: 'sqlite' | 'postgres'): Promise<World> {
  // Behind a trusted proxy: each generated request can come from its own address, so the public forms' rate
  // limits do not turn every case into a 429 before validation.
  const server = await startTestServer(dialect, { worker: false, env: { STORMBELL_TRUST_PROXY: 'true' } });
  const admin = await setUp(server.url);
  const adminId = (await admin.get('/api/v1/me')).body.id as string;
  const incidents = [
    (await declare(admin)).id as string,
    (await declare(admin, { title: 'Second' })).id as string,
  ];
  const [inc] = incidents;
  const intakeTokens = {
    generic: await intakeToken(admin, 'generic'),
    alertmanager: await intakeToken(admin, 'alertmanager'),
    grafana: await intakeToken(admin, 'grafana'),
  };
  const link = (await ok(admin, 'GET', '/api/v1/intake/report-link')) as { url: string };
  const reportKey = decodeURIComponent(link.url.split('/report/')[1] ?? '');
  const scripts = (await ok(admin, 'GET', '/api/v1/exercise-scripts')) as any;
  const scriptIds = ((scripts.items ?? scripts) as Array<{ id: string }>).map((s) => s.id);

  await quietly('an account', () =>
    ok(admin, 'POST', '/api/v1/accounts', {
      email: 'vera@example.org',
      name: 'Vera Viewer',
      language: 'nl',
      access_level: 'viewer',
    }),
  );
  await quietly('an API token', () => ok(admin, 'POST', '/api/v1/tokens', { name: 'fuzz' }));
  await quietly('a note', () =>
    ok(admin, 'POST', `/api/v1/incidents/${inc}/notes`, { text: 'Back-ups checked' }),
  );
  await quietly('a decision', () =>
    ok(admin, 'POST', `/api/v1/incidents/${inc}/decisions`, {
      title: 'Isolate the network',
      rationale: 'It spreads',
    }),
  );
  await quietly('a task', () =>
    ok(admin, 'POST', `/api/v1/incidents/${inc}/tasks`, { title: 'Call the insurer', phase: 'containment' }),
  );
  await quietly('a message', async () => {
    const comm = (await ok(admin, 'GET', `/api/v1/incidents/${inc}/communication`)) as any;
    const audience = (comm.audiences ?? [])[0]?.id ?? (comm.audiences ?? [])[0]?.audience_id;
    await ok(admin, 'POST', `/api/v1/incidents/${inc}/messages`, {
      audience_id: audience,
      contents: [{ language: 'en', subject: 'Disruption', body: 'Some systems do not work.' }],
    });
  });
  await quietly('a report', () =>
    send(server.url, {
      method: 'POST',
      path: `/api/v1/intake/report-form/${encodeURIComponent(reportKey)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        what_happened: 'A strange mail with a link',
        name: 'Piet',
        email: 'piet@example.org',
      }),
    }),
  );
  await quietly('status page objects', async () => {
    await ok(admin, 'POST', '/api/v1/status-page/groups', { name: { en: 'Services', nl: 'Diensten' } });
    await ok(admin, 'POST', '/api/v1/status-page/components', { name: { en: 'Website', nl: 'Website' } });
    const at = (h: number) => new Date(Date.now() + h * 3600_000).toISOString();
    await ok(admin, 'POST', '/api/v1/status-page/maintenances', {
      title: { en: 'Upgrade', nl: 'Upgrade' },
      scheduled_for: at(24),
      scheduled_until: at(25),
    });
    await ok(admin, 'POST', '/api/v1/status-page/subscribers', {
      kind: 'email',
      address: 'sub@example.org',
      language: 'en',
    });
  });
  await quietly('a subscription by the public form', () =>
    send(server.url, {
      method: 'POST',
      path: '/status/subscribe',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.200' },
      body: 'email=pub%40example.org&language=nl',
    }),
  );
  await quietly('an exercise', () => ok(admin, 'POST', '/api/v1/exercises', { script_id: scriptIds[0] }));
  // The review (contributions, action items) opens once an incident is past containment.
  const reviewed = incidents[1];
  await quietly('an incident in recovery', () =>
    ok(admin, 'POST', `/api/v1/incidents/${reviewed}/phase`, {
      phase: 'recovery',
      reason: 'Contained overnight',
    }),
  );
  await quietly('an action item', () =>
    ok(admin, 'POST', `/api/v1/incidents/${reviewed}/action-items`, {
      title: 'Train the help desk',
      owner_account_id: adminId,
    }),
  );
  await quietly('a review contribution', () =>
    ok(admin, 'POST', `/api/v1/incidents/${reviewed}/review/contributions`, {
      went_well: 'Calm',
      went_wrong: 'Slow start',
    }),
  );
  // Deliver the mails once (to the built-in mail viewer) so the mail and delivery ids and the links exist.
  await server.running.worker.runOnce();
  const mails = await sql<{ text_body: string }>`select text_body from mailbox`.execute(
    server.running.store.db,
  );
  const subscriptionTokens = [
    ...new Set(
      mails.rows.flatMap((m) =>
        [...String(m.text_body).matchAll(/\/status\/subscriptions\/([^/\s]+)\//g)].map((x) => x[1]!),
      ),
    ),
  ];
  return {
    server,
    admin,
    adminId,
    incidents,
    intakeTokens,
    reportKey,
    subscriptionTokens,
    scriptIds,
    last: null,
  };
}

/** Headers that make a request the admin's (session cookie and CSRF token, as the web app sends them). */
export function adminHeaders(w: World): Record<string, string> {
  return {
    cookie: [...w.admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    'x-csrf-token': w.admin.csrf ?? '',
  };
}

/** A generated request may log the admin out or end the session: log in again so the next route runs as admin. */
export async function stillAdmin(w: World): Promise<void> {
  if ((await w.admin.get('/api/v1/me')).status === 200) return;
  w.admin.cookies.clear();
  const res = await w.admin.post('/api/v1/auth/login', {
    email: 'anna@example.org',
    password: 'correct horse battery',
  });
  if (res.status !== 200)
    throw new Error(`could not log the admin in again: ${res.status} ${JSON.stringify(res.body)}`);
  w.last = null;
}

// Where a path parameter's real values come from. `{incident}` is the incident chosen for the same path.
const pools: Array<{ after: RegExp; param: string; query: string }> = [
  { after: /\/incidents$/, param: 'id', query: 'select id as v from incidents' },
  { after: /\/accounts$/, param: 'id', query: 'select id as v from accounts where id <> {admin}' },
  { after: /\/intake\/tokens$/, param: 'id', query: 'select id as v from intake_tokens' },
  { after: /\/v1\/tokens$/, param: 'id', query: 'select id as v from api_tokens' },
  { after: /\/deliveries$/, param: 'id', query: 'select id as v from deliveries' },
  { after: /\/mail$/, param: 'id', query: 'select id as v from mailbox' },
  { after: /\/reports$/, param: 'id', query: 'select id as v from reports' },
  { after: /\/versions$/, param: 'number', query: 'select number as v from plan_versions' },
  {
    after: /./,
    param: 'role_id',
    query: 'select role_id as v from incident_roles where incident_id = {incident}',
  },
  { after: /./, param: 'account_id', query: 'select id as v from accounts' },
  { after: /./, param: 'task_id', query: 'select id as v from tasks where incident_id = {incident}' },
  {
    after: /./,
    param: 'service_id',
    query: 'select service_id as v from incident_services where incident_id = {incident}',
  },
  {
    after: /./,
    param: 'event_id',
    query: 'select id as v from timeline_events where chain_id = {incident} order by seq desc limit 5',
  },
  { after: /./, param: 'messageId', query: 'select id as v from messages where incident_id = {incident}' },
  { after: /./, param: 'deliveryId', query: 'select id as v from deliveries where incident_id = {incident}' },
  {
    after: /./,
    param: 'obligationId',
    query: 'select id as v from obligations where incident_id = {incident}',
  },
  {
    after: /./,
    param: 'contributionId',
    query: 'select id as v from review_contributions where incident_id = {incident}',
  },
  { after: /./, param: 'itemId', query: 'select id as v from action_items' },
  { after: /./, param: 'groupId', query: 'select id as v from status_component_groups' },
  { after: /./, param: 'componentId', query: 'select id as v from status_components' },
  { after: /./, param: 'maintenanceId', query: 'select id as v from status_maintenances' },
  { after: /./, param: 'subscriberId', query: 'select id as v from status_subscribers' },
  {
    after: /./,
    param: 'audienceId',
    query: 'select audience_id as v from incident_audiences where incident_id = {incident}',
  },
  { after: /./, param: 'exerciseId', query: 'select id as v from exercises' },
  {
    after: /./,
    param: 'injectId',
    query: 'select inject_id as v from exercise_injects where exercise_id = {exercise}',
  },
];

const quoted = (v: string | null) => (v === null ? 'null' : `'${v.replace(/'/g, "''")}'`);

async function poolValues(
  w: World,
  url: string,
  param: string,
  incident: string | null,
  exercise: string | null,
): Promise<string[]> {
  if (param === 'key') return [w.reportKey];
  if (param === 'scriptId') return w.scriptIds.slice(0, 3);
  const before = url.slice(0, url.indexOf(`:${param}`) - 1);
  const pool = pools.find((p) => p.param === param && p.after.test(before));
  if (!pool) return [];
  const text = pool.query
    .replace('{admin}', `'${w.adminId}'`)
    .replace('{incident}', quoted(incident))
    .replace('{exercise}', quoted(exercise));
  try {
    const rows = await sql<{ v: unknown }>`${sql.raw(text)}`.execute(w.server.running.store.db);
    return rows.rows.map((r) => String(r.v)).slice(0, 6);
  } catch (error) {
    throw new Error(`fuzz world: the pool query for :${param} failed (${text}): ${String(error)}`, {
      cause: error,
    });
  }
}

/** Real values for a route's path parameters, as whole tuples that belong together (one incident's task...). */
export async function realParams(w: World, url: string): Promise<Array<Record<string, string>>> {
  const names = [...url.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  if (names.length === 0) return [{}];
  let tuples: Array<Record<string, string>> = [{}];
  for (const name of names) {
    const next: Array<Record<string, string>> = [];
    for (const t of tuples) {
      const incident = url.includes('/incidents/:id') ? (t.id ?? null) : null;
      for (const v of await poolValues(w, url, name, incident, t.exerciseId ?? null))
        next.push({ ...t, [name]: v });
    }
    tuples = next.slice(0, 12);
  }
  return tuples;
}

export async function fingerprint(w: World): Promise<Digest> {
  return digest(w.server.running.store);
}
