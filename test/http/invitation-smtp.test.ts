import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';

forEachDatabase('invitation email over real SMTP', (dialect) => {
  let server: TestServer;
  let smtp: SmtpSink;
  let admin: Client;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer(dialect, {
      env: {
        STORMBELL_SMTP_URL: smtp.url,
        STORMBELL_MAIL_FROM: 'Crisisteam <crisis@example.org>',
        STORMBELL_PUBLIC_URL: 'http://127.0.0.1:9',
      },
    });
    admin = await setUp(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  async function received(to: string) {
    for (let i = 0; i < 100 && !smtp.received.some((r) => r.rcpt.includes(to)); i++)
      await new Promise((r) => setTimeout(r, 50));
    return smtp.received.filter((r) => r.rcpt.includes(to));
  }

  it('sends the invitation once, multipart, from the configured sender, and its link works', async () => {
    expect((await admin.get('/api/v1/system')).body.mail_mode).toBe('smtp');
    const created = await admin.post('/api/v1/accounts', {
      email: 'sanne@example.org',
      name: 'Sanne Jansen',
      language: 'nl',
      access_level: 'responder',
    });
    expect(created.status).toBe(201);
    const mails = await received('sanne@example.org');
    expect(mails).toHaveLength(1);
    const mail = mails[0]!.mail;
    expect(mail.from?.value).toEqual([{ name: 'Crisisteam', address: 'crisis@example.org' }]);
    expect(mail.subject).toBe('U bent uitgenodigd voor Stormbell van Waterschap Test');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@127\.0\.0\.1>$/);
    expect(mail.text).toContain('Beste Sanne Jansen,');
    expect(mail.html).toContain('Kies uw wachtwoord');
    const token = /\/account\/token\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;
    const invitee = new Client(server.url);
    expect(
      (await invitee.post('/api/v1/auth/account-token', { token, password: 'een lang wachtwoord' })).status,
    ).toBe(200);
    expect((await invitee.get('/api/v1/me')).body).toMatchObject({
      email: 'sanne@example.org',
      language: 'nl',
    });

    // Nothing was kept in the mail viewer: it really went out.
    expect((await admin.get('/api/v1/mail')).body.items).toEqual([]);
    // The worker records a send after the SMTP server accepted it: the record may follow the mail by a moment.
    let deliveries = await admin.get('/api/v1/deliveries?status=sent');
    for (let i = 0; i < 100 && deliveries.body.items.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      deliveries = await admin.get('/api/v1/deliveries?status=sent');
    }
    expect(deliveries.body.items).toHaveLength(1);
    expect(deliveries.body.items[0]).toMatchObject({
      channel: 'email',
      recipient: 'sanne@example.org',
      attempts: 1,
      status: 'sent',
    });
  });

  it('escapes what a person typed when it appears in an email', async () => {
    await admin.post('/api/v1/accounts', {
      email: 'eve@example.org',
      name: '<img src=x onerror=alert(1)> Eve',
      language: 'en',
      access_level: 'viewer',
    });
    const [m] = await received('eve@example.org');
    expect(m!.mail.html).not.toContain('<img src=x');
    expect(m!.mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; Eve');
  });
});
