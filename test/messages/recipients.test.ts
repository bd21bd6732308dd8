// Informing the people affected by a breach (GDPR Art. 34): their addresses uploaded as CSV for the incident's
// "people affected" audience (every bad line reported, nothing half imported), then a message through the normal
// approvals reaches each of them once, in their language, at a real SMTP server. On both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { commsWorld, declare, stepOf, messagesPath, type CommsWorld } from './support.js';

forEachDatabase('people affected from a CSV upload', (dialect) => {
  let w: CommsWorld;
  let smtp: SmtpSink;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await commsWorld(dialect, {
      smtp,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Crisis desk <crisis@example.org>' },
      plan: (plan) => {
        const affected = plan.audiences.find((a: { id: string }) => a.id === 'data_subjects');
        // Legal signs off (the privacy officer has no account in this world).
        affected.approval_chain = ['communications_lead', 'legal'];
        affected.languages = ['en', 'nl'];
        for (const scenario of plan.scenarios)
          for (const t of scenario.templates.filter((x: any) => x.audience === 'data_subjects'))
            scenario.templates.push({ ...t, id: `${t.id}_nl`, language: 'nl' });
      },
    });
  });
  afterAll(async () => {
    await w?.server.close();
    await smtp?.close();
  });

  const path = (incidentId: string, audience = 'data_subjects') =>
    `/api/v1/incidents/${incidentId}/audiences/${audience}/recipients`;

  it('refuses a file with bad lines, naming each line, and imports nothing', async () => {
    const incident = await declare(w.admin, { scenario_id: 'data_breach', title: 'Newsletter list leaked' });
    const csv = [
      'email,name,language',
      'anna@example.nl,Anna de Vries,nl',
      'not-an-address,Bob,en',
      ',Nobody,en',
      'carl@example.com,Carl,fr',
      'dora@example.com,Dora,en',
    ].join('\n');
    const res = await w.comms.post(path(incident.id), { csv });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'csv.email', line: 3, message: 'Line 3: "not-an-address" is not an email address.' },
      { field: 'csv.email', line: 4, message: 'Line 4: the email address is empty.' },
      { field: 'csv.language', line: 5, message: 'Line 5: language "fr" is not nl or en.' },
    ]);
    expect((await w.comms.get(path(incident.id))).body.total).toBe(0);
    const noHeader = await w.comms.post(path(incident.id), { csv: 'anna@example.nl,Anna\n' });
    expect(noHeader.body.errors[0]).toMatchObject({ field: 'csv', line: 1 });
    const unclosed = await w.comms.post(path(incident.id), { csv: 'email,name\nx@example.org,"Open\n' });
    expect(unclosed.body.errors[0].message).toMatch(/^Line 2: a quote/);
    // Only audiences reached by email take a list, only responders see it, and unknown ones are named.
    expect((await w.comms.post(path(incident.id, 'press'), { csv })).status).toBe(400);
    expect((await w.comms.post(path(incident.id, 'nobody'), { csv })).body.errors[0].field).toBe(
      'audience_id',
    );
    expect((await w.viewer.get(path(incident.id))).status).toBe(403);
    expect((await w.viewer.post(path(incident.id), { csv })).status).toBe(403);
  });

  it('reads a Dutch spreadsheet export, then emails every person once in their language', async () => {
    const incident = await declare(w.admin, { scenario_id: 'data_breach', title: 'Customer file copied' });
    // Excel in Dutch: a byte order mark, semicolons, Dutch headers, a quoted name with the separator, CRLF.
    const csv =
      '\uFEFFE-mailadres;Naam;Taal\r\n' +
      'Anna@Example.nl;"de Vries; Anna";nl\r\n' +
      'bob@example.com;Bob;EN\r\n' +
      'carl@example.com;;\r\n' +
      '\r\n' +
      'anna@example.nl;Anna again;nl\r\n';
    const up = await w.comms.post(path(incident.id), { csv });
    expect(up.status, JSON.stringify(up.body)).toBe(200);
    expect(up.body).toMatchObject({
      total: 3,
      by_language: { nl: 1, en: 2 },
      upload: { added: 3, already_listed: 0, duplicates_in_file: 1 },
    });
    expect(up.body.items).toEqual([
      { email: 'anna@example.nl', name: 'de Vries; Anna', language: 'nl' },
      { email: 'bob@example.com', name: 'Bob', language: 'en' },
      // No language given: the organisation's (the English starter plan's).
      { email: 'carl@example.com', name: null, language: 'en' },
    ]);
    // A second upload adds; the ones already there are counted, not doubled.
    const again = await w.comms.post(path(incident.id), {
      csv: 'email\nbob@example.com\ndora@example.com\n',
    });
    expect(again.body).toMatchObject({ total: 4, upload: { added: 1, already_listed: 1 } });
    const communication = (await w.comms.get(`/api/v1/incidents/${incident.id}/communication`)).body;
    expect(communication.audiences.find((a: any) => a.audience_id === 'data_subjects')).toMatchObject({
      uploaded_recipients: 4,
    });
    // The timeline says how many, never who.
    const events = (await w.admin.get(`/api/v1/incidents/${incident.id}/timeline?limit=200`)).body.items;
    const uploaded = events.filter((e: any) => e.type === 'recipients.uploaded');
    expect(uploaded.map((e: any) => e.payload.added)).toEqual(expect.arrayContaining([3, 1]));
    expect(JSON.stringify(uploaded)).not.toMatch(/example\.(nl|com)/);

    // The message to the people affected: drafted, approved by legal, published.
    const before = smtp.received.length;
    const drafted = await w.comms.post(messagesPath(incident.id), {
      audience_id: 'data_subjects',
      contents: [
        {
          language: 'en',
          subject: 'Your data was involved in a breach',
          body: 'We are sorry. Here is what happened.',
        },
        { language: 'nl', subject: 'Uw gegevens zijn gelekt', body: 'Het spijt ons. Dit is er gebeurd.' },
      ],
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const submitted = (await stepOf(w.comms, incident.id, drafted.body, 'submit')).body;
    const approved = (await stepOf(w.legal, incident.id, submitted, 'approve')).body;
    expect(approved.status, JSON.stringify(approved)).toBe('approved');
    expect((await stepOf(w.comms, incident.id, approved, 'publish')).status).toBe(200);
    await w.server.running.worker.runOnce();
    await w.server.running.worker.runOnce();
    const got = smtp.received.slice(before);
    const to = (address: string) => got.filter((r) => r.rcpt.includes(address));
    for (const address of ['anna@example.nl', 'bob@example.com', 'carl@example.com', 'dora@example.com'])
      expect(to(address), address).toHaveLength(1);
    expect(to('anna@example.nl')[0]!.mail.subject).toBe('Uw gegevens zijn gelekt');
    expect(to('bob@example.com')[0]!.mail.subject).toBe('Your data was involved in a breach');
    expect(JSON.stringify(to('anna@example.nl')[0]!.mail.to)).toContain('de Vries; Anna');
    // Who was reached: responders see the addresses, a viewer only their first letter and domain.
    const deliveries = `/api/v1/incidents/${incident.id}/messages/${approved.id}/deliveries`;
    const full = (await w.comms.get(deliveries)).body.items.map((d: { recipient: string }) => d.recipient);
    expect(full.join(' ')).toContain('<anna@example.nl>');
    const seen = (await w.viewer.get(deliveries)).body.items.map((d: { recipient: string }) => d.recipient);
    expect(seen).toHaveLength(full.length);
    expect(seen).toContain('a•••@example.nl');
    expect(seen.filter((r: string) => !/^.•••@[^@<>\s]+$/.test(r))).toEqual([]);

    // A file larger than the API's usual 1 MiB body: 25,000 people in one upload, all on the list.
    const big = [
      'email,name,language',
      ...Array.from({ length: 25_000 }, (_, i) => `person${i}@example.org,Person number ${i},en`),
    ].join('\n');
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const bulk = await w.comms.post(path(incident.id, 'customers'), { csv: big });
    expect(bulk.status, JSON.stringify(bulk.body).slice(0, 300)).toBe(200);
    expect(bulk.body).toMatchObject({ total: 25_000, upload: { added: 25_000 } });

    // Emptying the list: the next message goes to nobody uploaded.
    const emptied = await w.comms.request('DELETE', path(incident.id));
    expect(emptied.body.total).toBe(0);
    const replaced = await w.comms.post(path(incident.id), {
      csv: 'email\nerin@example.org\n',
      replace: true,
    });
    expect(replaced.body).toMatchObject({ total: 1, items: [{ email: 'erin@example.org' }] });
  });
});
