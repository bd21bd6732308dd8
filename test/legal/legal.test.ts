// The legal clocks over HTTP on both databases: assessment → obligations with deadlines → drafts and exports →
// submission → register; not required as a decision; the close guard; reminders at 50/75/90 % with a fake clock.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, setUp } from '../support/client.js';
import { declare } from '../incidents/support.js';
import { fakeClock } from '../delivery/harness.js';
import { pdfText } from '../support/pdf.js';
import { sendObligationReminders } from '../../src/app/legal/send-obligation-reminders.js';
import { parseCsv } from '../../src/core/csv.js';

const answers = (over: { gdpr?: object; nis2?: object; dora?: object } = {}) => ({
  gdpr: {
    personal_data: 'yes',
    categories: ['ordinary', 'financial'],
    subjects_min: 1200,
    subjects_max: 1500,
    records: 3000,
    encrypted: 'no',
    confidentiality: true,
    integrity: false,
    availability: false,
    consequences: 'Customers may receive phishing mails that use their order history.',
    risk: 'risk',
    reasoning: 'Names, addresses and IBANs were copied; no special categories.',
    ...over.gdpr,
  },
  nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no', ...over.nis2 },
  dora: { major: 'no', classified_at: null, criteria: [], ...over.dora },
});

forEachDatabase('legal clocks', (dialect) => {
  let server: TestServer;
  let admin: Client;
  const clock = fakeClock('2027-05-10T08:00:00.000Z');
  beforeAll(async () => {
    server = await startTestServer(dialect, { clock });
    admin = await setUp(server.url);
    const { plan } = (await admin.get('/api/v1/plan')).body;
    plan.regulatory.nis2.entity = 'important';
    plan.regulatory.nis2.sector = plan.regulatory.nis2.sector ?? 'digital infrastructure';
    plan.regulatory.dora.financial_entity = true;
    const saved = await admin.request('PUT', '/api/v1/plan', { plan, description: 'NIS2 and DORA entity' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  });
  afterAll(() => server?.close());

  const legal = async (id: string) => (await admin.get(`/api/v1/incidents/${id}/legal`)).body;
  const kinds = (l: any) => l.obligations.map((o: any) => [o.kind, o.status]);

  it('a breach with risk: register and a 72-hour clock to the authority, every answer on the timeline', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Customer data copied' });
    const res = await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, answers());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(kinds(res.body)).toEqual([
      ['gdpr_register', 'open'],
      ['gdpr_authority', 'open'],
    ]);
    const authority = res.body.obligations.find((o: any) => o.kind === 'gdpr_authority');
    expect(authority).toMatchObject({
      starts_from: 'awareness',
      starts_at: incident.awareness_at,
      overdue: false,
    });
    expect(Date.parse(authority.due_at) - Date.parse(incident.awareness_at)).toBe(72 * 3600_000);
    const events = (await admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    const recorded = events.find((e: any) => e.type === 'assessment.recorded');
    expect(recorded.payload.changes).toEqual(
      expect.arrayContaining([{ answer: 'gdpr.risk', before: null, after: 'risk' }]),
    );
    expect(events.filter((e: any) => e.type === 'obligation.created')).toHaveLength(2);

    // Moving the awareness time moves the clock with it.
    const earlier = new Date(Date.parse(incident.awareness_at) - 3600_000).toISOString();
    const moved = await admin.post(`/api/v1/incidents/${incident.id}/awareness`, {
      awareness_at: earlier,
      reason: 'The first alert came an hour earlier than the report.',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const after = (await legal(incident.id)).obligations.find((o: any) => o.kind === 'gdpr_authority');
    expect(Date.parse(after.due_at)).toBe(Date.parse(earlier) + 72 * 3600_000);
  });

  it('no risk: the authority duty is recorded as not required, with the reasoning as a decision', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Encrypted laptop lost' });
    const res = await admin.request(
      'PUT',
      `/api/v1/incidents/${incident.id}/assessment`,
      answers({ gdpr: { risk: 'none', encrypted: 'yes', reasoning: 'Full-disk encryption, key not lost.' } }),
    );
    expect(kinds(res.body)).toEqual([
      ['gdpr_register', 'open'],
      ['gdpr_authority', 'not_required'],
    ]);
    expect(res.body.obligations[1].not_required.reasoning).toBe('Full-disk encryption, key not lost.');
    const detail = (await admin.get(`/api/v1/incidents/${incident.id}`)).body;
    expect(detail.decisions.map((d: any) => d.rationale)).toContain('Full-disk encryption, key not lost.');
  });

  it('bad answers are refused with the field, and change nothing', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Bad answers' });
    const path = `/api/v1/incidents/${incident.id}/assessment`;
    const cases: Array<[unknown, string]> = [
      [answers({ gdpr: { subjects_min: 10, subjects_max: 5 } }), 'gdpr.subjects_max'],
      [answers({ dora: { major: 'yes', classified_at: null } }), 'dora.classified_at'],
      [answers({ dora: { major: 'yes', classified_at: '2099-01-01T00:00:00Z' } }), 'dora.classified_at'],
      [answers({ gdpr: { risk: 'maybe' } }), 'gdpr.risk'],
      [answers({ gdpr: { records: -1 } }), 'gdpr.records'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.request('PUT', path, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.errors.map((e: any) => e.field)).toContain(field);
    }
    expect((await legal(incident.id)).assessment).toBeNull();
  });

  it('NIS2 and DORA: their reports, the final ones waiting for the report before them', async () => {
    const incident = await declare(admin, { scenario_id: 'ransomware', title: 'Payments platform down' });
    const classified = clock.iso();
    const res = await admin.request(
      'PUT',
      `/api/v1/incidents/${incident.id}/assessment`,
      answers({
        gdpr: { personal_data: 'no', risk: 'unknown' },
        nis2: { significant: 'yes', criteria: ['severe_disruption'] },
        dora: { major: 'yes', classified_at: classified, criteria: ['critical_services', 'clients'] },
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const by = (l: any, k: string) => l.obligations.find((o: any) => o.kind === k);
    expect(Date.parse(by(res.body, 'nis2_early_warning').due_at) - Date.parse(incident.awareness_at)).toBe(
      24 * 3600_000,
    );
    expect(by(res.body, 'dora_initial').due_at).toBe(
      new Date(Date.parse(classified) + 4 * 3600_000).toISOString(),
    );
    expect(by(res.body, 'nis2_final')).toMatchObject({ due_at: null, starts_from: 'previous_report' });
    const submitted = await admin.post(
      `/api/v1/incidents/${incident.id}/obligations/${by(res.body, 'nis2_notification').id}/submit`,
      { reference: 'NCSC-2027-0042' },
    );
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(by(submitted.body, 'nis2_final').due_at).toBe('2027-06-10T08:00:00.000Z');
    // Moving the classification time needs a reason.
    const body = answers({
      gdpr: { personal_data: 'no', risk: 'unknown' },
      nis2: { significant: 'yes' },
      dora: { major: 'yes', classified_at: new Date(Date.parse(classified) - 60_000).toISOString() },
    });
    const refused = await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, body);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('change_reason');
    const ok = await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, {
      ...body,
      change_reason: 'The risk committee met a minute earlier.',
    });
    expect(ok.status).toBe(200);
  });

  it('drafts: pre-filled, edited, exported, then frozen as sent; the register and the close guard', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Webshop database copied' });
    const l = (await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, answers())).body;
    const authority = l.obligations.find((o: any) => o.kind === 'gdpr_authority');
    const base = `/api/v1/incidents/${incident.id}/obligations/${authority.id}`;
    const draft = (await admin.get(`${base}/draft`)).body;
    expect(draft).toMatchObject({ kind: 'gdpr_authority', frozen: false });
    expect(draft.fields.length).toBeGreaterThan(10);
    expect(draft.fields.every((f: any) => f.prefilled && f.value.length > 0)).toBe(true);
    const field = draft.fields[0];
    const edited = await admin.request('PUT', `${base}/draft`, {
      fields: { [field.key]: 'Edited by the DPO' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.fields[0]).toMatchObject({ value: 'Edited by the DPO', prefilled: false });
    expect((await admin.request('PUT', `${base}/draft`, { fields: { nonsense: 'x' } })).status).toBe(400);

    const md = await admin.request('GET', `${base}/export.md`);
    expect(md.status).toBe(200);
    expect(String(md.body)).toContain('Edited by the DPO');
    const json = await admin.get(`${base}/export.json`);
    expect(json.body).toMatchObject({
      kind: 'gdpr_authority',
      incident_reference: incident.reference,
      submitted: null,
    });
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const pdf = await fetch(`${server.url}${base}/export.pdf`, { headers: { cookie } });
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(await pdfText(Buffer.from(await pdf.arrayBuffer()))).toContain('Edited by the DPO');

    // Closing is refused while a duty is open.
    const close = await admin.post(`/api/v1/incidents/${incident.id}/phase`, {
      phase: 'closed',
      reason: 'testing the guard',
    });
    expect(close.status).toBe(409);
    expect(JSON.stringify(close.body)).toMatch(/legal duties are still open/);

    const future = await admin.post(`${base}/submit`, {
      reference: 'x',
      submitted_at: '2099-01-01T00:00:00Z',
    });
    expect(future.status).toBe(400);
    const submitted = await admin.post(`${base}/submit`, { reference: 'AP-2027-12345' });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    const done = submitted.body.obligations.find((o: any) => o.id === authority.id);
    expect(done).toMatchObject({ status: 'submitted', submission: { reference: 'AP-2027-12345' } });
    expect((await admin.get(`${base}/draft`)).body.frozen).toBe(true);
    expect((await admin.request('PUT', `${base}/draft`, { fields: { [field.key]: 'later' } })).status).toBe(
      409,
    );
    expect((await admin.post(`${base}/submit`, { reference: 'again' })).status).toBe(409);
    expect((await admin.get(`${base}/export.json`)).body.submitted).toMatchObject({
      reference: 'AP-2027-12345',
    });

    const register = (await admin.get('/api/v1/breach-register')).body.items;
    const entry = register.find((r: any) => r.incident_id === incident.id);
    expect(entry).toMatchObject({
      authority_notified: 'yes',
      authority_reference: 'AP-2027-12345',
      subjects_min: 1200,
      categories: ['ordinary', 'financial'],
    });
    const csv = await admin.request('GET', '/api/v1/breach-register.csv');
    // Parsed back as a spreadsheet would read it: one record per breach, the values as recorded.
    const parsed = parseCsv(String(csv.body));
    if (!('records' in parsed)) throw new Error('the register CSV does not parse');
    const [header, ...records] = parsed.records.map((r) => r.cells);
    expect(header!.slice(0, 3)).toEqual(['reference', 'title', 'awareness_at']);
    const row = records.find((r) => r[0] === incident.reference)!;
    const cell = (name: string) => row[header!.indexOf(name)];
    expect(cell('title')).toBe('Webshop database copied');
    expect(cell('authority_reference')).toBe('AP-2027-12345');
    expect(cell('subjects_min')).toBe('1200');
    expect(cell('categories')).toBe('ordinary; financial');
    expect(cell('consequences')).toBe('Customers may receive phishing mails that use their order history.');
  });

  it('follow-ups (GDPR art. 33(4)): numbered duties linked to the first notification, each with its own draft', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Mailbox of sales read' });
    const l = (await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, answers())).body;
    const first = l.obligations.find((o: any) => o.kind === 'gdpr_authority');
    const path = (id: string) => `/api/v1/incidents/${incident.id}/obligations/${id}`;
    // Only a notification already made can be followed up; nothing is created meanwhile.
    const early = await admin.post(`${path(first.id)}/follow-ups`, {});
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toMatch(/record the submission of the notification first/);
    const register = l.obligations.find((o: any) => o.kind === 'gdpr_register');
    expect((await admin.post(`${path(register.id)}/follow-ups`, {})).status).toBe(409);
    expect((await legal(incident.id)).obligations.some((o: any) => o.kind === 'gdpr_follow_up')).toBe(false);

    await admin.post(`${path(first.id)}/submit`, { reference: 'AP-2027-555' });
    expect((await legal(incident.id)).obligations.find((o: any) => o.id === first.id).can_follow_up).toBe(
      true,
    );
    const added = await admin.post(`${path(first.id)}/follow-ups`, {});
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const one = added.body.obligations.find((o: any) => o.kind === 'gdpr_follow_up');
    expect(one).toMatchObject({
      status: 'open',
      follows_id: first.id,
      sequence: 1,
      due_at: null,
      starts_from: 'none',
      can_follow_up: false,
    });
    const draft = (await admin.get(`${path(one.id)}/draft`)).body;
    expect(draft.title).toMatch(/Follow-up to the notification/);
    const field = (d: any, key: string) => d.fields.find((f: any) => f.key === key).value;
    expect(field(draft, 'notification.type')).toContain('AP-2027-555');
    expect(field(draft, 'notification.previous')).toContain('AP-2027-555');

    // An open follow-up is an open duty: the incident cannot close until it is sent or decided not required.
    const close = await admin.post(`/api/v1/incidents/${incident.id}/phase`, {
      phase: 'closed',
      reason: 'x',
    });
    expect(close.status).toBe(409);

    expect((await admin.post(`${path(one.id)}/submit`, { reference: 'AP-2027-555-A' })).status).toBe(200);
    const second = (await admin.post(`${path(first.id)}/follow-ups`, {})).body.obligations.find(
      (o: any) => o.kind === 'gdpr_follow_up' && o.sequence === 2,
    );
    expect(second).toMatchObject({ follows_id: first.id, status: 'open' });
    const draft2 = (await admin.get(`${path(second.id)}/draft`)).body;
    // The type names the first notification; "previous" is the follow-up before this one.
    expect(field(draft2, 'notification.type')).toContain('AP-2027-555');
    expect(field(draft2, 'notification.previous')).toContain('AP-2027-555-A');
    const events = (await admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    expect(
      events
        .filter((e: any) => e.type === 'obligation.created' && e.payload.kind === 'gdpr_follow_up')
        .map((e: any) => [e.payload.follows_id, e.payload.sequence]),
    ).toEqual(
      expect.arrayContaining([
        [first.id, 1],
        [first.id, 2],
      ]),
    );
    // The register still names the first notification's reference.
    const entry = (await admin.get('/api/v1/breach-register')).body.items.find(
      (r: any) => r.incident_id === incident.id,
    );
    expect(entry.authority_reference).toBe('AP-2027-555');
  });

  it('reminds the privacy officer and the incident commander at 50, 75 and 90 % and when overdue, once each', async () => {
    const incident = await declare(admin, { scenario_id: 'data_breach', title: 'Reminder clock' });
    await admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, answers());
    const remind = () => sendObligationReminders({ ...server.running.services, actor: null });
    // Days pass on the fake clock, longer than a session lasts: log in again to look.
    const fresh = async () => {
      const c = new Client(server.url);
      await c.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password });
      return c;
    };
    const steps = async () =>
      (await (await fresh()).get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items
        .filter((e: any) => e.type === 'obligation.reminder')
        .map((e: any) => e.payload.step)
        .sort();
    const start = Date.parse(incident.awareness_at);
    const goTo = (hours: number) => clock.advance(start + hours * 3600_000 - Date.parse(clock.iso()));
    goTo(35);
    await remind();
    expect(await steps()).toEqual([]);
    goTo(36.1);
    await remind();
    await remind();
    expect(await steps()).toEqual(['50']);
    goTo(55);
    await remind();
    goTo(65);
    await remind();
    goTo(72.5);
    await remind();
    await remind();
    expect(await steps()).toEqual(['50', '75', '90', 'overdue']);
    const dashboard = (await (await fresh()).get('/api/v1/obligations')).body.items;
    expect(dashboard[0]).toMatchObject({ overdue: true });
    expect(dashboard.some((o: any) => o.incident_id === incident.id && o.kind === 'gdpr_authority')).toBe(
      true,
    );
  });
});
