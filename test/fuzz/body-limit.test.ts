// A body over the limit is a 413 that names the limit of the route it was sent to: the server's 1 MiB for most,
// a route's own larger limit (10 MiB for the CSV uploads) where defineRoute sets one. Nothing is stored.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { formatBytes } from '../../src/http/error-handler.js';
import { send } from './support/http.js';

forEachDatabase('a body over the limit names the limit', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect, { worker: false });
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  const post = (path: string, bytes: number, language = 'en') =>
    send(server.url, {
      method: 'POST',
      path,
      headers: {
        'content-type': 'application/json',
        'accept-language': language,
        cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'x-csrf-token': admin.csrf ?? '',
      },
      // A JSON string of the given size: well-formed, only too large.
      body: `{"csv":"${'a'.repeat(bytes - 10)}"}`,
    });

  it('says 10 MiB on the subscriber import and 1 MiB elsewhere', async () => {
    const upload = apiRoutes.find((r) => r.url === '/api/v1/status-page/subscribers/import')!;
    expect(upload.bodyLimit).toBe(10 * 1024 * 1024);

    const big = await post(upload.url, upload.bodyLimit! + 1024);
    expect(big.status).toBe(413);
    expect(big.contentType).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(big.text).detail).toBe('The request body is larger than 10 MiB.');
    const nl = await post(upload.url, upload.bodyLimit! + 1024, 'nl');
    expect(JSON.parse(nl.text).detail).toContain('10 MiB');

    // Between the two limits: too large for an ordinary route, fine for the upload (refused for its content).
    const middle = 2 * 1024 * 1024;
    const ordinary = await post('/api/v1/incidents', middle);
    expect(ordinary.status).toBe(413);
    expect(JSON.parse(ordinary.text).detail).toBe('The request body is larger than 1 MiB.');
    expect((await post(upload.url, middle)).status).not.toBe(413);

    expect((await admin.get('/api/v1/status-page/subscribers')).body.items).toEqual([]);
  });

  it('writes limits as people read them', () => {
    expect(formatBytes(1024 * 1024)).toBe('1 MiB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MiB');
    expect(formatBytes(64 * 1024)).toBe('64 KiB');
    expect(formatBytes(1500)).toBe('1500 bytes');
  });
});
