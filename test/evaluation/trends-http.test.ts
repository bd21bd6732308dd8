// Trends over HTTP on both databases: incidents per month (of the declaration, in Amsterdam time) by scenario and
// severity, mean times from each incident's timeline, deadlines met and missed; restricted incidents only for
// those who may see them, exercises only when asked; the CSV; bad months refused with the field named.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, setUp } from '../support/client.js';
import { accountWith, declare } from '../incidents/support.js';
import { parseCsv } from '../../src/core/csv.js';

const MIN = 60_000;

forEachDatabase('evaluation: trends', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let viewer: Client;
  const clock = fakeClock('2027-05-10T08:00:00.000Z');
  const login = async (email: string, password: string) => {
    const c = new Client(server.url);
    const res = await c.post('/api/v1/auth/login', { email, password });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return c;
  };
  const trends = (c: Client, query: string) => c.get(`/api/v1/evaluation/trends${query}`);

  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    admin = await setUp(server.url);
    viewer = await accountWith(admin, server.url, 'vera@example.org', 'viewer');
    const phase = async (id: string, to: string) =>
      expect((await admin.post(`/api/v1/incidents/${id}/phase`, { phase: to })).status).toBe(200);

    // May: a ransomware attack found 20 minutes after the first alarm, contained in 2 hours, recovered in 1.
    const a = await declare(admin, {
      title: 'Billing servers encrypted',
      severity_id: 'sev1',
      awareness_at: new Date(Date.parse(clock.iso()) - 20 * MIN).toISOString(),
    });
    clock.advance(60 * MIN);
    await phase(a.id, 'containment');
    clock.advance(60 * MIN);
    await phase(a.id, 'recovery');
    clock.advance(60 * MIN);
    await phase(a.id, 'evaluation');
    // May: a restricted breach whose 72-hour notification is never sent.
    const b = await declare(admin, {
      title: 'Director mailbox read',
      scenario_id: 'data_breach',
      severity_id: 'sev2',
      restricted: true,
    });
    const assessed = await admin.request('PUT', `/api/v1/incidents/${b.id}/assessment`, {
      gdpr: {
        personal_data: 'yes',
        categories: ['ordinary'],
        subjects_min: 10,
        subjects_max: 20,
        records: 20,
        encrypted: 'no',
        confidentiality: true,
        integrity: false,
        availability: false,
        consequences: 'Mails read.',
        risk: 'risk',
        reasoning: 'Names and addresses.',
      },
      nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no' },
      dora: { major: 'no', classified_at: null, criteria: [] },
    });
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(200);
    // May: an exercise, counted only when asked for.
    await declare(admin, { title: 'Tabletop: ransomware', severity_id: 'sev2', exercise: true });
    // 22:30 UTC on 31 May is 00:30 on 1 June in Amsterdam: a June incident.
    clock.advance(Date.parse('2027-05-31T22:30:00.000Z') - Date.parse(clock.iso()));
    // Three weeks on, the sessions have ended: log in again.
    admin = await login(ADMIN.email, ADMIN.password);
    viewer = await login('vera@example.org', 'long enough password');
    await declare(admin, { title: 'Laptops encrypted', severity_id: 'sev2' });
  });
  afterAll(() => server?.close());

  it('per month: incidents by scenario and severity, mean times and deadlines, for whoever may see them', async () => {
    const res = await trends(admin, '?from=2027-04&to=2027-06');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const t = res.body;
    expect(t).toMatchObject({
      from: '2027-04',
      to: '2027-06',
      time_zone: 'Europe/Amsterdam',
      exercise: false,
    });
    expect(t.months.map((m: any) => [m.month, m.incidents])).toEqual([
      ['2027-04', 0],
      ['2027-05', 2],
      ['2027-06', 1],
    ]);
    expect(t.months[1]).toEqual({
      month: '2027-05',
      incidents: 2,
      by_scenario: { ransomware: 1, data_breach: 1 },
      by_severity: { sev1: 1, sev2: 1 },
      // Detection 20 minutes and 0 minutes (declared on becoming aware); only the first was contained and
      // recovered.
      mean_time_to_detect_seconds: 10 * 60,
      mean_time_to_contain_seconds: 120 * 60,
      mean_time_to_recover_seconds: 60 * 60,
      measured: { detect: 2, contain: 1, recover: 1 },
      deadlines_met: 0,
      // The notification to the authority was due on 13 May and never sent.
      deadlines_missed: 1,
    });
    expect(t.months[2]).toMatchObject({ by_scenario: { ransomware: 1 }, by_severity: { sev2: 1 } });
    expect(t.scenarios).toEqual([
      { id: 'ransomware', name: 'Ransomware' },
      { id: 'data_breach', name: 'Personal-data breach' },
    ]);
    expect(t.severities).toEqual([
      { id: 'sev1', name: 'SEV1 - Crisis' },
      { id: 'sev2', name: 'SEV2 - Major' },
    ]);

    // A viewer outside the restricted incident's team does not count it.
    const seen = (await trends(viewer, '?from=2027-05&to=2027-05')).body.months[0];
    expect(seen).toMatchObject({ incidents: 1, by_scenario: { ransomware: 1 }, deadlines_missed: 0 });
    // Exercises when asked for.
    const drills = (await trends(admin, '?from=2027-05&to=2027-05&exercise=true')).body.months[0];
    expect(drills.incidents).toBe(3);
  });

  it('the twelve months up to now by default', async () => {
    const t = (await trends(viewer, '')).body;
    expect([t.from, t.to, t.months.length]).toEqual(['2026-07', '2027-06', 12]);
  });

  it('as CSV: one row a month, a column per scenario and severity, the means in minutes, in the language asked', async () => {
    const res = await admin.get('/api/v1/evaluation/trends.csv?from=2027-05&to=2027-06&lang=nl');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const parsed = parseCsv(res.body);
    if (!('records' in parsed)) throw new Error('not CSV');
    const rows = parsed.records.map((r) => r.cells);
    expect(rows[0]).toEqual([
      'Maand',
      'Incidenten',
      'Scenario: Ransomware',
      'Scenario: Personal-data breach',
      'Ernst: SEV1 - Crisis',
      'Ernst: SEV2 - Major',
      'Gemiddelde tijd tot detectie (minuten)',
      'Gemiddelde tijd tot inperking (minuten)',
      'Gemiddelde tijd tot herstel (minuten)',
      'Termijnen gehaald',
      'Termijnen niet gehaald',
    ]);
    expect(rows[1]).toEqual(['2027-05', '2', '1', '1', '1', '1', '10', '120', '60', '0', '1']);
    expect(rows[2]).toEqual(['2027-06', '1', '1', '0', '0', '1', '0', '', '', '0', '0']);
  });

  it('refuses months it cannot read, in the wrong order or too many, naming the field; needs a login', async () => {
    const bad = await trends(admin, '?from=2027-13');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({
      field: 'from',
      message: 'Give a month as YYYY-MM, for example 2027-05.',
    });
    const order = await trends(admin, '?from=2027-06&to=2027-01');
    expect(order.status).toBe(400);
    expect(order.body.errors[0].field).toBe('from');
    const many = await trends(admin, '?from=2020-01&to=2027-06');
    expect(many.status).toBe(400);
    expect(many.body.errors[0].field).toBe('to');
    expect((await new Client(server.url).get('/api/v1/evaluation/trends')).status).toBe(401);
    expect((await new Client(server.url).get('/api/v1/evaluation/trends.csv')).status).toBe(401);
  });
});
