// The built-in ransomware table-top run at x60 on a fake clock, on both databases, with the team played by API
// calls: some expectations met on time, some late, some never; an inject fired early moves its deadline; the pause
// stops the clock. Nothing from the exercise reaches the SMTP server except the injects sent to participants, and
// nothing reaches the public status page. After the end: feedback, an improvement action in the backlog, the report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { commsWorld, draft, EMAILS, stepOf, type CommsWorld } from '../messages/support.js';
import { tickExercises } from '../../src/app/exercises/tick.js';

const answers = {
  gdpr: {
    personal_data: 'yes',
    categories: ['ordinary'],
    subjects_min: 100,
    subjects_max: 900,
    records: 900,
    encrypted: 'no',
    confidentiality: true,
    integrity: false,
    availability: true,
    consequences: 'Staff records may be published on the leak site.',
    risk: 'risk',
    reasoning: 'HR files were on the encrypted share.',
  },
  nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no' },
  dora: { major: 'no', classified_at: null, criteria: [] },
};

forEachDatabase('exercises: a built-in script at x60', (dialect) => {
  let w: CommsWorld;
  let smtp: SmtpSink;
  const clock = fakeClock(new Date().toISOString());
  let mailsBefore = 0;
  let exerciseId = '';
  let incidentId = '';
  let backupsTask = '';

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await commsWorld(dialect, {
      clock,
      smtp,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Crisis desk <crisis@example.org>' },
    });
  });
  afterAll(async () => {
    await w?.server.close();
    await smtp?.close();
  });

  const path = () => `/api/v1/exercises/${exerciseId}`;
  const tick = () => tickExercises({ ...w.server.running.services, actor: null });
  /** At x60 a wall second is an exercise minute. */
  const minutes = async (n: number) => {
    clock.advance(n * 1000);
    await tick();
  };
  const facilitatorView = async () => {
    const res = await w.admin.get(path());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const outcome = async (id: string) =>
    (await facilitatorView()).expectations.find((e: { id: string }) => e.id === id).outcome;
  const fired = async () =>
    (await facilitatorView()).injects
      .filter((i: { fired: boolean }) => i.fired)
      .map((i: { id: string }) => i.id);
  const drainOutbox = async () => {
    for (let i = 0; i < 20; i++) if ((await w.server.running.worker.runOnce()).claimed === 0) break;
  };

  it('starts from the built-in script: the first inject goes out, participants see only what fired', async () => {
    await drainOutbox();
    mailsBefore = smtp.received.length;
    const scripts = (await w.viewer.get('/api/v1/exercise-scripts')).body.items;
    expect(scripts.map((s: { id: string }) => s.id)).toContain('ransomware-en');

    const started = await w.admin.post('/api/v1/exercises', { script_id: 'ransomware-en', speed: 60 });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    exerciseId = started.body.id;
    expect(started.body).toMatchObject({ status: 'running', speed: 60, declared_by: 'team', incident: null });
    expect(
      started.body.injects.filter((i: { fired: boolean }) => i.fired).map((i: { id: string }) => i.id),
    ).toEqual(['helpdesk_calls']);
    expect(started.body.expectations).toHaveLength(9);

    const participant = (await w.wim.get(path())).body;
    expect(participant.can_facilitate).toBe(false);
    expect(participant.injects.map((i: { id: string }) => i.id)).toEqual(['helpdesk_calls']);
    expect(participant.injects[0].facilitator_notes).toBeNull();
    expect(participant.expectations).toEqual([]);
    // Only the facilitator steers.
    expect((await w.comms.post(`${path()}/pause`)).status).toBe(403);
    expect((await w.admin.post(`${path()}/speed`, { speed: 61 })).status).toBe(400);
  });

  it('links the incident the team declares the ordinary way and copies the earlier injects onto it', async () => {
    await minutes(5);
    const declared = await w.comms.post('/api/v1/incidents', {
      title: 'Files encrypted on the S: drive',
      scenario_id: 'ransomware',
      severity_id: 'sev1',
      exercise: true,
    });
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    incidentId = declared.body.id;
    await tick();
    const view = await facilitatorView();
    expect(view.incident).toEqual({ id: incidentId, reference: declared.body.reference });
    expect(await outcome('declared')).toBe('met');
    const timeline = (await w.comms.get(`/api/v1/incidents/${incidentId}/timeline?limit=200`)).body.items;
    const injects = timeline.filter((e: { type: string }) => e.type === 'exercise.inject');
    expect(injects.map((e: { payload: { inject_id: string } }) => e.payload.inject_id)).toEqual([
      'helpdesk_calls',
    ]);
  });

  it('fires injects when due, once each, and scores met, missed and late from the timeline', async () => {
    await minutes(2); // +7: the ransom note
    await tick();
    expect(await fired()).toEqual(['helpdesk_calls', 'ransom_note']);
    await minutes(8); // +15: spreading, 8 minutes after the ransom note
    expect(await fired()).toEqual(['helpdesk_calls', 'ransom_note', 'spreading']);
    await minutes(5); // +20
    expect(
      (await w.comms.post(`/api/v1/incidents/${incidentId}/phase`, { phase: 'containment' })).status,
    ).toBe(200);
    await minutes(5); // +25
    const decision = await w.comms.post(`/api/v1/incidents/${incidentId}/decisions`, {
      title: 'Shut down the file servers',
      rationale: 'Stop the encryption from spreading.',
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    await tick();
    expect(await outcome('containment_reached')).toBe('met');
    expect(await outcome('shutdown_decision')).toBe('met');
    await minutes(6); // +31: the systems were not disconnected by +30 (spreading + 15)
    expect(await outcome('systems_disconnected')).toBe('missed');
  });

  it('moves deadlines with an inject fired early', async () => {
    await minutes(1); // +32; backups_encrypted is planned for +36
    const early = await w.admin.post(`${path()}/injects/backups_encrypted/fire`);
    expect(early.status, JSON.stringify(early.body)).toBe(200);
    const inject = early.body.injects.find((i: { id: string }) => i.id === 'backups_encrypted');
    expect(inject).toMatchObject({ fired: true, early: true, due_ms: 36 * 60_000, fired_ms: 32 * 60_000 });
    const backups = early.body.expectations.find((e: { id: string }) => e.id === 'backups_protected');
    expect(backups.deadline_ms).toBe(47 * 60_000);
    expect((await w.admin.post(`${path()}/injects/backups_encrypted/fire`)).status).toBe(409);
  });

  it('turns a missed expectation late when the team gets there, and counts a message to an audience', async () => {
    await minutes(3); // +35
    const tasks = (await w.comms.get(`/api/v1/incidents/${incidentId}`)).body.tasks;
    const task = (title: string) => tasks.find((t: { title: string }) => t.title.startsWith(title));
    const done = (t: { id: string }) =>
      w.comms.patch(`/api/v1/incidents/${incidentId}/tasks/${t.id}`, { status: 'done' });
    expect((await done(task('Disconnect affected systems'))).status).toBe(200);
    await tick();
    expect(await outcome('systems_disconnected')).toBe('late');
    await minutes(1); // +36: employees told 14 minutes after the staff unrest (+22), within 15
    const m = await draft(w.comms, incidentId, 'employees');
    let current = (await stepOf(w.comms, incidentId, m, 'submit')).body;
    if (current.status === 'in_review')
      current = (await stepOf(w.legal, incidentId, current, 'approve')).body;
    expect((await stepOf(w.comms, incidentId, current, 'publish')).status).toBe(200);
    await tick();
    expect(await outcome('employees_informed')).toBe('met');
    backupsTask = task('Protect the backups').id;
  });

  it('stands still while paused', async () => {
    await minutes(4); // +40
    const paused = await w.admin.post(`${path()}/pause`);
    expect(paused.body).toMatchObject({ status: 'paused', exercise_ms: 40 * 60_000 });
    expect((await w.admin.post(`${path()}/pause`)).status).toBe(409);
    await minutes(30);
    expect((await facilitatorView()).exercise_ms).toBe(40 * 60_000);
    expect(await fired()).not.toContain('leak_site');
    const resumed = await w.admin.post(`${path()}/resume`);
    expect(resumed.body).toMatchObject({ status: 'running', exercise_ms: 40 * 60_000 });
    await minutes(6); // +46: the leak site appeared at +45 (ransom note + 38)
    expect(await fired()).toContain('leak_site');
    const assessed = await w.legal.request('PUT', `/api/v1/incidents/${incidentId}/assessment`, answers);
    expect(assessed.status, JSON.stringify(assessed.body)).toBe(200);
    await tick();
    expect(await outcome('breach_assessed')).toBe('met');
    // The 72-hour clock runs on exercise time: from awareness (the declaration at +5) 72 exercise hours, which at
    // x60 is 72 wall minutes, plus the 30 wall seconds the exercise stood paused.
    const legal = (await w.legal.get(`/api/v1/incidents/${incidentId}/legal`)).body;
    const gdpr = legal.obligations.find((o: { kind: string }) => o.kind === 'gdpr_authority');
    const started = Date.parse((await facilitatorView()).started_at);
    expect(gdpr.due_at).toBe(new Date(started + (5 + 72 * 60 + 30) * 1000).toISOString());
    expect(gdpr.overdue).toBe(false);
  });

  it('scores the rest at the end: late after the early inject, missed when never done', async () => {
    await minutes(4); // +50: the backups are protected after the moved deadline (+47), before the planned one
    const protect = await w.comms.patch(`/api/v1/incidents/${incidentId}/tasks/${backupsTask}`, {
      status: 'done',
    });
    expect(protect.status).toBe(200);
    await minutes(11); // +61
    const ended = await w.admin.post(`${path()}/end`);
    expect(ended.status, JSON.stringify(ended.body)).toBe(200);
    const outcomes = Object.fromEntries(
      ended.body.expectations.map((e: { id: string; outcome: string }) => [e.id, e.outcome]),
    );
    expect(outcomes).toEqual({
      declared: 'met',
      containment_reached: 'met',
      systems_disconnected: 'late',
      shutdown_decision: 'met',
      employees_informed: 'met',
      press_statement: 'missed',
      backups_protected: 'late',
      breach_assessed: 'met',
      board_briefed: 'missed',
    });
    const declared = ended.body.expectations.find((e: { id: string }) => e.id === 'declared');
    expect(declared).toMatchObject({ met_ms: 5 * 60_000, margin_minutes: 10 });
    expect(ended.body.score).toEqual({ total: 9, met: 5, late: 2, missed: 2, pending: 0, percent: 67 });
    expect(ended.body.injects.every((i: { fired: boolean }) => i.fired)).toBe(true);
    // Ended is ended: the clock and the injects stay as they were.
    expect((await w.admin.post(`${path()}/resume`)).status).toBe(409);
    await minutes(30);
    expect((await facilitatorView()).exercise_ms).toBe(61 * 60_000);
    // Participants see everything now.
    expect((await w.wim.get(path())).body.expectations).toHaveLength(9);
    const list = (await w.viewer.get('/api/v1/exercises')).body.items;
    expect(list.find((x: { id: string }) => x.id === exerciseId).score.percent).toBe(67);
  });

  it('sends mail only for the injects addressed to participants, and nothing to the public status page', async () => {
    await drainOutbox();
    const mails = smtp.received.slice(mailsBefore);
    const view = await facilitatorView();
    const expected = view.injects.reduce((n: number, i: { emails: number }) => n + i.emails, 0);
    expect(expected).toBeGreaterThan(0);
    expect(mails).toHaveLength(expected);
    for (const m of mails) expect(m.mail.subject).toMatch(/^\[EXERCISE\] /);
    const byInject = view.injects.filter((i: { how: string[] }) => i.how.includes('email'));
    const titles = new Set(byInject.map((i: { title: string }) => `[EXERCISE] ${i.title}`));
    for (const m of mails) expect(titles.has(m.mail.subject!)).toBe(true);
    // The employees' message and the role-holder notifications stayed in the exercise's outbox.
    expect(mails.some((m) => m.rcpt.includes('all-staff@example.org'))).toBe(false);
    // The journalist inject went to the communications lead (Maria), by email.
    expect(
      mails.some(
        (m) => m.rcpt.includes(EMAILS.comms) && /journalist|press|reporter/i.test(m.mail.subject ?? ''),
      ),
    ).toBe(true);
    const page = await fetch(`${w.server.url}/status`);
    const html = await page.text();
    expect(html).not.toContain('Files encrypted on the S: drive');
    expect(html).not.toContain('Ransomware on the file servers');
  });

  describe('after the exercise', () => {
    it('takes feedback, sends improvements to the backlog and writes the report', async () => {
      const feedback = await w.comms.request('PUT', `${path()}/feedback`, {
        rating: 4,
        went_well: 'We declared quickly.',
        to_improve: 'Nobody answered the journalist.',
      });
      expect(feedback.status, JSON.stringify(feedback.body)).toBe(200);
      expect((await w.comms.request('PUT', `${path()}/feedback`, { rating: 9 })).status).toBe(400);
      const list = (await w.viewer.get(`${path()}/feedback`)).body;
      expect(list).toMatchObject({
        average_rating: 4,
        items: [{ rating: 4, went_well: 'We declared quickly.' }],
      });

      const action = await w.admin.post(`${path()}/actions`, {
        title: 'Prepare a holding statement for the press',
        owner_name: 'Maria Santos',
        due_on: '2027-01-31',
        expectation_id: 'press_statement',
      });
      expect(action.status, JSON.stringify(action.body)).toBe(201);
      const backlog = (await w.viewer.get('/api/v1/action-items?exercise=true')).body;
      const items = backlog.items ?? backlog;
      expect(JSON.stringify(items)).toContain('Prepare a holding statement for the press');
      expect(
        (await w.admin.post(`${path()}/actions`, { title: 'x', owner_name: 'y', expectation_id: 'nope' }))
          .status,
      ).toBe(400);

      const md = await w.viewer.get(`${path()}/report.md`);
      expect(md.status).toBe(200);
      expect(md.headers.get('content-type')).toMatch(/text\/markdown/);
      const text = md.body as string;
      expect(text).toContain('EXERCISE');
      expect(text).toContain('67%: 5 met, 2 late, 2 missed');
      expect(text).toMatch(/Publish a statement|press/i);
      expect(text).toContain('Prepare a holding statement for the press');
      expect(text).toContain('Nobody answered the journalist.');
      const nl = await w.viewer.get(`${path()}/report.md?lang=nl`);
      expect(nl.body as string).toContain('67%: 5 gehaald, 2 te laat, 2 gemist');
      const pdf = await fetch(`${w.server.url}${path()}/report.pdf`, {
        headers: { cookie: `sb_session=${(w.viewer as any).cookies.get('sb_session')}` },
      });
      expect(pdf.status).toBe(200);
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });
  });
});
