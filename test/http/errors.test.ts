import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import type { Client } from '../support/client.js';
import { setUp } from '../support/client.js';

forEachDatabase('bad input and HTTP hygiene', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  const countAccounts = async () => (await admin.get('/api/v1/accounts')).body.items.length;

  it('answers broken JSON with 400 problem+json and changes nothing', async () => {
    const before = await countAccounts();
    const res = await admin.request('POST', '/api/v1/accounts', '{"email": "a@b.c", ', {});
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_json');
    expect(await countAccounts()).toBe(before);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const res = await admin.post('/api/v1/accounts', {
      email: 'big@example.org',
      name: 'x'.repeat(1_100_000),
      language: 'en',
      access_level: 'viewer',
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses a non-JSON body with 415 (a cross-site form cannot post here)', async () => {
    const res = await admin.request('POST', '/api/v1/accounts', 'email=a@b.c', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
    const plain = await admin.request('POST', '/api/v1/auth/login', '{"email":"a","password":"b"}', {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(415);
  });

  it('names unknown fields and wrong types', async () => {
    const res = await admin.post('/api/v1/accounts', {
      email: 42,
      name: ['x'],
      language: 'en',
      access_level: 'root',
      extra: 1,
    });
    expect(res.status).toBe(400);
    const fields = res.body.errors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['access_level', 'email', 'extra', 'name']);
    expect(res.body.errors.find((e: { field: string }) => e.field === 'extra').message).toBe(
      'This field is not allowed here.',
    );
  });

  it('answers an unknown API path with a 404 problem, and an unknown page with the web app', async () => {
    const api = await admin.get('/api/v1/nothing-here');
    expect(api.status).toBe(404);
    expect(api.body.code).toBe('not_found');
    const badId = await admin.patch('/api/v1/accounts/does-not-exist', { name: 'x' });
    expect(badId.status).toBe(404);
    expect(badId.body.detail).toBe('There is no account here.');
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const res = await fetch(`${server.url}/`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
  });

  it('serves health, readiness and metrics', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: dialect });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('stormbell_http_request_duration_seconds_bucket');
    expect(metrics).toMatch(
      /stormbell_outbox_deliveries\{status="(sent|pending)"\} 0|stormbell_outbox_deliveries/,
    );
    expect(metrics).toContain('stormbell_process_cpu_seconds_total');
  });
});
