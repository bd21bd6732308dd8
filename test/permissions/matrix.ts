// The permission matrix: every HTTP route × every kind of caller, with the answer each must get. SPEC sections 1
// and 2 decide: viewers read, responders act on incidents, admins manage the plan, accounts and settings, and a
// restricted incident exists only for its team and admins (anyone else gets the 404 of a missing incident).
// `matrix.test.ts` sends a valid request for every cell and compares; `requests.ts` says what that request is.

/**
 * Who calls. `outsider` is a responder on no team, asking about the restricted incident (or, on routes about no
 * incident, about their own things); `token` is the responder's bearer API token, `outsiderToken` the outsider's.
 */
export const callers = [
  'anonymous',
  'viewer',
  'responder',
  'admin',
  'outsider',
  'token',
  'outsiderToken',
] as const;
export type Caller = (typeof callers)[number];

/** `allow`: a 2xx, and a change really happened; a number: exactly that refusal, and nothing changed. */
export type Expected = 'allow' | 401 | 403 | 404 | 409;

export interface Row {
  /** `METHOD path` as the route is declared (`:name` parameters). */
  route: string;
  expect: Record<Caller, Expected>;
  /** Whether an allowed request writes to a timeline (default: every method but GET). */
  changes: boolean;
  note?: string;
}

type Cells = Record<Caller, Expected>;

// The usual columns, by what a route needs.
const PUBLIC: Cells = {
  anonymous: 'allow',
  viewer: 'allow',
  responder: 'allow',
  admin: 'allow',
  outsider: 'allow',
  token: 'allow',
  outsiderToken: 'allow',
};
/** Anyone signed in reads it (lists leave out what the caller may not see). */
const READ: Cells = { ...PUBLIC, anonymous: 401 };
/** Responders and admins. */
const ACT: Cells = { ...READ, viewer: 403 };
/** Admins only. */
const ADMIN: Cells = { ...ACT, responder: 403, outsider: 403, token: 403, outsiderToken: 403 };
/** About one incident: the outsider asks about the restricted one, which does not exist for them. */
const INCIDENT_READ: Cells = { ...READ, outsider: 404, outsiderToken: 404 };
const INCIDENT_ACT: Cells = { ...ACT, outsider: 404, outsiderToken: 404 };
/** What only a person in a browser does: API tokens are refused. */
const PERSON: Cells = { ...READ, token: 403, outsiderToken: 403 };

const rows: Row[] = [];
function row(route: string, expect: Cells, options: { changes?: boolean; note?: string } = {}) {
  rows.push({ route, expect, changes: options.changes ?? !route.startsWith('GET '), note: options.note });
}

// System, setup and signing in.
row('GET /api/v1/system', PUBLIC);
row(
  'POST /api/v1/setup',
  {
    ...PUBLIC,
    anonymous: 409,
    viewer: 409,
    responder: 409,
    admin: 409,
    outsider: 409,
    token: 403,
    outsiderToken: 403,
  },
  { note: 'setup happens once: afterwards everyone gets 409, and a token is refused before that' },
);
row('POST /api/v1/auth/login', { ...PUBLIC, token: 403, outsiderToken: 403 });
row('POST /api/v1/auth/logout', PERSON);
row('POST /api/v1/auth/password-reset', PUBLIC, { changes: false, note: 'same answer for any address' });
row('GET /api/v1/auth/account-token/:token', PUBLIC);
row('POST /api/v1/auth/account-token', { ...PUBLIC, token: 403, outsiderToken: 403 });
row('GET /api/v1/me', READ);
row('PATCH /api/v1/me', READ);
row('POST /api/v1/me/password', PERSON);

// Accounts and tokens.
row('GET /api/v1/accounts/directory', ACT);
row('GET /api/v1/accounts', ADMIN);
row('POST /api/v1/accounts', ADMIN);
row('PATCH /api/v1/accounts/:id', ADMIN);
row('POST /api/v1/accounts/:id/invitation', ADMIN);
row('GET /api/v1/tokens', READ);
row('POST /api/v1/tokens', PERSON);
row('DELETE /api/v1/tokens/:id', READ, { note: 'each caller revokes a token of their own' });

