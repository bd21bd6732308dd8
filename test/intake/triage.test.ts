// Triage: responders read the queue, dismiss with a reason, merge into an open incident; nothing is deleted.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { alertmanagerPayload, resolved } from './payloads.js';
import {
  accountWith,
  declareIncident,
  incidentTimeline,
  intakeToken,
  postAlerts,
  reportEvents,
  reports,
} from './support.js';

forEachDatabase('triage', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let responder: Client;
  let viewer: Client;
  let token: string;
  let fingerprint = 0;
  const alert = async (title: string) => {
    const res = await postAlerts(server, 'generic', token, { title, fingerprint: `fp-${++fingerprint}` });
    return res.body.reports[0].id as string;
  };
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    responder = await accountWith(admin, 'rita@example.org', 'responder');
    viewer = await accountWith(admin, 'victor@example.org', 'viewer');
    token = await intakeToken(admin, 'generic');
  });
  afterAll(() => server?.close());

  it('lets responders and admins read the queue, not viewers or strangers', async () => {
    const id = await alert('Web server down');
    expect((await responder.get('/api/v1/reports')).body.items.map((r: { id: string }) => r.id)).toContain(
      id,
    );
    expect((await responder.get(`/api/v1/reports/${id}`)).body.title).toBe('Web server down');
    expect((await viewer.get('/api/v1/reports')).status).toBe(403);
    expect((await viewer.get(`/api/v1/reports/${id}`)).status).toBe(403);
    expect((await new Client(server.url).get('/api/v1/reports')).status).toBe(401);
    expect((await responder.get('/api/v1/reports/no-such-report')).status).toBe(404);
    expect((await responder.get('/api/v1/reports?status=open')).status).toBe(400);
    // Intake tokens and the form's link are for admins.
    expect((await responder.get('/api/v1/intake/tokens')).status).toBe(403);
    expect((await responder.post('/api/v1/intake/tokens', { source: 'generic', name: 'x' })).status).toBe(
      403,
    );
    expect((await responder.get('/api/v1/intake/report-link')).status).toBe(403);
  });

  it('dismisses only with a reason, and keeps the dismissed report on record', async () => {
    const id = await alert('Certificate expires in 30 days');
    for (const body of [{}, { reason: '   ' }, { reason: 42 }]) {
      const res = await responder.post(`/api/v1/reports/${id}/dismiss`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors[0].field).toBe('reason');
    }
    expect((await responder.get(`/api/v1/reports/${id}`)).body.status).toBe('new');
    expect((await viewer.post(`/api/v1/reports/${id}/dismiss`, { reason: 'no' })).status).toBe(403);

    const res = await responder.post(`/api/v1/reports/${id}/dismiss`, { reason: 'Renewal already planned' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id,
      status: 'dismissed',
      dismissed_reason: 'Renewal already planned',
      handled_by_name: 'rita',
      handled_at: expect.any(String),
    });
    expect((await responder.post(`/api/v1/reports/${id}/dismiss`, { reason: 'again' })).status).toBe(409);
    expect((await reports(admin, 'new')).map((r) => r.id)).not.toContain(id);
    expect((await reports(admin, 'dismissed')).map((r) => r.id)).toContain(id);
    const event = (await reportEvents(admin)).find((e) => e.subject === id && e.type === 'report.dismissed');
    expect(event.payload).toMatchObject({ reason: 'Renewal already planned', source: 'generic' });
    expect(event.actor_name).toBe('rita');
  });

  it("merges into an open incident, on the incident's timeline and the organisation's", async () => {
    const incident = await declareIncident(responder);
    const id = await alert('Database replication lag');
    expect((await responder.post(`/api/v1/reports/${id}/merge`, {})).status).toBe(400);
    expect(
      (await responder.post(`/api/v1/reports/${id}/merge`, { incident_id: 'INC-1999-0001' })).status,
    ).toBe(404);
    const res = await responder.post(`/api/v1/reports/${id}/merge`, { incident_id: incident.reference });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'merged',
      incident_id: incident.id,
      incident_reference: incident.reference,
      handled_by_name: 'rita',
    });
    const onIncident = (await incidentTimeline(responder, incident.id)).filter(
      (e) => e.type === 'report.merged',
    );
    expect(onIncident).toHaveLength(1);
    expect(onIncident[0].payload).toMatchObject({ report_id: id, title: 'Database replication lag' });
    const onOrg = (await reportEvents(admin)).find((e) => e.subject === id && e.type === 'report.merged');
    expect(onOrg.payload).toMatchObject({ incident_id: incident.id, reference: incident.reference });

    // Handled once: neither merged again nor dismissed.
    expect((await responder.post(`/api/v1/reports/${id}/merge`, { incident_id: incident.id })).status).toBe(
      409,
    );
    expect((await responder.post(`/api/v1/reports/${id}/dismiss`, { reason: 'x' })).status).toBe(409);
  });

  it("says on the incident's timeline when an alert merged into it resolves", async () => {
    const incident = await declareIncident(responder, { title: 'Website unreachable' });
    const am = await intakeToken(admin, 'alertmanager');
    const fired = await postAlerts(server, 'alertmanager', am, alertmanagerPayload);
    const id = fired.body.reports[0].id;
    await responder.post(`/api/v1/reports/${id}/merge`, { incident_id: incident.id });
    await postAlerts(server, 'alertmanager', am, resolved(alertmanagerPayload));
    const events = await incidentTimeline(responder, incident.id);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['report.merged', 'report.resolved']));
    expect(events.find((e) => e.type === 'report.resolved').payload).toMatchObject({
      report_id: id,
      source: 'alertmanager',
    });
    expect((await responder.get(`/api/v1/reports/${id}`)).body).toMatchObject({
      status: 'merged',
      alert_state: 'resolved',
    });
  });

  it('keeps a restricted incident out of sight of responders outside its team', async () => {
    const secret = await declareIncident(admin, {
      title: 'Board member account taken over',
      restricted: true,
    });
    const id = await alert('Odd logins on the board mailbox');
    // An outsider cannot merge into it: to them it does not exist.
    expect((await responder.post(`/api/v1/reports/${id}/merge`, { incident_id: secret.id })).status).toBe(
      404,
    );
    expect((await responder.get(`/api/v1/reports/${id}`)).body.status).toBe('new');

    expect((await admin.post(`/api/v1/reports/${id}/merge`, { incident_id: secret.reference })).status).toBe(
      200,
    );
    const seen = (await responder.get(`/api/v1/reports/${id}`)).body;
    expect(seen).toMatchObject({ status: 'merged', incident_id: null, incident_reference: null });
    const listed = (await responder.get('/api/v1/reports?status=merged')).body.items.find(
      (r: { id: string }) => r.id === id,
    );
    expect(listed).toMatchObject({ incident_id: null, incident_reference: null });
    expect(JSON.stringify((await responder.get('/api/v1/reports')).body)).not.toContain(secret.reference);
    expect((await admin.get(`/api/v1/reports/${id}`)).body.incident_reference).toBe(secret.reference);
  });
});
