// Malformed alert payloads: a 400 problem naming the field at fault, nothing stored, never a 5xx.
import { afterAll, beforeAll, expect, it } from 'vitest';
import fc from 'fast-check';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { alertmanagerPayload, grafanaDocsPayload } from './payloads.js';
import { intakeToken, postAlerts, reportEvents, reports, type Source } from './support.js';

const am = alertmanagerPayload;
const amAlert = am.alerts[0]!;
const withAlert = (change: Record<string, unknown>) => ({ ...am, alerts: [{ ...amAlert, ...change }] });

// [source, body, the field the problem must name]
const cases: Array<[string, Source, unknown, string]> = [
  ['no alerts', 'alertmanager', { ...am, alerts: undefined }, 'alerts'],
  ['an empty alert list', 'alertmanager', { ...am, alerts: [] }, 'alerts'],
  ['alerts that are not a list', 'alertmanager', { ...am, alerts: { 0: amAlert } }, 'alerts'],
  ['another payload version', 'alertmanager', { ...am, version: '3' }, 'version'],
  ['an unknown alert status', 'alertmanager', withAlert({ status: 'burning' }), 'alerts.0.status'],
  [
    'a label that is a number',
    'alertmanager',
    withAlert({ labels: { severity: 2 } }),
    'alerts.0.labels.severity',
  ],
  ['labels that are a string', 'alertmanager', withAlert({ labels: 'severity=critical' }), 'alerts.0.labels'],
  ['a start that is no time', 'alertmanager', withAlert({ startsAt: 'yesterday' }), 'alerts.0.startsAt'],
  [
    'a huge annotation',
    'alertmanager',
    withAlert({ annotations: { description: 'x'.repeat(20_000) } }),
    'alerts.0.annotations.description',
  ],
  ['a fingerprint with spaces', 'alertmanager', withAlert({ fingerprint: 'a b' }), 'alerts.0.fingerprint'],
  ['a body that is a list', 'alertmanager', [am], 'body'],
  ['no version', 'grafana', { ...grafanaDocsPayload, version: undefined }, 'version'],
  [
    'a second alert without labels as an object',
    'grafana',
    {
      ...grafanaDocsPayload,
      alerts: [grafanaDocsPayload.alerts[0], { ...grafanaDocsPayload.alerts[1], labels: [] }],
    },
    'alerts.1.labels',
  ],
  ['an orgId that is text', 'grafana', { ...grafanaDocsPayload, orgId: 'one' }, 'orgId'],
  ['no title', 'generic', { description: 'Something is wrong' }, 'title'],
  ['an empty title', 'generic', { title: '   ' }, 'title'],
  ['a title of 300 characters', 'generic', { title: 'x'.repeat(300) }, 'title'],
  ['a title that is a number', 'generic', { title: 42 }, 'title'],
  ['a misspelt field', 'generic', { title: 'Disk full', desciption: 'x' }, 'desciption'],
  ['an unknown status', 'generic', { title: 'Disk full', status: 'open' }, 'status'],
  [
    'a time without a zone',
    'generic',
    { title: 'Disk full', occurred_at: '2026-11-27 09:00' },
    'occurred_at',
  ],
];

forEachDatabase('malformed alert payloads', (dialect) => {
  let server: TestServer;
  let admin: Client;
  const tokens = {} as Record<Source, string>;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    for (const s of ['generic', 'alertmanager', 'grafana'] as const) tokens[s] = await intakeToken(admin, s);
  });
  afterAll(() => server?.close());

  it('answers each with 400 naming the field at fault, and stores nothing', async () => {
    for (const [what, source, body, field] of cases) {
      const res = await postAlerts(server, source, tokens[source], body);
      expect(res.status, what).toBe(400);
      expect(res.headers.get('content-type'), what).toContain('application/problem+json');
      expect(res.body.code, what).toBe('invalid');
      expect(
        res.body.errors.map((e: { field: string }) => e.field),
        what,
      ).toContain(field);
      for (const e of res.body.errors) expect(e.message, what).toMatch(/\w/);
    }
    expect(await reports(admin)).toEqual([]);
    expect(await reportEvents(admin)).toEqual([]);
  });

  it('says what is wrong in the words of the field, in Dutch too', async () => {
    const missing = await postAlerts(server, 'generic', tokens.generic, {}, { 'accept-language': 'nl' });
    expect(missing.body.errors).toEqual([{ field: 'title', message: 'Dit veld is verplicht.' }]);
    const typed = await postAlerts(server, 'generic', tokens.generic, { title: 42 });
    expect(typed.body.errors).toEqual([{ field: 'title', message: 'This must be text.' }]);
    const version = await postAlerts(server, 'alertmanager', tokens.alertmanager, { ...am, version: '3' });
    expect(version.body.errors[0].message).toMatch(/version "4"/);
  });

  it('refuses what is not JSON, and a body past the size limit', async () => {
    const broken = await postAlerts(server, 'generic', tokens.generic, '{"title": "Disk', {
      'content-type': 'application/json',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('invalid_json');
    const huge = await postAlerts(server, 'generic', tokens.generic, {
      title: 'x',
      description: 'y'.repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
    expect(await reports(admin)).toEqual([]);
  });

  it('does not spend an Idempotency-Key on a refused request', async () => {
    const key = { 'idempotency-key': 'malformed-first' };
    expect((await postAlerts(server, 'generic', tokens.generic, { title: 7 }, key)).status).toBe(400);
    const ok = await postAlerts(server, 'generic', tokens.generic, { title: 'Now right' }, key);
    expect(ok.status).toBe(202);
    expect(ok.body.reports[0].created).toBe(true);
  });

  it('never answers 5xx, whatever JSON arrives', async () => {
    const sources: Source[] = ['generic', 'alertmanager', 'grafana'];
    // Shapes near the real ones find more than random JSON alone: mutate a real payload's fields.
    const nearAlertmanager = fc.record({
      version: fc.oneof(fc.constant('4'), fc.jsonValue()),
      status: fc.oneof(fc.constantFrom('firing', 'resolved'), fc.jsonValue()),
      alerts: fc.oneof(
        fc.array(
          fc.record({
            status: fc.oneof(fc.constantFrom('firing', 'resolved'), fc.jsonValue()),
            labels: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.jsonValue()),
            annotations: fc.oneof(fc.dictionary(fc.string(), fc.string()), fc.constant(null)),
            startsAt: fc.oneof(fc.constant('2023-02-06T13:08:45.828Z'), fc.string()),
            fingerprint: fc.oneof(fc.stringMatching(/^[0-9a-f]{16}$/), fc.string()),
          }),
          { maxLength: 3 },
        ),
        fc.jsonValue(),
      ),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...sources),
        fc.oneof(fc.jsonValue(), nearAlertmanager),
        async (source, body) => {
          const res = await postAlerts(server, source, tokens[source], body);
          expect([202, 400]).toContain(res.status);
        },
      ),
      { numRuns: 60 },
    );
  });
});
