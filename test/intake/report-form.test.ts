// The employee report form: a secret link, no account; the report reaches triage and the commander's inbox.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { alertmanagerPayload } from './payloads.js';
import {
  intakeToken,
  mailsTo,
  mailsWithSubject,
  postAlerts,
  reportEvents,
  reports,
  settle,
} from './support.js';

const PUBLIC_URL = 'https://stormbell.example.org';

forEachDatabase('employee report form', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let key: string;
  let commander: { name: string; email: string };
  beforeAll(async () => {
    server = await startTestServer(dialect, { env: { STORMBELL_PUBLIC_URL: PUBLIC_URL } });
    admin = await setUp(server.url);
    // The commander on duty reads Dutch, the organisation English: the mail must follow the person.
    const { plan } = (await admin.get('/api/v1/plan')).body;
    const role = plan.roles.find((r: { id: string }) => r.id === 'incident_commander');
    const person = plan.people.find((p: { id: string }) => p.id === role.primary);
    person.language = 'nl';
    commander = { name: person.name, email: person.email };
    const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'Commander reads Dutch' });
    expect(saved.status).toBe(200);
    const link = await admin.get('/api/v1/intake/report-link');
    expect(link.status).toBe(200);
    key = new URL(link.body.url).pathname.replace('/report/', '');
  });
  afterAll(() => server?.close());

  it('is reached through a stable secret link that only admins are given', async () => {
    const link = (await admin.get('/api/v1/intake/report-link')).body.url;
    expect(link).toMatch(new RegExp(`^${PUBLIC_URL}/report/[A-Za-z0-9_-]{43}$`));
    expect((await admin.get('/api/v1/intake/report-link')).body.url).toBe(link);
    expect((await new Client(server.url).get('/api/v1/intake/report-link')).status).toBe(401);

    const anon = new Client(server.url);
    const form = await anon.get(`/api/v1/intake/report-form/${key}`);
    expect(form.status).toBe(200);
    const { plan } = (await admin.get('/api/v1/plan')).body;
    const commander = plan.people.find(
      (p: { id: string }) =>
        p.id === plan.roles.find((r: { id: string }) => r.id === 'incident_commander').primary,
    );
    expect(form.body).toEqual({
      organisation: 'Waterschap Test',
      languages: ['en', 'nl'],
      urgent_phone: commander.phone,
    });

    const wrong = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    for (const k of [wrong, 'nope', key + 'x']) {
      const res = await anon.get(`/api/v1/intake/report-form/${k}`);
      expect(res.status, k).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const post = await anon.post(`/api/v1/intake/report-form/${k}`, { what_happened: 'x', language: 'en' });
      expect(post.status, k).toBe(404);
    }
  });

  it('puts a report in triage and mails the commander on duty, in their language, with a link to triage', async () => {
    const anon = new Client(server.url);
    const sent = await anon.post(`/api/v1/intake/report-form/${key}`, {
      what_happened:
        'My screen shows a ransom note <script>alert(1)</script>\nAll files on the share are renamed.',
      when: '2026-11-27T08:15:00+01:00',
      system: 'File share',
      name: 'Pat Jansen',
      contact: 'pat@example.org',
      language: 'en',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({ id: expect.any(String), received_at: expect.any(String) });

    const report = (await reports(admin, 'new')).find((r) => r.id === sent.body.id);
    expect(report).toMatchObject({
      source: 'employee',
      status: 'new',
      alert_state: null,
      title: 'My screen shows a ransom note <script>alert(1)</script>',
      system: 'File share',
      reporter_name: 'Pat Jansen',
      reporter_contact: 'pat@example.org',
      occurred_at: '2026-11-27T07:15:00.000Z',
      times_received: 1,
    });
    expect(report.description).toContain('All files on the share are renamed.');

    const [mail] = await mailsTo(admin, commander.email);
    expect(mail.subject).toBe(
      'Nieuwe melding in triage: My screen shows a ransom note <script>alert(1)</script>',
    );
    expect(mail.text_body).toContain(`Beste ${commander.name}`);
    expect(mail.text_body).toContain('Een medewerker meldde');
    expect(mail.text_body).toContain(`${PUBLIC_URL}/triage`);
    expect(mail.html_body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html_body).not.toContain('<script>');

    // The immutable timeline records that a report came, not the employee's words.
    const received = (await reportEvents(admin)).find((e) => e.subject === sent.body.id);
    expect(received.type).toBe('report.received');
    expect(JSON.stringify(received.payload)).not.toContain('ransom');
  });

  it('keeps "when" in words when it is not a time, and treats empty fields as not given', async () => {
    const sent = await new Client(server.url).post(`/api/v1/intake/report-form/${key}`, {
      what_happened: 'Ik kreeg een vreemde mail met een link om mijn wachtwoord te bevestigen.',
      when: 'vanochtend rond negen uur',
      system: '',
      name: '',
      contact: '  ',
      language: 'nl',
    });
    expect(sent.status).toBe(201);
    const report = (await admin.get(`/api/v1/reports/${sent.body.id}`)).body;
    expect(report).toMatchObject({
      occurred_at: null,
      system: null,
      reporter_name: null,
      reporter_contact: null,
    });
    expect(report.description).toContain('Wanneer (in de woorden van de melder): vanochtend rond negen uur');
  });

  it('refuses a report without what happened, or with too much, naming the field', async () => {
    const anon = new Client(server.url);
    const before = (await reports(admin)).length;
    const empty = await anon.post(`/api/v1/intake/report-form/${key}`, {
      what_happened: ' ',
      language: 'en',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors).toEqual([{ field: 'what_happened', message: 'This field is required.' }]);
    const long = await anon.post(`/api/v1/intake/report-form/${key}`, {
      what_happened: 'x'.repeat(5001),
      language: 'de',
    });
    expect(long.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'language',
      'what_happened',
    ]);
    expect((await reports(admin)).length).toBe(before);
  });

  it('mails the commander for a new alert, but not for its repeats', async () => {
    const subject =
      'Nieuwe melding in triage: ProbeFailure: BlackBox Probe Failure: https://server.example.org';
    const token = await intakeToken(admin, 'alertmanager');
    await postAlerts(server, 'alertmanager', token, alertmanagerPayload);
    const mails = await mailsWithSubject(admin, commander.email, subject);
    expect(mails).toHaveLength(1);
    expect(mails[0].text_body).toContain('Prometheus Alertmanager meldde');
    expect(mails[0].text_body).toContain('(systeem: http_checks)');
    await postAlerts(server, 'alertmanager', token, alertmanagerPayload);
    await settle();
    expect(await mailsWithSubject(admin, commander.email, subject)).toHaveLength(1);
  });

  it('sends one mail for a group of new alerts, and none for an alert that was over before it arrived', async () => {
    const before = (await mailsTo(admin, commander.email)).length;
    const token = await intakeToken(admin, 'generic', 'quiet sender');
    const over = await postAlerts(server, 'generic', token, {
      title: 'Blip',
      fingerprint: 'blip',
      status: 'resolved',
    });
    expect(over.body.reports[0]).toMatchObject({ created: true, alert_state: 'resolved' });
    await settle();
    expect((await mailsTo(admin, commander.email)).length).toBe(before);

    const am = await intakeToken(admin, 'alertmanager', 'group sender');
    const second = { ...alertmanagerPayload.alerts[0]!, fingerprint: 'second-of-group' };
    const group = { ...alertmanagerPayload, alerts: [{ ...second, fingerprint: 'first-of-group' }, second] };
    expect((await postAlerts(server, 'alertmanager', am, group)).body.reports).toHaveLength(2);
    const mails = await mailsWithSubject(admin, commander.email, '2 nieuwe meldingen in triage');
    expect(mails[0].text_body).toContain('van Prometheus Alertmanager');
    await settle();
    expect(await mailsWithSubject(admin, commander.email, '2 nieuwe meldingen in triage')).toHaveLength(1);
    expect((await mailsTo(admin, commander.email)).length).toBe(before + 1);
  });

  it('keeps a logged-in reporter as anonymous as they chose', async () => {
    const sent = await admin.post(`/api/v1/intake/report-form/${key}`, {
      what_happened: 'Printer on floor 2 prints pages of someone else',
      language: 'en',
    });
    expect(sent.status).toBe(201);
    const event = (await reportEvents(admin)).find((e) => e.subject === sent.body.id);
    expect(event.actor_id).toBeNull();
    expect((await admin.get(`/api/v1/reports/${sent.body.id}`)).body.reporter_name).toBeNull();
  });
});
