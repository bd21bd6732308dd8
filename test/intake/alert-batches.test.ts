// An arrival of many alerts is applied as if one after the other: repeats inside one notification, mixes of new
// and known alerts, and concurrent arrivals naming the same alerts in other orders.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { alertmanagerPayload } from './payloads.js';
import { intakeToken, postAlerts, reportEvents, reports } from './support.js';

const template = alertmanagerPayload.alerts[0]!;
const alert = (fingerprint: string, status: 'firing' | 'resolved' = 'firing') => ({
  ...template,
  status,
  labels: { ...template.labels, instance: `https://${fingerprint}.example.org` },
  endsAt: status === 'resolved' ? '2023-02-06T13:20:45.828Z' : template.endsAt,
  fingerprint,
});
const notification = (alerts: ReturnType<typeof alert>[]) => ({ ...alertmanagerPayload, alerts });

forEachDatabase('alert intake, many alerts in one arrival', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let token: string;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    token = await intakeToken(admin, 'alertmanager');
  });
  afterAll(() => server?.close());

  it('applies a fingerprint named several times in one notification one after the other', async () => {
    const res = await postAlerts(
      server,
      'alertmanager',
      token,
      notification([alert('same-1'), alert('same-1'), alert('same-1', 'resolved')]),
    );
    expect(res.status).toBe(202);
    const [first, second, third] = res.body.reports;
    expect(first).toEqual({ id: expect.any(String), status: 'new', alert_state: 'firing', created: true });
    expect(second).toEqual({ id: first.id, status: 'new', alert_state: 'firing', created: false });
    expect(third).toEqual({ id: first.id, status: 'new', alert_state: 'resolved', created: false });
    const report = (await admin.get(`/api/v1/reports/${first.id}`)).body;
    expect(report).toMatchObject({ alert_state: 'resolved', times_received: 2 });
    const events = (await reportEvents(admin)).filter((e) => e.subject === first.id);
    expect(events.map((e) => e.type)).toEqual(['report.received', 'report.updated', 'report.resolved']);
  });

  it('deduplicates a mix of new and known alerts, with one event per alert in the order sent', async () => {
    const known = ['mix-1', 'mix-2', 'mix-3', 'mix-4'];
    const before = await postAlerts(server, 'alertmanager', token, notification(known.map((f) => alert(f))));
    expect(before.status).toBe(202);
    const ids = new Map<string, string>(known.map((f, i) => [f, before.body.reports[i].id]));
    const eventsBefore = (await reportEvents(admin)).length;

    const sent = [
      alert('mix-new-1'),
      alert('mix-1'),
      alert('mix-2', 'resolved'),
      alert('mix-new-2', 'resolved'),
      alert('mix-3'),
      alert('mix-4', 'resolved'),
    ];
    const res = await postAlerts(server, 'alertmanager', token, notification(sent));
    expect(res.status).toBe(202);
    expect(res.body.reports.map((r: { created: boolean }) => r.created)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
    expect(res.body.reports[1].id).toBe(ids.get('mix-1'));
    expect(res.body.reports[2]).toEqual({
      id: ids.get('mix-2'),
      status: 'new',
      alert_state: 'resolved',
      created: false,
    });
    const stored = await reports(admin);
    const byId = new Map(stored.map((r) => [r.id, r]));
    expect(byId.get(ids.get('mix-1'))).toMatchObject({ times_received: 2, alert_state: 'firing' });
    expect(byId.get(ids.get('mix-2'))).toMatchObject({ times_received: 1, alert_state: 'resolved' });
    expect(byId.get(res.body.reports[3].id)).toMatchObject({ times_received: 1, alert_state: 'resolved' });

    const events = (await reportEvents(admin)).slice(eventsBefore);
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['report.received', res.body.reports[0].id],
      ['report.updated', ids.get('mix-1')],
      ['report.resolved', ids.get('mix-2')],
      ['report.received', res.body.reports[3].id],
      ['report.updated', ids.get('mix-3')],
      ['report.resolved', ids.get('mix-4')],
    ]);
  });

  it('counts every delivery when arrivals name the same alerts at once, in other orders', async () => {
    const fingerprints = Array.from({ length: 6 }, (_, i) => `race-${i}`);
    const orders = Array.from({ length: 8 }, (_, n) =>
      n % 2 ? [...fingerprints].reverse() : [...fingerprints.slice(n % 6), ...fingerprints.slice(0, n % 6)],
    );
    const answers = await Promise.all(
      orders.map((order) =>
        postAlerts(server, 'alertmanager', token, notification(order.map((f) => alert(f)))),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(orders.map(() => 202));
    const ids = new Set(answers.flatMap((a) => a.body.reports.map((r: { id: string }) => r.id)));
    expect(ids.size).toBe(fingerprints.length);
    for (const id of ids)
      expect((await admin.get(`/api/v1/reports/${id}`)).body.times_received).toBe(orders.length);
  });
});
