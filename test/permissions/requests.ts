// A valid request for every route of the matrix, per caller: real ids, a body the route accepts, and a fresh
// object wherever a request can only succeed once (a message approved, a review done), so that an allowed request
// really acts and a refused one would have acted.
import { incidentRequests } from './incident-requests.js';
import {
  type Build,
  account,
  alert,
  at,
  componentStatus,
  contactToken,
  exPath,
  exercise,
  failedDelivery,
  firing,
  inReview,
  invitationToken,
  maintenance,
  msgPath,
  ownerFor,
  report,
  script,
  sessionOf,
  subscriber,
  throwawaySession,
} from './fixtures.js';
import { must, type World } from './world.js';
import { v2Names } from '../../src/status-page/statuspage-api.js';

export const requests: Record<string, Build> = {
  ...incidentRequests,
  'GET /api/v1/system': at('/api/v1/system'),
  'POST /api/v1/setup': async () => ({
    path: '/api/v1/setup',
    body: {
      organisation_name: 'Other',
      language: 'en',
      name: 'Eve',
      email: 'eve@example.org',
      password: 'x'.repeat(20),
    },
  }),
  'POST /api/v1/auth/login': async (w, as) => {
    const [email, password] = account(as);
    return { path: '/api/v1/auth/login', body: { email, password } };
  },
  'POST /api/v1/auth/logout': async (w, as) => {
    const client = await throwawaySession(w, as);
    return { path: '/api/v1/auth/logout', ...(client ? { client } : {}) };
  },
  'POST /api/v1/auth/password-reset': async (w) => ({
    path: '/api/v1/auth/password-reset',
    // An address of its own each time: resets are limited per address.
    body: { email: `reset${w.n()}@example.org` },
  }),
  'GET /api/v1/auth/account-token/:token': async (w) => ({
    path: `/api/v1/auth/account-token/${await invitationToken(w)}`,
  }),
  'POST /api/v1/auth/account-token': async (w) => ({
    path: '/api/v1/auth/account-token',
    body: { token: await invitationToken(w), password: 'long enough password' },
  }),
  'GET /api/v1/me': at('/api/v1/me'),
  'PATCH /api/v1/me': async (w, as) => ({ path: '/api/v1/me', body: { name: `Caller ${as} ${w.n()}` } }),
  'POST /api/v1/me/password': async (_w, as) => {
    // The same password again: it ends the account's other sessions, never the one that asks.
    const password = account(as)[1];
    return { path: '/api/v1/me/password', body: { current_password: password, new_password: password } };
  },

  'GET /api/v1/accounts/directory': at('/api/v1/accounts/directory'),
  'GET /api/v1/accounts': at('/api/v1/accounts'),
  'POST /api/v1/accounts': async (w) => ({
    path: '/api/v1/accounts',
    body: { email: `new${w.n()}@example.org`, name: 'New', language: 'en', access_level: 'viewer' },
  }),
  'PATCH /api/v1/accounts/:id': async (w) => ({
    path: `/api/v1/accounts/${w.spare[1]}`,
    body: { name: `Spare renamed ${w.n()}` },
  }),
  'POST /api/v1/accounts/:id/invitation': async (w) => ({
    path: `/api/v1/accounts/${w.spare[2]}/invitation`,
  }),
  'GET /api/v1/tokens': at('/api/v1/tokens'),
  'POST /api/v1/tokens': async (w) => ({ path: '/api/v1/tokens', body: { name: `cli ${w.n()}` } }),
  'DELETE /api/v1/tokens/:id': async (w, as) => {
    const made = must(await sessionOf(w, as).post('/api/v1/tokens', { name: `old ${w.n()}` }), 'token');
    return { path: `/api/v1/tokens/${made.id ?? made.api_token?.id}` };
  },

  'GET /api/v1/deliveries': at('/api/v1/deliveries'),
  'POST /api/v1/deliveries/:id/retry': async (w) => ({
    path: `/api/v1/deliveries/${(await failedDelivery(w, w.open)).id}/retry`,
  }),
  'GET /api/v1/mail': at('/api/v1/mail'),
  'GET /api/v1/mail/:id': async (w) => ({ path: `/api/v1/mail/${w.mailId}` }),
  'GET /api/v1/activity': at('/api/v1/activity'),

  'GET /api/v1/plan/schema': at('/api/v1/plan/schema'),
  'GET /api/v1/plan': at('/api/v1/plan'),
  'PUT /api/v1/plan': async (w) => {
    const { plan } = must(await w.admin.get('/api/v1/plan'), 'plan');
    plan.organisation.name = `Waterschap Test ${w.n()}`;
    return { path: '/api/v1/plan', body: { plan, description: 'A new name' } };
  },
  'POST /api/v1/plan/validate': async (w) => {
    const { plan } = must(await w.admin.get('/api/v1/plan'), 'plan');
    return { path: '/api/v1/plan/validate', body: { plan } };
  },
  'GET /api/v1/plan/export.yaml': at('/api/v1/plan/export.yaml'),
  'GET /api/v1/plan/versions': at('/api/v1/plan/versions'),
  'GET /api/v1/plan/versions/:number': at('/api/v1/plan/versions/1'),
  'GET /api/v1/plan/diff': at('/api/v1/plan/diff?from=1&to=2'),
  'POST /api/v1/plan/versions/:number/restore': at('/api/v1/plan/versions/2/restore'),
  'POST /api/v1/plan/reviewed': at('/api/v1/plan/reviewed'),
  'GET /api/v1/plan/emergency-sheet': at('/api/v1/plan/emergency-sheet'),
  'GET /api/v1/plan/emergency-sheet.pdf': at('/api/v1/plan/emergency-sheet.pdf'),
  'POST /api/v1/contact-checks': at('/api/v1/contact-checks'),
  'GET /api/v1/contact-checks/latest': at('/api/v1/contact-checks/latest'),
  'GET /api/v1/contact-checks/ack/:token': async (w) => ({
    path: `/api/v1/contact-checks/ack/${await contactToken(w)}`,
  }),
  'POST /api/v1/contact-checks/ack': async (w) => ({
    path: '/api/v1/contact-checks/ack',
    body: { token: await contactToken(w) },
  }),

  'GET /api/v1/incidents': at('/api/v1/incidents'),
  'POST /api/v1/incidents': async (w) => ({
    path: '/api/v1/incidents',
    body: { title: `Phishing wave ${w.n()}`, scenario_id: 'phishing_account_takeover', severity_id: 'sev3' },
  }),
  'POST /api/v1/intake/alerts/generic': async (w, as) =>
    alert(w, as, 'generic', { title: `Disk full ${w.n()}`, fingerprint: `disk-${w.n()}` }),
  'POST /api/v1/intake/alerts/alertmanager': async (w, as) =>
    alert(w, as, 'alertmanager', {
      version: '4',
      status: 'firing',
      alerts: [{ ...firing(), fingerprint: `am-${w.n()}` }],
    }),
  'POST /api/v1/intake/alerts/grafana': async (w, as) =>
    alert(w, as, 'grafana', {
      version: '1',
      status: 'firing',
      alerts: [{ ...firing(), fingerprint: `gf-${w.n()}` }],
    }),
  'GET /api/v1/intake/tokens': at('/api/v1/intake/tokens'),
  'POST /api/v1/intake/tokens': async (w) => ({
    path: '/api/v1/intake/tokens',
    body: { source: 'grafana', name: `Grafana ${w.n()}` },
  }),
  'DELETE /api/v1/intake/tokens/:id': async (w) => {
    const made = must(
      await w.admin.post('/api/v1/intake/tokens', { source: 'generic', name: `Old ${w.n()}` }),
      'intake token',
    );
    return { path: `/api/v1/intake/tokens/${made.intake_token.id}` };
  },
  'GET /api/v1/intake/report-link': at('/api/v1/intake/report-link'),
  'GET /api/v1/intake/report-form/:key': async (w) => ({ path: `/api/v1/intake/report-form/${w.reportKey}` }),
  'POST /api/v1/intake/report-form/:key': async (w) => ({
    path: `/api/v1/intake/report-form/${w.reportKey}`,
    body: { what_happened: `My screen went black (${w.n()})`, language: 'en' },
  }),
  'GET /api/v1/reports': at('/api/v1/reports'),
  'GET /api/v1/reports/:id': async (w) => ({ path: `/api/v1/reports/${await report(w)}` }),
  'POST /api/v1/reports/:id/dismiss': async (w) => ({
    path: `/api/v1/reports/${await report(w)}/dismiss`,
    body: { reason: 'A test mail from IT' },
  }),
  'GET /api/v1/communication/overdue': at('/api/v1/communication/overdue'),
  'GET /api/v1/settings/webhook-secret': at('/api/v1/settings/webhook-secret'),
  'GET /api/v1/obligations': at('/api/v1/obligations'),
  'GET /api/v1/breach-register': at('/api/v1/breach-register'),
  'GET /api/v1/breach-register.csv': at('/api/v1/breach-register.csv'),

  'GET /api/v1/evaluation/trends': at('/api/v1/evaluation/trends'),
  'GET /api/v1/evaluation/trends.csv': at('/api/v1/evaluation/trends.csv'),

  'GET /api/v1/status-page/settings': at('/api/v1/status-page/settings'),
  'PUT /api/v1/status-page/settings': async (w) => ({
    path: '/api/v1/status-page/settings',
    body: { title: `Status ${w.n()}` },
  }),
  'GET /api/v1/status-page/components': at('/api/v1/status-page/components'),
  'POST /api/v1/status-page/groups': async (w) => ({
    path: '/api/v1/status-page/groups',
    body: { name: { nl: 'Groep', en: `Group ${w.n()}` } },
  }),
  'PATCH /api/v1/status-page/groups/:groupId': async (w) => {
    const g = must(await w.admin.post('/api/v1/status-page/groups', { name: { nl: 'G', en: 'G' } }), 'group');
    return { path: `/api/v1/status-page/groups/${g.id}`, body: { name: { nl: 'H', en: `H ${w.n()}` } } };
  },
  'DELETE /api/v1/status-page/groups/:groupId': async (w) => {
    const g = must(await w.admin.post('/api/v1/status-page/groups', { name: { nl: 'G', en: 'G' } }), 'group');
    return { path: `/api/v1/status-page/groups/${g.id}` };
  },
  'POST /api/v1/status-page/components': async (w) => ({
    path: '/api/v1/status-page/components',
    body: { name: { nl: 'Website', en: `Website ${w.n()}` } },
  }),
  'PATCH /api/v1/status-page/components/:componentId': async (w) => ({
    path: `/api/v1/status-page/components/${w.componentId}`,
    body: { name: { nl: 'Portaal', en: `Portal ${w.n()}` } },
  }),
  'DELETE /api/v1/status-page/components/:componentId': async (w) => {
    const c = must(
      await w.admin.post('/api/v1/status-page/components', { name: { nl: 'Oud', en: `Old ${w.n()}` } }),
      'component',
    );
    return { path: `/api/v1/status-page/components/${c.id}` };
  },
  'POST /api/v1/status-page/components/:componentId/status': async (w) => ({
    path: `/api/v1/status-page/components/${w.componentId}/status`,
    body: {
      status: (await componentStatus(w)) === 'partial_outage' ? 'degraded_performance' : 'partial_outage',
    },
  }),
  'GET /api/v1/status-page/maintenances': at('/api/v1/status-page/maintenances'),
  'POST /api/v1/status-page/maintenances': async (w) => {
    const start = Date.now() + 2 * 86_400_000;
    return {
      path: '/api/v1/status-page/maintenances',
      body: {
        title: { nl: 'Onderhoud', en: `Maintenance ${w.n()}` },
        scheduled_for: new Date(start).toISOString(),
        scheduled_until: new Date(start + 3_600_000).toISOString(),
      },
    };
  },
  'PATCH /api/v1/status-page/maintenances/:maintenanceId': async (w, as) => ({
    path: `/api/v1/status-page/maintenances/${(await maintenance(w, as)).id}`,
    body: { title: { nl: 'Onderhoud', en: `Moved ${w.n()}` } },
  }),
  'POST /api/v1/status-page/maintenances/:maintenanceId/cancel': async (w, as) => ({
    path: `/api/v1/status-page/maintenances/${(await maintenance(w, as)).id}/cancel`,
    body: { reason: 'Postponed' },
  }),
  'GET /api/v1/status-page/subscribers': at('/api/v1/status-page/subscribers'),
  'POST /api/v1/status-page/subscribers': async (w) => ({
    path: '/api/v1/status-page/subscribers',
    body: { kind: 'email', address: `new-reader${w.n()}@example.com`, language: 'en' },
  }),
  'DELETE /api/v1/status-page/subscribers/:subscriberId': async (w) => ({
    path: `/api/v1/status-page/subscribers/${(await subscriber(w)).id}`,
  }),
  'POST /api/v1/status-page/subscribers/import': async (w) => ({
    path: '/api/v1/status-page/subscribers/import',
    body: { csv: `email,language,components\nimported${w.n()}@example.com,en,\n` },
  }),
  'GET /api/v1/status-page/subscribers.csv': at('/api/v1/status-page/subscribers.csv'),

  'GET /api/v1/exercise-scripts': at('/api/v1/exercise-scripts'),
  'GET /api/v1/exercise-scripts/:scriptId': at('/api/v1/exercise-scripts/ransomware-en'),
  'POST /api/v1/exercise-scripts/validate': async () => ({
    path: '/api/v1/exercise-scripts/validate',
    body: { yaml: script },
  }),
  'GET /api/v1/exercises': at('/api/v1/exercises'),
  'POST /api/v1/exercises': async () => ({
    path: '/api/v1/exercises',
    body: { script_id: 'phishing-data-breach-en', speed: 1 },
  }),
  'GET /api/v1/exercises/:exerciseId': async (w, as) => ({ path: await exPath(w, as) }),
  'POST /api/v1/exercises/:exerciseId/pause': async (w, as) => ({ path: `${await exPath(w, as)}/pause` }),
  'POST /api/v1/exercises/:exerciseId/resume': async (w, as) => ({
    path: `${await exPath(w, as, 'paused')}/resume`,
  }),
  'POST /api/v1/exercises/:exerciseId/end': async (w, as) => ({ path: `${await exPath(w, as)}/end` }),
  'POST /api/v1/exercises/:exerciseId/speed': async (w, as) => ({
    path: `${await exPath(w, as)}/speed`,
    body: { speed: 30 },
  }),
  'POST /api/v1/exercises/:exerciseId/injects/:injectId/fire': async (w, as) => {
    const ex = await exercise(w, as);
    return { path: `/api/v1/exercises/${ex.id}/injects/${ex.injects[1].id}/fire` };
  },
  'POST /api/v1/exercises/:exerciseId/injects': async (w, as) => ({
    path: `${await exPath(w, as)}/injects`,
    body: { title: 'A journalist calls', body: 'She asks whether customer data was stolen.' },
  }),
  'POST /api/v1/exercises/:exerciseId/declare': async (w, as) => ({
    path: `${await exPath(w, as)}/declare`,
    body: { title: 'Tabletop: encrypted file servers' },
  }),
  'POST /api/v1/exercises/:exerciseId/notes': async (w, as) => ({
    path: `${await exPath(w, as)}/notes`,
    body: { text: 'The team found the plan quickly' },
  }),
  'GET /api/v1/exercises/:exerciseId/feedback': async (w, as) => ({
    path: `${await exPath(w, as, 'ended')}/feedback`,
  }),
  'PUT /api/v1/exercises/:exerciseId/feedback': async (w, as) => ({
    path: `${await exPath(w, as, 'ended')}/feedback`,
    body: { rating: 4, went_well: 'Clear roles' },
  }),
  'POST /api/v1/exercises/:exerciseId/actions': async (w, as) => {
    // Improvement actions land in the backlog with the exercise's incident: the team declares one first.
    const ex = await exercise(w, as);
    const by = ownerFor(w, as);
    must(await by.post(`/api/v1/exercises/${ex.id}/declare`, { title: 'Tabletop' }), 'declare');
    must(await by.post(`/api/v1/exercises/${ex.id}/end`), 'end');
    return {
      path: `/api/v1/exercises/${ex.id}/actions`,
      body: { title: 'Print the phone list', owner_name: 'Maria Santos' },
    };
  },
  'GET /api/v1/exercises/:exerciseId/report.md': async (w, as) => ({
    path: `${await exPath(w, as, 'ended')}/report.md`,
  }),
  'GET /api/v1/exercises/:exerciseId/report.pdf': async (w, as) => ({
    path: `${await exPath(w, as, 'ended')}/report.pdf`,
  }),
  'GET /api/v1/internal-page/link': at('/api/v1/internal-page/link'),

  'GET /api/openapi.json': at('/api/openapi.json'),
  'GET /healthz': at('/healthz'),
  'GET /readyz': at('/readyz'),
  'GET /metrics': at('/metrics'),
  'GET /status': at('/status'),
  'GET /status/history': at('/status/history'),
  'GET /status/incidents/:id': async (w) => ({ path: `/status/incidents/${w.open.id}` }),
  'GET /status/feed.rss': at('/status/feed.rss'),
  'GET /status/feed.atom': at('/status/feed.atom'),
  'POST /status/subscribe': async (w) => ({
    path: '/status/subscribe',
    form: `email=${encodeURIComponent(`form${w.n()}@example.com`)}&language=en`,
  }),
  'GET /status/subscriptions/:token/confirm': async (w) => ({
    path: `/status/subscriptions/${(await subscriber(w)).token}/confirm`,
  }),
  'POST /status/subscriptions/:token/confirm': async (w) => ({
    path: `/status/subscriptions/${(await subscriber(w)).token}/confirm`,
    form: '',
  }),
  'GET /status/subscriptions/:token/unsubscribe': async (w) => ({
    path: `/status/subscriptions/${(await subscriber(w)).token}/unsubscribe`,
  }),
  'POST /status/subscriptions/:token/unsubscribe': async (w) => ({
    path: `/status/subscriptions/${(await subscriber(w)).token}/unsubscribe`,
    form: 'List-Unsubscribe=One-Click',
  }),
  'GET /internal': at('/internal'),
  'GET /internal/:key': async (w) => {
    const { url } = must(await w.admin.get('/api/v1/internal-page/link'), 'internal link');
    return { path: new URL(url).pathname };
  },
  'GET /press': at('/press'),
};
for (const name of v2Names) requests[`GET /api/v2/${name}.json`] = at(`/api/v2/${name}.json`);

/** Publishes an update to the status page about the open incident (so /status/incidents/:id has one). */
export async function publishToStatusPage(w: World): Promise<void> {
  const m = await inReview(w, w.open, 'customers');
  const ok = must(await w.admin.post(`${msgPath(w.open, m)}/approve`, { revision: m.revision }), 'approve');
  must(await w.author.post(`${msgPath(w.open, ok)}/publish`, { revision: ok.revision }), 'publish');
}

export type { Req } from './fixtures.js';