// The outbox, the mail viewer and the organisation's activity.
row('GET /api/v1/deliveries', ADMIN);
row('POST /api/v1/deliveries/:id/retry', ADMIN);
row('GET /api/v1/mail', ADMIN);
row('GET /api/v1/mail/:id', ADMIN);
row('GET /api/v1/activity', ADMIN);

// The plan: responders read it (it holds the team's phone numbers), admins change it.
row('GET /api/v1/plan/schema', PUBLIC);
row('GET /api/v1/plan', ACT);
row('PUT /api/v1/plan', ADMIN);
row('POST /api/v1/plan/validate', ACT, { changes: false });
row('GET /api/v1/plan/export.yaml', ACT);
row('GET /api/v1/plan/versions', ACT);
row('GET /api/v1/plan/versions/:number', ACT);
row('GET /api/v1/plan/diff', ACT);
row('POST /api/v1/plan/versions/:number/restore', ADMIN);
row('POST /api/v1/plan/reviewed', ADMIN);
row('GET /api/v1/plan/emergency-sheet', ACT);
row('GET /api/v1/plan/emergency-sheet.pdf', ACT);
row('POST /api/v1/contact-checks', ADMIN);
row('GET /api/v1/contact-checks/latest', ACT);
row('GET /api/v1/contact-checks/ack/:token', PUBLIC, { note: 'the key is the token from the mail' });
row('POST /api/v1/contact-checks/ack', PUBLIC);

