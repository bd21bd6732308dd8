import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';

forEachDatabase('contact check over real SMTP', (dialect) => {
  let server: TestServer;
  let smtp: SmtpSink;
  let admin: Client;
  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer(dialect, {
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_PUBLIC_URL: 'http://127.0.0.1:9' },
    });
    admin = await setUp(server.url);
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('mails every person in the plan, and shows who acknowledged and how fast', async () => {
    const { plan } = (await admin.get('/api/v1/plan')).body;
    expect((await admin.get('/api/v1/contact-checks/latest')).status).toBe(404);

    const started = await admin.post('/api/v1/contact-checks');
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ acknowledged: 0, total: plan.people.length, plan_version: 1 });

    for (let i = 0; i < 100 && smtp.received.length < plan.people.length; i++)
      await new Promise((r) => setTimeout(r, 50));
    expect(smtp.received.map((r) => r.rcpt[0]).sort()).toEqual(
      plan.people.map((p: { email: string }) => p.email).sort(),
    );

    const first = plan.people[0];
    const mail = smtp.received.find((r) => r.rcpt.includes(first.email))!.mail;
    expect(mail.subject).toBe(
      first.language === 'nl'
        ? 'Bereikbaarheidstest voor het crisisplan van Waterschap Test'
        : 'Contact check for the crisis plan of Waterschap Test',
    );
    const token = /\/contact-check\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '')![1]!;

    // Opening the link (a mail scanner does) acknowledges nothing; pressing the button does, once.
    const anon = new Client(server.url);
    const info = await anon.get(`/api/v1/contact-checks/ack/${token}`);
    expect(info.body).toMatchObject({
      name: first.name,
      organisation: 'Waterschap Test',
      acknowledged_at: null,
    });
    expect((await admin.get('/api/v1/contact-checks/latest')).body.acknowledged).toBe(0);
    const ack = await anon.post('/api/v1/contact-checks/ack', { token });
    expect(ack.status).toBe(200);
    const again = await anon.post('/api/v1/contact-checks/ack', { token });
    expect(again.body.acknowledged_at).toBe(ack.body.acknowledged_at);

    const latest = (await admin.get('/api/v1/contact-checks/latest')).body;
    expect(latest).toMatchObject({
      acknowledged: 1,
      total: plan.people.length,
      started_by_name: 'Anna Admin',
    });
    const entry = latest.entries.find((e: { person_id: string }) => e.person_id === first.id);
    expect(entry.acknowledged_at).toBe(ack.body.acknowledged_at);
    expect(entry.seconds_to_ack).toBeGreaterThanOrEqual(0);
    expect(
      latest.entries.filter((e: { acknowledged_at: string | null }) => e.acknowledged_at === null),
    ).toHaveLength(plan.people.length - 1);

    // The plan page shows the last check's result.
    expect((await admin.get('/api/v1/plan')).body.contact_check).toMatchObject({
      id: latest.id,
      acknowledged: 1,
      total: plan.people.length,
    });
    expect(
      (await anon.post('/api/v1/contact-checks/ack', { token: 'not-a-valid-token-at-all' })).status,
    ).toBe(404);
  });
});
