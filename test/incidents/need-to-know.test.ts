import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type Client, setUp } from '../support/client.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { accountWith, declare } from './support.js';

// Every route about one incident, tried by a responder outside the team of a restricted incident: each must answer
// exactly as for an incident that does not exist (404, or the same 400 for a malformed request), so its existence
// is need-to-know too, and change nothing. New routes are covered as soon as they exist.
forEachDatabase('a restricted incident through every route, as an outsider', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let outsider: Client;
  let secret: { id: string; reference: string };
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    outsider = await accountWith(admin, server.url, 'olga@example.org', 'responder');
    secret = await declare(admin, { restricted: true, title: 'Board member phished' });
  });
  afterAll(() => server?.close());

  it('answers as if it did not exist on every incident route, and changes nothing', async () => {
    const routes = apiRoutes.filter((r) => r.url.startsWith('/api/v1/incidents/:id'));
    expect(routes.length).toBeGreaterThanOrEqual(4);
    const before = await admin.get(`/api/v1/incidents/${secret.id}/timeline?limit=200`);
    const ask = (route: (typeof routes)[number], id: string) => {
      const url = route.url
        .replace(':id', id)
        .replace(/:(\w+)/g, (_, name: string) =>
          name === 'role_id' ? 'incident_commander' : name === 'service_id' ? 'file_servers' : 'x',
        );
      return outsider.request(
        route.method,
        url,
        route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      );
    };
    for (const route of routes) {
      const label = `${route.method} ${route.url}`;
      const nothing = await ask(route, 'no-such-incident');
      for (const id of [secret.id, secret.reference]) {
        const res = await ask(route, id);
        expect([400, 404], label).toContain(res.status);
        if (route.method === 'GET') expect(res.status, label).toBe(404);
        expect({ status: res.status, body: res.body }, label).toEqual({
          status: nothing.status,
          body: nothing.body,
        });
        expect(JSON.stringify(res.body ?? ''), label).not.toContain('Board member');
      }
    }
    // A well-formed request gets 404 too.
    expect(
      (await outsider.post(`/api/v1/incidents/${secret.id}/phase`, { phase: 'containment' })).status,
    ).toBe(404);
    const after = await admin.get(`/api/v1/incidents/${secret.id}/timeline?limit=200`);
    expect(after.body.items.length).toBe(before.body.items.length);
    expect(
      (await outsider.get('/api/v1/incidents')).body.items.map((i: { id: string }) => i.id),
    ).not.toContain(secret.id);
  });
});
