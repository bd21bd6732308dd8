// The update rhythm per audience, on both databases: next update due by the severity's cadence, overdue shown on
// the incident and the home page, one reminder to the communications lead per due time, reset by publishing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { sendCadenceReminders } from '../../src/app/messages/send-cadence-reminders.js';
import { commsWorld, declare, draft, EMAILS, stepOf, type CommsWorld } from './support.js';

forEachDatabase('update cadence', (dialect) => {
  let w: CommsWorld;
  const clock = fakeClock('2026-11-30T09:00:00.000Z');
  beforeAll(async () => {
    w = await commsWorld(dialect, { clock });
  });
  afterAll(() => w?.server.close());

  const remind = () => sendCadenceReminders({ ...w.server.running.services, actor: null });
  const communication = async (id: string) =>
    (await w.comms.get(`/api/v1/incidents/${id}/communication`)).body;
  const reminderMails = async () =>
    (await w.admin.get('/api/v1/mail')).body.items.filter(
      (m: { recipient: string; subject: string }) =>
        m.recipient === EMAILS.comms && /overdue/.test(m.subject),
    );

  it('counts each audience from declaration, reminds once when overdue, and starts again after an update', async () => {
    const incident = await declare(w.admin, { title: 'Phones down', severity_id: 'sev1' });
    const declaredAt = Date.parse(clock.iso());
    const employees = (await communication(incident.id)).audiences.find(
      (a: any) => a.audience_id === 'employees',
    );
    // sev1 in the starter plan: employees every 60 minutes.
    expect(employees).toMatchObject({ cadence_minutes: 60, last_published_at: null, overdue: false });
    expect(Date.parse(employees.next_due_at) - declaredAt).toBe(60 * 60_000);
    expect(await remind()).toBe(0);

    clock.advance(61 * 60_000);
    const overdue = (await communication(incident.id)).audiences.filter((a: any) => a.overdue);
    expect(overdue.map((a: any) => a.audience_id)).toContain('employees');
    const home = (await w.viewer.get('/api/v1/communication/overdue')).body.items;
    expect(home.some((i: any) => i.incident_id === incident.id && i.audience_id === 'employees')).toBe(true);

    const sent = await remind();
    expect(sent).toBe(overdue.length);
    expect(await remind()).toBe(0);
    let mails: any[] = [];
    for (let i = 0; i < 100 && mails.length < 1; i++) {
      mails = await reminderMails();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(mails.length).toBeGreaterThan(0);
    expect(
      mails.some((m) => m.subject.includes(`${incident.reference}: the update for Employees is overdue`)),
    ).toBe(true);
    const timeline = (await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    expect(
      timeline.filter((e: any) => e.type === 'update.overdue' && e.payload.audience_id === 'employees'),
    ).toHaveLength(1);

    // An update resets the clock for that audience only.
    const m = await draft(w.comms, incident.id, 'employees');
    const approved = (await stepOf(w.comms, incident.id, m, 'submit')).body;
    expect((await stepOf(w.comms, incident.id, approved, 'publish')).status).toBe(200);
    const after = (await communication(incident.id)).audiences.find(
      (a: any) => a.audience_id === 'employees',
    );
    expect(after).toMatchObject({ overdue: false, last_message_id: m.id });
    expect(Date.parse(after.next_due_at) - Date.parse(clock.iso())).toBe(60 * 60_000);
  });

  it('asks for nothing more once an audience was told it is resolved, nor in evaluation', async () => {
    const incident = await declare(w.admin, { title: 'Printer fire', severity_id: 'sev1' });
    const m = await w.comms.post(`/api/v1/incidents/${incident.id}/messages`, {
      audience_id: 'employees',
      kind: 'resolved',
      contents: [{ language: 'en', subject: 'Solved', body: 'Everything works again.' }],
    });
    const approved = (await stepOf(w.comms, incident.id, m.body, 'submit')).body;
    await stepOf(w.comms, incident.id, approved, 'publish');
    clock.advance(10 * 60 * 60_000);
    const audiences = (await communication(incident.id)).audiences;
    expect(audiences.find((a: any) => a.audience_id === 'employees')).toMatchObject({
      next_due_at: null,
      overdue: false,
    });
    expect(audiences.find((a: any) => a.audience_id === 'customers').overdue).toBe(true);
  });
});