// Incidents.
row('GET /api/v1/incidents', READ);
row('POST /api/v1/incidents', ACT);
row('GET /api/v1/incidents/:id', INCIDENT_READ);
row('POST /api/v1/incidents/:id/phase', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/timeline', INCIDENT_READ);
row('GET /api/v1/incidents/:id/events', INCIDENT_READ, { note: 'a Server-Sent Events stream' });
row('PATCH /api/v1/incidents/:id', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/awareness', INCIDENT_ACT);
row('PUT /api/v1/incidents/:id/roles/:role_id', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/members', INCIDENT_ACT);
row('DELETE /api/v1/incidents/:id/members/:account_id', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/tasks', INCIDENT_ACT);
row('PATCH /api/v1/incidents/:id/tasks/:task_id', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/decisions', INCIDENT_ACT);
row('PUT /api/v1/incidents/:id/fact-sheet', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/fact-sheet/versions', INCIDENT_READ);
row('PUT /api/v1/incidents/:id/services/:service_id', INCIDENT_ACT);
row('PUT /api/v1/incidents/:id/eta', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/notes', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/timeline/:event_id/pin', INCIDENT_ACT);

// Intake: alerts prove themselves with the source's intake token (sent by every caller but the API tokens,
// whose bearer is not an intake token); the report form's key is its secret.
const ALERT: Cells = { ...PUBLIC, token: 401, outsiderToken: 401 };
row('POST /api/v1/intake/alerts/generic', ALERT, { note: 'with the intake token; an API token is not one' });
row('POST /api/v1/intake/alerts/alertmanager', ALERT);
row('POST /api/v1/intake/alerts/grafana', ALERT);
row('GET /api/v1/intake/tokens', ADMIN);
row('POST /api/v1/intake/tokens', ADMIN);
row('DELETE /api/v1/intake/tokens/:id', ADMIN);
row('GET /api/v1/intake/report-link', ADMIN);
row('GET /api/v1/intake/report-form/:key', PUBLIC);
row('POST /api/v1/intake/report-form/:key', PUBLIC);
row('GET /api/v1/reports', ACT);
row('GET /api/v1/reports/:id', ACT);
row('POST /api/v1/reports/:id/dismiss', ACT);
row('POST /api/v1/reports/:id/merge', INCIDENT_ACT, {
  note: 'the outsider merges into the restricted incident',
});

// Communication.
row('GET /api/v1/incidents/:id/communication', INCIDENT_READ);
row('GET /api/v1/incidents/:id/templates', INCIDENT_READ);
row('GET /api/v1/incidents/:id/messages', INCIDENT_READ);
row('POST /api/v1/incidents/:id/messages', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/messages/:messageId', INCIDENT_READ);
row('PATCH /api/v1/incidents/:id/messages/:messageId', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/messages/:messageId/submit', INCIDENT_ACT, {
  note: 'each submits their own draft',
});
row('POST /api/v1/incidents/:id/messages/:messageId/approve', INCIDENT_ACT, {
  note: 'responder and admin hold legal in the plan',
});
row('POST /api/v1/incidents/:id/messages/:messageId/reject', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/messages/:messageId/publish', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/messages/:messageId/correct', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/messages/:messageId/deliveries', INCIDENT_READ);
row('POST /api/v1/incidents/:id/messages/:messageId/deliveries/:deliveryId/retry', INCIDENT_ACT);
row('GET /api/v1/communication/overdue', READ);
row('GET /api/v1/settings/webhook-secret', ADMIN);
row('GET /api/v1/incidents/:id/audiences/:audienceId/recipients', INCIDENT_ACT, {
  changes: false,
  note: 'the uploaded people of an audience: responders only',
});
row('POST /api/v1/incidents/:id/audiences/:audienceId/recipients', INCIDENT_ACT);
row('DELETE /api/v1/incidents/:id/audiences/:audienceId/recipients', INCIDENT_ACT);

// Legal clocks.
row('GET /api/v1/incidents/:id/legal', INCIDENT_READ);
row('PUT /api/v1/incidents/:id/assessment', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/obligations/:obligationId/not-required', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/obligations/:obligationId/follow-ups', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/obligations/:obligationId/submit', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/obligations/:obligationId/draft', INCIDENT_READ);
row('PUT /api/v1/incidents/:id/obligations/:obligationId/draft', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/obligations/:obligationId/export.md', INCIDENT_READ);
row('GET /api/v1/incidents/:id/obligations/:obligationId/export.json', INCIDENT_READ);
row('GET /api/v1/incidents/:id/obligations/:obligationId/export.pdf', INCIDENT_READ);
row('GET /api/v1/obligations', READ);
row('GET /api/v1/breach-register', ACT);
row('GET /api/v1/breach-register.csv', ACT);

// Evaluation.
row('GET /api/v1/incidents/:id/metrics', INCIDENT_READ);
row('GET /api/v1/incidents/:id/review', INCIDENT_READ);
row('POST /api/v1/incidents/:id/review/contributions', INCIDENT_ACT);
row('PATCH /api/v1/incidents/:id/review/contributions/:contributionId', INCIDENT_ACT, {
  note: 'each edits their own contribution',
});
row('DELETE /api/v1/incidents/:id/review/contributions/:contributionId', INCIDENT_ACT);
row('PUT /api/v1/incidents/:id/review/texts', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/review/done', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/review/skip', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/review/reopen', INCIDENT_ACT);
row('POST /api/v1/incidents/:id/action-items', INCIDENT_ACT);
row('GET /api/v1/action-items', READ);
row('GET /api/v1/action-items/:itemId', INCIDENT_READ, {
  note: "the outsider asks for the restricted one's item",
});
row('PATCH /api/v1/action-items/:itemId', INCIDENT_ACT);
row('POST /api/v1/action-items/:itemId/close', INCIDENT_ACT);
row('POST /api/v1/action-items/:itemId/reopen', INCIDENT_ACT);
row('GET /api/v1/incidents/:id/report.md', INCIDENT_READ);
row('GET /api/v1/incidents/:id/report.pdf', INCIDENT_READ);
row('GET /api/v1/incidents/:id/report-executive.md', INCIDENT_READ);
row('GET /api/v1/incidents/:id/report-executive.pdf', INCIDENT_READ);
row('GET /api/v1/evaluation/trends', READ);
row('GET /api/v1/evaluation/trends.csv', READ);

// The status page's settings and components (admins), its live state (responders).
row('GET /api/v1/status-page/settings', READ);
row('PUT /api/v1/status-page/settings', ADMIN);
row('GET /api/v1/status-page/components', READ);
row('POST /api/v1/status-page/groups', ADMIN);
row('PATCH /api/v1/status-page/groups/:groupId', ADMIN);
row('DELETE /api/v1/status-page/groups/:groupId', ADMIN);
row('POST /api/v1/status-page/components', ADMIN);
row('PATCH /api/v1/status-page/components/:componentId', ADMIN);
row('DELETE /api/v1/status-page/components/:componentId', ADMIN);
row('POST /api/v1/status-page/components/:componentId/status', ACT);
row('GET /api/v1/status-page/maintenances', READ);
row('POST /api/v1/status-page/maintenances', ACT);
row('PATCH /api/v1/status-page/maintenances/:maintenanceId', ACT);
row('POST /api/v1/status-page/maintenances/:maintenanceId/cancel', ACT);
row('GET /api/v1/status-page/subscribers', ADMIN);
row('POST /api/v1/status-page/subscribers', ADMIN);
row('DELETE /api/v1/status-page/subscribers/:subscriberId', ADMIN);
row('POST /api/v1/status-page/subscribers/import', ADMIN);
row('GET /api/v1/status-page/subscribers.csv', ADMIN);

// Exercises: anyone signed in follows them; responders run them (the facilitator: who started it, or an admin).
row('GET /api/v1/exercise-scripts', READ);
row('GET /api/v1/exercise-scripts/:scriptId', READ);
row('POST /api/v1/exercise-scripts/validate', ACT, { changes: false });
row('GET /api/v1/exercises', READ);
row('POST /api/v1/exercises', ACT);
row('GET /api/v1/exercises/:exerciseId', READ);
row('POST /api/v1/exercises/:exerciseId/pause', ACT, { note: 'each on an exercise they facilitate' });
row('POST /api/v1/exercises/:exerciseId/resume', ACT);
row('POST /api/v1/exercises/:exerciseId/end', ACT);
row('POST /api/v1/exercises/:exerciseId/speed', ACT);
row('POST /api/v1/exercises/:exerciseId/injects/:injectId/fire', ACT);
row('POST /api/v1/exercises/:exerciseId/injects', ACT);
row('POST /api/v1/exercises/:exerciseId/declare', ACT);
row('POST /api/v1/exercises/:exerciseId/notes', ACT);
row('GET /api/v1/exercises/:exerciseId/feedback', READ);
row('PUT /api/v1/exercises/:exerciseId/feedback', ACT);
row('POST /api/v1/exercises/:exerciseId/actions', ACT);
row('GET /api/v1/exercises/:exerciseId/report.md', READ);
row('GET /api/v1/exercises/:exerciseId/report.pdf', READ);
row('GET /api/v1/internal-page/link', ADMIN);

// Outside /api/v1: operations, the public status page, its feeds and JSON, its subscription forms, the pages.
row('GET /api/openapi.json', PUBLIC);
row('GET /healthz', PUBLIC);
row('GET /readyz', PUBLIC);
row('GET /metrics', PUBLIC, { note: 'Prometheus scrapes without credentials; counts only, no names' });
row('GET /status', PUBLIC);
row('GET /status/history', PUBLIC);
row('GET /status/incidents/:id', PUBLIC, { note: 'an incident published to the status page' });
row('GET /status/feed.rss', PUBLIC);
row('GET /status/feed.atom', PUBLIC);
for (const name of ['summary', 'status', 'components', 'incidents', 'incidents/unresolved'])
  row(`GET /api/v2/${name}.json`, PUBLIC);
for (const name of [
  'scheduled-maintenances',
  'scheduled-maintenances/upcoming',
  'scheduled-maintenances/active',
])
  row(`GET /api/v2/${name}.json`, PUBLIC);
row('POST /status/subscribe', PUBLIC, { note: 'a form post; the same page for any address' });
row('GET /status/subscriptions/:token/confirm', PUBLIC);
row('POST /status/subscriptions/:token/confirm', PUBLIC);
row('GET /status/subscriptions/:token/unsubscribe', PUBLIC);
row('POST /status/subscriptions/:token/unsubscribe', PUBLIC);
row('GET /internal', READ, { note: 'employees with an account' });
row('GET /internal/:key', PUBLIC, { note: 'employees without one: the secret link' });
row('GET /press', PUBLIC);

export const matrix: readonly Row[] = rows;

/** The routes outside /api/v1 (the rest come from the route registry and OpenAPI). */
export const otherEndpoints = rows.filter((r) => !r.route.split(' ')[1]!.startsWith('/api/v1/'));
