// The incident report and the board summary over HTTP on both databases, from an incident run through Stormbell:
// the facts, times in Amsterdam time, metrics from the timeline (with a relapse), what each audience was told, the
// legal duty with its submission, the review and its action item; no internal ids; languages; access.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { fakeClock } from '../delivery/harness.js';
import { Client } from '../support/client.js';
import { pdfText } from '../support/pdf.js';
import { commsWorld, declare, draft, stepOf, type CommsWorld } from '../messages/support.js';

const MIN = 60_000;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const flat = (s: string) => s.replace(/\s+/g, ' ');

const answers = {
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
    consequences: 'Customers may receive phishing mails.',
    risk: 'risk',
    reasoning: 'Names and IBANs were copied.',
  },
  nis2: { significant: 'no', criteria: [], malicious: 'yes', cross_border: 'no' },
  dora: { major: 'no', classified_at: null, criteria: [] },
};

forEachDatabase('evaluation: incident reports', (dialect) => {
  let w: CommsWorld;
  let incident: any;
  const clock = fakeClock('2027-05-10T08:00:00.000Z');
  const path = (file: string, c: Client = w.viewer) => c.get(`/api/v1/incidents/${incident.id}/${file}`);

  beforeAll(async () => {
    w = await commsWorld(dialect, { clock });
    const ok = (res: { status: number; body: unknown }, status = 200) =>
      expect(res.status, JSON.stringify(res.body)).toBe(status);
    const phase = (to: string, reason?: string) =>
      w.admin.post(`/api/v1/incidents/${incident.id}/phase`, { phase: to, ...(reason ? { reason } : {}) });

    // Aware at 09:40 Amsterdam time (07:40 UTC), declared at 10:00.
    incident = await declare(w.admin, {
      title: 'Billing servers encrypted',
      severity_id: 'sev1',
      awareness_at: '2027-05-10T07:40:00.000Z',
    });
    ok(
      await w.admin.request('PUT', `/api/v1/incidents/${incident.id}/fact-sheet`, {
        what_happened: 'Ransomware encrypted the billing servers.',
        affected: 'Customers who pay by direct debit.',
        actions: 'Servers isolated; restoring from backups.',
        advice: 'Ignore mails asking for payment.',
        expected_recovery: 'Within a day.',
      }),
    );
    clock.advance(10 * MIN);
    const staff = await draft(w.comms, incident.id, 'employees');
    ok(
      await stepOf(
        w.comms,
        incident.id,
        (await stepOf(w.comms, incident.id, staff, 'submit')).body,
        'publish',
      ),
    );
    clock.advance(20 * MIN);
    ok(await phase('containment'));
    clock.advance(10 * MIN);
    ok(
      await w.admin.post(`/api/v1/incidents/${incident.id}/decisions`, {
        title: 'Take billing offline',
        rationale: 'Stop the encryption from spreading.',
      }),
      201,
    );
    const events = (await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    const decided = events.find((e: any) => e.type === 'decision.recorded');
    ok(
      await w.admin.post(`/api/v1/incidents/${incident.id}/timeline/${decided.id}/pin`, { pinned: true }),
      204,
    );
    clock.advance(20 * MIN);
    const customers = await draft(w.comms, incident.id, 'customers');
    const submitted = (await stepOf(w.comms, incident.id, customers, 'submit')).body;
    const approved = (await stepOf(w.legal, incident.id, submitted, 'approve')).body;
    ok(await stepOf(w.comms, incident.id, approved, 'publish'));
    clock.advance(60 * MIN);
    ok(await phase('recovery'));
    clock.advance(30 * MIN);
    ok(await phase('containment', 'A second server was found encrypted.'));
    clock.advance(30 * MIN);
    ok(await phase('recovery'));
    const legal = await w.admin.request('PUT', `/api/v1/incidents/${incident.id}/assessment`, answers);
    ok(legal);
    const authority = legal.body.obligations.find((o: any) => o.kind === 'gdpr_authority');
    ok(
      await w.admin.post(`/api/v1/incidents/${incident.id}/obligations/${authority.id}/submit`, {
        reference: 'AP-2027-0042',
      }),
    );
    // A pinned note is a moment of the report; an unpinned one is not.
    ok(
      await w.admin.post(`/api/v1/incidents/${incident.id}/notes`, {
        text: 'Backups from 9 May are clean.',
        pinned: true,
      }),
      201,
    );
    ok(await w.admin.post(`/api/v1/incidents/${incident.id}/notes`, { text: 'Coffee is ready.' }), 201);
    clock.advance(120 * MIN);
    ok(await phase('evaluation'));
    const review = `/api/v1/incidents/${incident.id}/review`;
    ok(
      await w.comms.post(`${review}/contributions`, {
        went_well: 'Staff heard it from us within ten minutes.',
        went_wrong: 'Customers waited an hour for the first update.',
      }),
      201,
    );
    ok(
      await w.admin.request('PUT', `${review}/texts`, {
        communication_assessment: 'Internal updates were fast; the customer update waited for approval.',
        lessons: 'Keep an approved customer template ready.',
      }),
    );
    ok(
      await w.admin.post(`/api/v1/incidents/${incident.id}/action-items`, {
        title: 'Write a pre-approved customer template',
        owner_name: 'Priya Shah',
        due_on: '2027-06-01',
        plan_part: 'scenarios.ransomware.templates',
      }),
      201,
    );
    ok(await w.admin.post(`${review}/done`, {}));
  });
  afterAll(() => w?.server.close());

  it('the full report in Markdown: the facts, Amsterdam times, metrics, audiences, duties, review; no ids', async () => {
    const res = await path('report.md?lang=en');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="waterschap-test-${incident.reference}-report-en.md"`,
    );
    const md: string = res.body;
    for (const words of [
      '# Incident report: Billing servers encrypted',
      `- Incident: ${incident.reference}`,
      '- Status: Open, in evaluation',
      'Ransomware encrypted the billing servers.',
      '- **Aware of the incident**: 10 May 2027 at 09:40 CEST',
      '- **Declared**: 10 May 2027 at 10:00 CEST',
      // Measured from the timeline: 20 minutes from awareness, 2 hours to recovery, 3 hours recovering (with the
      // relapse to containment inside it), 10 and 60 minutes to the first internal and external updates.
      '- **Time to detect**: 20 minutes',
      '- **Time to contain**: 2 hours',
      '- **Time to recover**: 3 hours',
      '- **Total duration**: 5 hours 20 minutes',
      '- **First internal update after the declaration**: 10 minutes',
      '- **First external update after the declaration**: 1 hour',
      'The incident went back to an earlier phase',
      '| 10 May 2027 at 10:00 CEST | Incident declared as ',
      '| **10 May 2027 at 10:40 CEST** | **Pinned: Decision: Take billing offline** | **Anna Admin** |',
      '| 10 May 2027 at 12:30 CEST | Went back to containment: A second server was found encrypted. | Anna Admin |',
      '| 10 May 2027 at 13:00 CEST | The legal assessment was recorded | Anna Admin |',
      'Update published to Employees: Disruption of our services',
      '**10 May 2027 at 11:00 CEST: Disruption of our services**',
      'Since this morning some systems do not work.',
      // Submitted at 13:00 on 10 May; due 72 hours after awareness (13 May 09:40): 2 days 20 hours 40 minutes early.
      '| Notify the supervisory authority (GDPR art. 33) | 13 May 2027 at 09:40 CEST | 10 May 2027 at 13:00 CEST (reference AP-2027-0042) | Met: 2 days 20 hours before the deadline |',
      'The review was held and finished on 10 May 2027 at 15:00 CEST.',
      'Staff heard it from us within ten minutes.',
      'Keep an approved customer template ready.',
      '| Write a pre-approved customer template | Priya Shah | 1 June 2027 | Open | scenarios.ransomware.templates |',
    ])
      expect(md).toContain(words);
    expect(md).toMatch(/### Employees \(internal\)[\s\S]*### Customers \(external\)/);
    // Audiences that heard nothing are named together, not as empty sections; the cadence lists only who heard.
    expect(md).toContain('_Nothing was published to: Partners and suppliers, Press and media,');
    expect(md).toContain('| Employees | 1 of 1 | 100% |');
    expect(md).not.toContain('0 of 0');
    expect(md).toContain(
      '| **10 May 2027 at 13:00 CEST** | **Pinned: Note: Backups from 9 May are clean.** | **Anna Admin** |',
    );
    expect(md).not.toContain('Coffee');
    expect(md).not.toMatch(UUID);
    expect(md).not.toContain(incident.id);
  });

  it("in the organisation's language by default, in Dutch when asked; a language it does not know is refused", async () => {
    const own = await path('report.md');
    expect(own.body).toContain('# Incident report: Billing servers encrypted');
    const nl = await path('report.md?lang=nl');
    expect(nl.status).toBe(200);
    for (const words of [
      '# Incidentrapport: Billing servers encrypted',
      '- **Tijd tot inperking**: 2 uur',
      'Gehaald: 2 dagen 20 uur voor de termijn',
      '10 mei 2027 om 09:40 CEST',
    ])
      expect(nl.body).toContain(words);
    const bad = await path('report.md?lang=de');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('lang');
  });

  it('the full report and the one-page board summary as PDF, read back', async () => {
    const res = await path('report.pdf?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const full = flat(
      await pdfText(
        new Uint8Array(
          await (
            await fetch(`${w.server.url}/api/v1/incidents/${incident.id}/report.pdf?lang=en`, {
              headers: { cookie: cookieOf(w.viewer) },
            })
          ).arrayBuffer(),
        ),
      ),
    );
    for (const words of [
      'Incident report: Billing servers encrypted',
      'Time to contain: 2 hours',
      'AP-2027-0042',
      'Write a pre-approved customer template',
      'Page 1 of',
    ])
      expect(full).toContain(words);
    const board = flat(
      await pdfText(
        new Uint8Array(
          await (
            await fetch(`${w.server.url}/api/v1/incidents/${incident.id}/report-executive.pdf?lang=nl`, {
              headers: { cookie: cookieOf(w.viewer) },
            })
          ).arrayBuffer(),
        ),
      ),
    );
    for (const words of [
      'Samenvatting voor het bestuur: Billing servers encrypted',
      'Tijd tot herstel 3 uur',
      'Termijnen gehaald: 1. Termijnen niet gehaald: 0.',
      'Verbeteracties: 1, waarvan 1 nog open.',
      'Pagina 1 van 1',
    ])
      expect(board).toContain(words);
    expect(board).not.toMatch(UUID);
    const md = await path('report-executive.md?lang=en');
    expect(md.status).toBe(200);
    expect(md.body).toContain('| Time to recover | 3 hours |');
  });

  it('needs a login, and a restricted incident is not found for someone outside its team', async () => {
    const anonymous = await new Client(w.server.url).get(`/api/v1/incidents/${incident.id}/report.md`);
    expect(anonymous.status).toBe(401);
    const secret = await declare(w.admin, { title: 'Director mailbox read', restricted: true });
    expect((await w.viewer.get(`/api/v1/incidents/${secret.id}/report.pdf`)).status).toBe(404);
    // A fresh incident (no facts, messages, duties or review yet) still makes a whole report.
    const fresh = await w.admin.get(`/api/v1/incidents/${secret.id}/report.md`);
    expect(fresh.status).toBe(200);
    for (const words of [
      '> **Need to know: this incident is restricted.',
      'No facts were recorded for this incident.',
      '- **Time to contain**: not reached',
      'The assessment created no legal duties.',
      'The review has not been finished.',
      'No action items.',
    ])
      expect(fresh.body).toContain(words);
    expect((await w.admin.get(`/api/v1/incidents/${secret.id}/report-executive.md`)).status).toBe(200);
    expect((await w.admin.get(`/api/v1/incidents/${secret.id}/report.pdf`)).status).toBe(200);
    expect((await w.admin.get(`/api/v1/incidents/${secret.id}/report-executive.pdf`)).status).toBe(200);
    expect((await w.viewer.get('/api/v1/incidents/INC-1999-0001/report.md')).status).toBe(404);
  });
});

/** The cookie header a test client sends, for reading a binary answer with fetch. */
function cookieOf(c: Client): string {
  return [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}
