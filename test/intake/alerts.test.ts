// Alerts from Alertmanager, Grafana and the generic JSON become reports; repeats are deduplicated by fingerprint.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { alertmanagerPayload, grafanaDocsPayload, olderAlertmanagerPayload, resolved } from './payloads.js';
import { intakeToken, postAlerts, reportEvents, reports } from './support.js';

forEachDatabase('alert intake', (dialect) => {
  let server: TestServer;
  let admin: Client;
  const tokens: Record<string, string> = {};
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    for (const s of ['generic', 'alertmanager', 'grafana'] as const) tokens[s] = await intakeToken(admin, s);
  });
  afterAll(() => server?.close());

  it("turns Alertmanager's payload into a report, and a repeat into a count on the same report", async () => {
    const first = await postAlerts(server, 'alertmanager', tokens.alertmanager!, alertmanagerPayload);
    expect(first.status).toBe(202);
    expect(first.body.reports).toEqual([
      { id: expect.any(String), status: 'new', alert_state: 'firing', created: true },
    ]);
    const id = first.body.reports[0].id;
    const report = (await admin.get(`/api/v1/reports/${id}`)).body;
    expect(report).toMatchObject({
      source: 'alertmanager',
      status: 'new',
      alert_state: 'firing',
      title: 'ProbeFailure: BlackBox Probe Failure: https://server.example.org',
      system: 'http_checks',
      severity_hint: 'critical',
      occurred_at: '2023-02-06T13:08:45.828Z',
      times_received: 1,
      incident_id: null,
    });
    expect(report.description).toContain('has been down for over 5m');
    expect(report.description).toContain('instance=https://server.example.org');

    const again = await postAlerts(server, 'alertmanager', tokens.alertmanager!, alertmanagerPayload);
    expect(again.body.reports).toEqual([{ id, status: 'new', alert_state: 'firing', created: false }]);
    const repeated = (await admin.get(`/api/v1/reports/${id}`)).body;
    expect(repeated.times_received).toBe(2);
    expect(repeated.last_received_at >= report.last_received_at).toBe(true);
    expect((await reports(admin)).filter((r) => r.source === 'alertmanager')).toHaveLength(1);

    const ended = await postAlerts(
      server,
      'alertmanager',
      tokens.alertmanager!,
      resolved(alertmanagerPayload),
    );
    expect(ended.body.reports).toEqual([{ id, status: 'new', alert_state: 'resolved', created: false }]);
    const after = (await admin.get(`/api/v1/reports/${id}`)).body;
    expect(after).toMatchObject({ alert_state: 'resolved', times_received: 2, status: 'new' });

    const events = (await reportEvents(admin)).filter((e) => e.subject === id).map((e) => e.type);
    expect(events).toEqual(['report.received', 'report.updated', 'report.resolved']);
  });

  it("reads Grafana's documented payload: one report per alert, titled by rule and summary", async () => {
    const res = await postAlerts(server, 'grafana', tokens.grafana!, grafanaDocsPayload);
    expect(res.status).toBe(202);
    expect(res.body.reports).toHaveLength(2);
    const [memory, cpu] = await Promise.all(
      res.body.reports.map(async (r: { id: string }) => (await admin.get(`/api/v1/reports/${r.id}`)).body),
    );
    expect(memory).toMatchObject({
      source: 'grafana',
      title: 'High memory usage: This alert was triggered for zone us-1',
      occurred_at: '2021-10-12T07:51:03.157Z',
      alert_state: 'firing',
    });
    expect(memory.description).toContain('The system has high memory usage');
    expect(memory.description).toContain('runbook_url: https://myrunbook.com/runbook/1234');
    expect(cpu.title).toBe('High CPU usage: This alert was triggered for zone eu-1');

    // Only the memory alert resolves; the CPU one goes on firing.
    const onlyMemory = { ...grafanaDocsPayload, alerts: [grafanaDocsPayload.alerts[0]!] };
    const ended = await postAlerts(server, 'grafana', tokens.grafana!, resolved(onlyMemory));
    expect(ended.body.reports).toEqual([
      { id: memory.id, status: 'new', alert_state: 'resolved', created: false },
    ]);
    expect((await admin.get(`/api/v1/reports/${cpu.id}`)).body.alert_state).toBe('firing');
  });

  it('keeps alerts from an older Alertmanager without fingerprints apart by their labels', async () => {
    const first = await postAlerts(server, 'alertmanager', tokens.alertmanager!, olderAlertmanagerPayload);
    expect(first.status).toBe(202);
    const second = await postAlerts(server, 'alertmanager', tokens.alertmanager!, olderAlertmanagerPayload);
    expect(second.body.reports[0]).toMatchObject({ id: first.body.reports[0].id, created: false });
    const other = structuredClone(olderAlertmanagerPayload);
    other.alerts[0]!.labels.instance = 'localhost:9091';
    const third = await postAlerts(server, 'alertmanager', tokens.alertmanager!, other);
    expect(third.body.reports[0].created).toBe(true);
  });

  it('takes the generic JSON, deduplicating on its fingerprint', async () => {
    const alert = {
      title: 'Backup job failed',
      description: 'Nightly backup of the file servers did not finish.',
      severity: 'high',
      system: 'backup',
      fingerprint: 'backup-nightly',
      occurred_at: '2026-11-27T02:00:00+01:00',
    };
    const first = await postAlerts(server, 'generic', tokens.generic!, alert);
    expect(first.status).toBe(202);
    const report = (await admin.get(`/api/v1/reports/${first.body.reports[0].id}`)).body;
    expect(report).toMatchObject({
      source: 'generic',
      title: 'Backup job failed',
      system: 'backup',
      severity_hint: 'high',
      occurred_at: '2026-11-27T01:00:00.000Z',
      alert_state: 'firing',
    });
    await postAlerts(server, 'generic', tokens.generic!, alert);
    expect((await admin.get(`/api/v1/reports/${report.id}`)).body.times_received).toBe(2);
    const done = await postAlerts(server, 'generic', tokens.generic!, { ...alert, status: 'resolved' });
    expect(done.body.reports[0]).toMatchObject({ id: report.id, alert_state: 'resolved' });
    // It fires again after triage dismissed it: a new occurrence, a new report.
    await admin.post(`/api/v1/reports/${report.id}/dismiss`, { reason: 'Test run of the backup alert' });
    const back = await postAlerts(server, 'generic', tokens.generic!, alert);
    expect(back.body.reports[0]).toMatchObject({ created: true, alert_state: 'firing' });
    expect(back.body.reports[0].id).not.toBe(report.id);
  });

  it('lets a dismissed alert that goes on firing count its repeats without coming back to triage', async () => {
    const alert = { title: 'Noisy disk alert', system: 'nas', fingerprint: 'noisy-disk' };
    const first = await postAlerts(server, 'generic', tokens.generic!, alert);
    const id = first.body.reports[0].id;
    await admin.post(`/api/v1/reports/${id}/dismiss`, { reason: 'Known, disk replacement ordered' });
    const again = await postAlerts(server, 'generic', tokens.generic!, alert);
    expect(again.body.reports).toEqual([{ id, status: 'dismissed', alert_state: 'firing', created: false }]);
    expect((await admin.get(`/api/v1/reports/${id}`)).body.times_received).toBe(2);
    expect((await reports(admin, 'new')).map((r) => r.title)).not.toContain('Noisy disk alert');
  });

  it('keeps one report when the same new alert arrives several times at once', async () => {
    const alert = { title: 'Load balancer flapping', fingerprint: 'lb-flap' };
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => postAlerts(server, 'generic', tokens.generic!, alert)),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(6).fill(202));
    expect(answers.filter((a) => a.body.reports[0].created)).toHaveLength(1);
    const mine = (await reports(admin)).filter((r) => r.title === 'Load balancer flapping');
    expect(mine).toHaveLength(1);
    expect(mine[0].times_received).toBe(6);
  });

  it('refuses a missing, wrong or revoked token, and a token of another source, storing nothing', async () => {
    const before = (await reports(admin)).length;
    const eventsBefore = (await reportEvents(admin)).length;
    const generic = { title: 'Disk full' };
    for (const token of [null, 'sbi_not-a-real-token', tokens.grafana!]) {
      const res = await postAlerts(server, 'generic', token, generic);
      expect(res.status, String(token)).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(res.body.code).toBe('unauthenticated');
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    // A person's API token is no intake token either.
    const api = await admin.post('/api/v1/tokens', { name: 'cli' });
    expect((await postAlerts(server, 'generic', api.body.token, generic)).status).toBe(401);

    const spare = await intakeToken(admin, 'generic', 'to revoke');
    expect((await postAlerts(server, 'generic', spare, generic)).status).toBe(202);
    const list = (await admin.get('/api/v1/intake/tokens')).body.items;
    const row = list.find((t: { name: string }) => t.name === 'to revoke');
    expect(row.last_used_at).not.toBeNull();
    expect((await admin.delete(`/api/v1/intake/tokens/${row.id}`)).status).toBe(204);
    expect((await admin.delete(`/api/v1/intake/tokens/${row.id}`)).status).toBe(409);
    expect((await postAlerts(server, 'generic', spare, { title: 'After revoking' })).status).toBe(401);
    expect((await reports(admin)).length).toBe(before + 1);
    expect((await reportEvents(admin)).length).toBe(eventsBefore + 1);
  });
});
