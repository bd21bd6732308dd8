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

    // The role's open tasks went with it; a task already done stays with whoever did it.
    const detail = (await admin.get(`/api/v1/incidents/${incident.id}`)).body;
    const own = detail.tasks.filter((t: { owner_role: string }) => t.owner_role === 'communications_lead');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((t: { owner_account_id: string | null }) => t.owner_account_id === me.id)).toBe(true);
  });

  it('leaves finished tasks with the holder who finished them when the role moves on', async () => {
    const first = await accountWith(admin, server.url, 'finn@example.org', 'responder');
    const second = await accountWith(admin, server.url, 'gina@example.org', 'responder');
    const [a, b] = [(await first.get('/api/v1/me')).body.id, (await second.get('/api/v1/me')).body.id];
    const incident = await declare(admin);
    const path = `/api/v1/incidents/${incident.id}`;
    await admin.request('PUT', `${path}/roles/legal`, { account_id: a });
    const legal = (await admin.get(path)).body.tasks.filter(
      (t: { owner_role: string }) => t.owner_role === 'legal',
    );
    expect(legal.length).toBeGreaterThan(1);
    await first.patch(`${path}/tasks/${legal[0].id}`, { status: 'done' });
    await admin.request('PUT', `${path}/roles/legal`, { account_id: b });
    const after = (await admin.get(path)).body.tasks.filter(
      (t: { owner_role: string }) => t.owner_role === 'legal',
    );
    expect(after.find((t: { id: string }) => t.id === legal[0].id).owner_account_id).toBe(a);
    expect(
      after
        .filter((t: { id: string }) => t.id !== legal[0].id)
        .every((t: { owner_account_id: string }) => t.owner_account_id === b),
    ).toBe(true);
  });
});
