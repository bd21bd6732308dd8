// The real publication flow reaches status page subscribers: a message published to the status page mails each
// matching confirmed subscriber in their language with the one-click unsubscribe headers, through a real SMTP
// server; an exercise incident's update reaches none of them. Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { commsWorld, declare, messagesPath, stepOf, type CommsWorld } from '../messages/support.js';

const API = '/api/v1/status-page';

forEachDatabase('status page subscribers hear of publications', (dialect) => {
  let w: CommsWorld;
  let smtp: SmtpSink;
  let portal: string;
  let chat: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await commsWorld(dialect, {
      smtp,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Status <status@example.org>' },
    });
    const component = async (nl: string, en: string) =>
      (await w.admin.post(`${API}/components`, { name: { nl, en } })).body.id as string;
    portal = await component('Klantportaal', 'Customer portal');
    chat = await component('Chat', 'Chat');
    const csv = [
      'email,language,components',
      `portaal@example.nl,nl,${portal}`,
      `chat@example.com,en,${chat}`,
      'alles@example.nl,nl,',
    ].join('\n');
    const imported = await w.admin.post(`${API}/subscribers/import`, { csv });
    expect(imported.body).toEqual({ imported: 3, already_subscribed: 0 });
  });
  afterAll(async () => {
    await w?.server.close();
    await smtp?.close();
  });

  async function publish(incidentId: string, subject: string) {
    const drafted = await w.comms.post(messagesPath(incidentId), {
      audience_id: 'customers',
      contents: [
        { language: 'en', subject, body: 'We are on it.' },
        { language: 'nl', subject: `NL ${subject}`, body: 'Wij werken eraan.' },
      ],
      status_page: {
        incident_status: 'identified',
        impact: 'major',
        components: [{ id: portal, status: 'major_outage' }],
      },
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    let current = (await stepOf(w.comms, incidentId, drafted.body, 'submit')).body;
    if (current.status === 'in_review')
      current = (await stepOf(w.legal, incidentId, current, 'approve')).body;
    const published = await stepOf(w.comms, incidentId, current, 'publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return published.body;
  }

  const mailsTo = (address: string): ParsedMail[] =>
    smtp.received.filter((r) => r.rcpt.includes(address)).map((r) => r.mail);
  async function drain() {
    for (let i = 0; i < 10; i++) await w.server.running.worker.runOnce();
  }

  it('mails the portal’s and everything’s subscribers in their language, not the chat’s', async () => {
    const incident = await declare(w.admin, { title: 'Internal: FS01 encrypted' });
    const m = await publish(incident.id, 'Portal unreachable');
    await drain();
    const [mail] = mailsTo('portaal@example.nl');
    expect(mail?.subject).toBe('Oorzaak gevonden: NL Portal unreachable');
    expect(mail!.text).toContain('Wij werken eraan.');
    expect(mail!.text).toContain('Klantportaal: Grote storing');
    expect(mail!.text).toContain(`/status/incidents/${incident.id}`);
    expect(mail!.text).not.toContain('FS01');
    const unsubscribe = mail!.headerLines
      .find((h) => h.key === 'list-unsubscribe')
      ?.line.replace(/\r?\n[ \t]+/g, ' ');
    expect(unsubscribe).toMatch(
      /^List-Unsubscribe: <http\S+\/status\/subscriptions\/[A-Za-z0-9_-]+\/unsubscribe>$/,
    );
    expect(mail!.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(mailsTo('alles@example.nl')).toHaveLength(1);
    expect(mailsTo('chat@example.com')).toHaveLength(0);
    // The deliveries belong to the message, so its page shows who heard it.
    const deliveries = (await w.comms.get(`${messagesPath(incident.id)}/${m.id}/deliveries`)).body.items;
    expect(deliveries.map((d: { recipient: string }) => d.recipient)).toEqual(
      expect.arrayContaining(['portaal@example.nl', 'alles@example.nl']),
    );
  });

  it('an exercise incident’s update reaches no subscriber', async () => {
    const before = smtp.received.length;
    const incident = await declare(w.admin, { title: 'Drill', exercise: true });
    await publish(incident.id, 'Drill update');
    await drain();
    const got = smtp.received.slice(before).filter((r) => r.rcpt.some((a) => /portaal|alles|chat@/.test(a)));
    expect(got).toEqual([]);
  });
});
