import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type Client, mailCount, setUp } from '../support/client.js';
import { accountWith, declare } from './support.js';

forEachDatabase('a role handed over is told by email', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  it('emails the new holder, in their language, with a link to the incident', async () => {
    const responder = await accountWith(admin, server.url, 'nina@example.org', 'responder');
    const me = (await responder.get('/api/v1/me')).body;
    await responder.patch('/api/v1/me', { language: 'nl' });
    const incident = await declare(admin, { exercise: true });
    const before = await mailCount(admin, 'nina@example.org');
    const res = await admin.request('PUT', `/api/v1/incidents/${incident.id}/roles/communications_lead`, {
      account_id: me.id,
    });
    expect(res.status).toBe(200);
    let items: Array<{ id: string; subject: string }> = [];
    for (let i = 0; i < 100 && items.length <= before; i++) {
      items = (await admin.get('/api/v1/mail')).body.items.filter(
        (m: { recipient: string }) => m.recipient === 'nina@example.org',
      );
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(items.length).toBe(before + 1);
    expect(items[0]!.subject).toMatch(new RegExp(`^\\[OEFENING\\] ${incident.reference} gestart: u bent `));
    const mail = (await admin.get(`/api/v1/mail/${items[0]!.id}`)).body;
    expect(mail.text_body).toContain(`/incidents/${incident.id}`);
  });
});
