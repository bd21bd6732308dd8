import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { type Client, setUp } from '../support/client.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { declare } from '../incidents/support.js';

// A quick sweep: every API route, as an admin, with malformed input of many shapes. None may answer 5xx.
// (The thorough fuzzing with generated input is issue 10; this keeps the promise from slipping meanwhile.)
const bodies: unknown[] = [
  {},
  null,
  [],
  'text',
  42,
  { title: 'x'.repeat(100_000) },
  { a: { b: { c: { d: { e: { f: {} } } } } } },
  { phase: 'closed', reason: 1, status: [], account_id: {}, eta_at: 'tomorrow', confidence: 'sure' },
  { yaml: ': : :\n\t- [', plan: 'no' },
  { name: '\u0000\uffff\ud800', email: '@', language: 'xx', access_level: 'god', password: '' },
  { token: 'x'.repeat(300), what_happened: '', when: 1e308, report_ids: ['no-such'] },
];
const ids = ['x', 'INC-0000-0000', '0', '-1', '%00', 'a'.repeat(200), '../../etc/passwd'];

forEachDatabase('no input makes the server answer 5xx', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let incidentId = '';
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    incidentId = (await declare(admin)).id;
  });
  afterAll(() => server?.close());

  it('answers every route with something other than a server error', async () => {
    const failures: string[] = [];
    for (const route of apiRoutes) {
      if (route.url.endsWith('/events')) continue; // a stream: covered by the incident tests
      const urls = ids.map((id) =>
        route.url.replace(/:(\w+)/g, (_, name: string) =>
          name === 'id' && route.url.includes('/incidents/') && id === 'x'
            ? incidentId
            : encodeURIComponent(id),
        ),
      );
      for (const url of urls) {
        for (const body of route.method === 'GET' || route.method === 'DELETE' ? [undefined] : bodies) {
          const res = await admin.request(
            route.method,
            `${url}?limit=-1&before=abc&status=%ff&all=maybe`,
            body === undefined ? undefined : JSON.stringify(body),
          );
          if (res.status >= 500)
            failures.push(`${route.method} ${url} ${JSON.stringify(body)?.slice(0, 80)} -> ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // Over a thousand requests per database: give a loaded machine time.
  }, 300_000);
});
