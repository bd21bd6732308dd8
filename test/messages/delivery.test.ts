// Publishing a message over email, chat and webhooks against real receivers: a real SMTP server (mailparser),
// HTTP receivers, Standard Webhooks signatures checked with the standardwebhooks package; SMTP down and back;
// an exercise that reaches nobody. On both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { fakeClock } from '../delivery/harness.js';
import { startHttpSink } from '../delivery/http-sink.js';
import { commsWorld, declare, draft, EMAILS, messagesPath, stepOf, type CommsWorld } from './support.js';

forEachDatabase('publishing a message', (dialect) => {
  let w: CommsWorld;
  let smtp: SmtpSink;
  // Starts at the real time: webhook receivers refuse signatures older than five minutes.
  const clock = fakeClock(new Date().toISOString());
  let hooks: Awaited<ReturnType<typeof startHttpSink>> | null = null;
  // A placeholder until a test starts its HTTP receiver and points the plan at it.
  let hookUrl = 'http://127.0.0.1:9';

  beforeAll(async () => {
    smtp = await startSmtpSink();
    w = await commsWorld(dialect, {
      clock,
      smtp,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Crisis desk <crisis@example.org>' },
      plan: (plan) => {
        const employees = plan.audiences.find((a: { id: string }) => a.id === 'employees');
        employees.channels = ['email', 'internal_page', 'chat', 'webhook'];
        employees.chat = [
          { service: 'slack', url: `${hookUrl}/slack`, name: '#crisis' },
          { service: 'teams', url: `${hookUrl}/teams` },
          { service: 'mattermost', url: `${hookUrl}/mattermost` },
        ];
        employees.webhooks = [{ url: `${hookUrl}/hook`, name: 'intranet' }];
      },
    });
  });
  afterAll(async () => {
    await w?.server.close();
    await smtp?.close();
  });

  const worker = () => w.server.running.worker;
  const publishThrough = async (
    incidentId: string,
    audience: string,
    languages: Array<'en' | 'nl'> = ['en'],
  ) => {
    const m = await draft(w.comms, incidentId, audience, languages);
    let current = (await stepOf(w.comms, incidentId, m, 'submit')).body;
    if (current.status === 'in_review')
      current = (await stepOf(w.legal, incidentId, current, 'approve')).body;
    const published = await stepOf(w.comms, incidentId, current, 'publish');
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    return published.body;
  };
  const deliveries = async (incidentId: string, messageId: string) => {
    const res = await w.comms.get(`${messagesPath(incidentId)}/${messageId}/deliveries`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items;
  };

  it('emails each recipient once, in their language, with the organisation as sender and both parts', async () => {
    const incident = await declare(w.admin, { title: 'Customer portal down' });
    const before = smtp.received.length;
    const m = await publishThrough(incident.id, 'customers', ['en', 'nl']);
    await worker().runOnce();
    const got = smtp.received.slice(before).filter((r) => /Disruption|Storing/.test(r.mail.subject ?? ''));
    expect(got.map((r) => r.rcpt[0]).sort()).toEqual([
      'customer@example.com',
      'klant@example.nl',
      EMAILS.comms,
    ]);
    const to = (address: string) => got.find((r) => r.rcpt[0] === address)!.mail;
    expect(to('klant@example.nl').subject).toBe('Storing bij onze dienstverlening');
    expect(to('klant@example.nl').text).toContain('Sinds vanochtend werken enkele systemen niet.');
    expect(to('customer@example.com').subject).toBe('Disruption of our services');
    const mail = to('customer@example.com');
    expect(mail.html).toContain('<p>Since this morning some systems do not work.');
    expect(mail.text).toContain('Since this morning some systems do not work.');
    const { plan } = (await w.admin.get('/api/v1/plan')).body;
    expect((mail.from as { value: unknown[] }).value[0]).toEqual({
      name: plan.organisation.name,
      address: 'crisis@example.org',
    });
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@/);
    expect((to('klant@example.nl').to as { value: unknown[] }).value[0]).toMatchObject({
      name: 'Klaas Klant',
      address: 'klant@example.nl',
    });
    const rows = await deliveries(incident.id, m.id);
    expect(rows.map((d: any) => [d.recipient, d.language, d.status]).sort()).toEqual(
      [
        ['"Klaas Klant" <klant@example.nl>', 'nl', 'sent'],
        ['customer@example.com', 'en', 'sent'],
        [`"Maria Santos (example)" <${EMAILS.comms}>`, 'en', 'sent'],
      ].sort(),
    );
    expect((await w.comms.get(`${messagesPath(incident.id)}/${m.id}`)).body.deliveries).toEqual({
      pending: 0,
      sent: 3,
      failed: 0,
      captured: 0,
    });
  });

  it('chat services each get their own format; the webhook is signed per Standard Webhooks', async () => {
    hooks = await startHttpSink();
    hookUrl = hooks.url;
    // The plan's receivers point at this test's HTTP sink.
    const { plan } = (await w.admin.get('/api/v1/plan')).body;
    const employees = plan.audiences.find((a: { id: string }) => a.id === 'employees');
    for (const c of employees.chat) c.url = `${hookUrl}/${c.service}`;
    employees.webhooks[0].url = `${hookUrl}/hook`;
    expect((await w.admin.request('PUT', '/api/v1/plan', { plan, description: 'receivers' })).status).toBe(
      200,
    );
    const incident = await declare(w.admin, { title: 'Receivers test' });
    const m = await publishThrough(incident.id, 'employees');
    await worker().runOnce();
    const byPath = (p: string) => hooks!.received.find((r) => r.path === p)!;
    expect(JSON.parse(byPath('/slack').body).blocks).toBeDefined();
    expect(JSON.parse(byPath('/teams').body).attachments[0].contentType).toBe(
      'application/vnd.microsoft.card.adaptive',
    );
    expect(JSON.parse(byPath('/mattermost').body).text).toContain('Disruption of our services');
    const { secret } = (await w.admin.get('/api/v1/settings/webhook-secret')).body;
    const hook = byPath('/hook');
    const verified = new Webhook(secret).verify(hook.body, {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    }) as any;
    expect(verified).toMatchObject({
      type: 'message.published',
      data: { message_id: m.id, incident: { reference: incident.reference }, audience: { id: 'employees' } },
    });
    const rows = await deliveries(incident.id, m.id);
    expect(rows.map((d: any) => d.channel).sort()).toEqual(['chat', 'chat', 'chat', 'email', 'webhook']);
    expect(
      rows.every((d: any) => d.status === 'sent'),
      JSON.stringify(rows),
    ).toBe(true);
    // The secret is for admins only.
    expect((await w.comms.get('/api/v1/settings/webhook-secret')).status).toBe(403);
  });

  it('SMTP down while publishing: the deliveries wait and retry, then each recipient gets exactly one mail', async () => {
    const incident = await declare(w.admin, { title: 'Mail outage test' });
    const port = smtp.port;
    await smtp.close();
    const m = await publishThrough(incident.id, 'customers', ['en', 'nl']);
    await worker().runOnce();
    const waiting = await deliveries(incident.id, m.id);
    expect(
      waiting.every((d: any) => d.status === 'pending' && d.attempts === 1 && d.last_error),
      JSON.stringify(waiting),
    ).toBe(true);
    expect(waiting[0].history).toEqual([{ at: expect.any(String), ok: false, error: expect.any(String) }]);
    smtp = await startSmtpSink(port);
    clock.advance(2 * 60 * 60_000);
    await worker().runOnce();
    await worker().runOnce();
    const messageMails = smtp.received.filter((r) => /Disruption|Storing/.test(r.mail.subject ?? ''));
    expect(messageMails.map((r) => r.rcpt[0]).sort()).toEqual([
      'customer@example.com',
      'klant@example.nl',
      EMAILS.comms,
    ]);
    const done = await deliveries(incident.id, m.id);
    expect(done.every((d: any) => d.status === 'sent' && d.attempts === 2)).toBe(true);
  });

  it('an exercise reaches nobody: every delivery is captured in its own outbox', async () => {
    hooks = await startHttpSink();
    const { plan } = (await w.admin.get('/api/v1/plan')).body;
    const employees = plan.audiences.find((a: { id: string }) => a.id === 'employees');
    for (const c of employees.chat) c.url = `${hooks.url}/${c.service}`;
    employees.webhooks[0].url = `${hooks.url}/hook`;
    expect((await w.admin.request('PUT', '/api/v1/plan', { plan, description: 'receivers' })).status).toBe(
      200,
    );
    const incident = await declare(w.admin, { title: 'Table-top: ransomware', exercise: true });
    const mailsBefore = smtp.received.filter((r) => !r.rcpt.some((a) => a.endsWith('@example.org'))).length;
    const before = smtp.received.length;
    const a = await publishThrough(incident.id, 'employees');
    const b = await publishThrough(incident.id, 'customers', ['en', 'nl']);
    await worker().runOnce();
    clock.advance(60 * 60_000);
    await worker().runOnce();
    // Role mails to the team are the exercise's own business; no message went to any audience.
    const messageMails = smtp.received
      .slice(before)
      .filter((r) => /Disruption|Storing/.test(r.mail.subject ?? ''));
    expect(messageMails).toEqual([]);
    expect(smtp.received.filter((r) => !r.rcpt.some((x) => x.endsWith('@example.org'))).length).toBe(
      mailsBefore,
    );
    expect(hooks.received).toEqual([]);
    for (const m of [a, b]) {
      const rows = await deliveries(incident.id, m.id);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((d: any) => d.status === 'captured' && d.attempts === 0)).toBe(true);
    }
    expect((await w.comms.get(`${messagesPath(incident.id)}/${a.id}`)).body).toMatchObject({
      exercise: true,
      deliveries: { captured: 5, sent: 0, pending: 0 },
    });
  });
});
