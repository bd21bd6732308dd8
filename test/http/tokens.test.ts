import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { Client, setUp } from '../support/client.js';

forEachDatabase('API tokens', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  it('shows a token once, stores only its hash, and lets it act as Bearer', async () => {
    const created = await admin.post('/api/v1/tokens', { name: 'monitoring' });
    expect(created.status).toBe(201);
    const token: string = created.body.token;
    expect(token).toMatch(/^sb_[A-Za-z0-9_-]{40,}$/);
    expect(created.body.api_token.prefix).toBe(token.slice(0, 9));
    const list = await admin.get('/api/v1/tokens');
    expect(JSON.stringify(list.body)).not.toContain(token);
    const rows = await server.running.store.db.selectFrom('api_tokens').selectAll().execute();
    expect(rows.some((r) => r.token_hash === token || r.prefix === token)).toBe(false);

    const api = new Client(server.url);
    api.bearer = token;
    const me = await api.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.access_level).toBe('admin');
    // A bearer token needs no CSRF header (no cookies are involved) and can change what the account may change.
    expect((await api.patch('/api/v1/me', { name: 'Anna via API' })).status).toBe(200);
    // But it cannot mint more tokens or change the password: that takes a person in a browser.
    expect((await api.post('/api/v1/tokens', { name: 'more' })).status).toBe(403);
  });

  it('revoking a token stops it at once; a wrong token is 401', async () => {
    const created = await admin.post('/api/v1/tokens', { name: 'short-lived' });
    const api = new Client(server.url);
    api.bearer = created.body.token;
    expect((await api.get('/api/v1/me')).status).toBe(200);
    expect((await admin.delete(`/api/v1/tokens/${created.body.api_token.id}`)).status).toBe(204);
    expect((await api.get('/api/v1/me')).status).toBe(401);
    expect((await admin.delete(`/api/v1/tokens/${created.body.api_token.id}`)).status).toBe(409);
    const bogus = new Client(server.url);
    bogus.bearer = 'sb_not-a-token';
    expect((await bogus.get('/api/v1/me')).status).toBe(401);
  });
});
