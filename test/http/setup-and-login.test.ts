import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, setUp } from '../support/client.js';

forEachDatabase('first run, login and sessions', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  it('asks for setup on a fresh database, and refuses bad setup input naming each field', async () => {
    const c = new Client(server.url);
    expect((await c.get('/api/v1/system')).body).toMatchObject({
      setup_required: true,
      organisation: null,
      mail_mode: 'viewer',
    });
    const bad = await c.post('/api/v1/setup', {
      ...ADMIN,
      email: 'not-an-email',
      password: 'short',
      language: 'de',
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'email',
      'language',
      'password',
    ]);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'password').message).toBe(
      'Use at least 10 characters.',
    );
    expect((await c.get('/api/v1/system')).body.setup_required).toBe(true);
  });

  it('sets up the organisation, logs the admin in, and refuses a second setup', async () => {
    const c = await setUp(server.url);
    const me = await c.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email: ADMIN.email,
      access_level: 'admin',
      language: 'en',
      active: true,
    });
    expect(me.body).not.toHaveProperty('password_hash');
    expect((await c.get('/api/v1/system')).body).toMatchObject({
      setup_required: false,
      organisation: { name: ADMIN.organisation_name },
    });
    const again = await new Client(server.url).post('/api/v1/setup', {
      ...ADMIN,
      email: 'mallory@example.org',
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('conflict');
  });

  it('sets an HttpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const res = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
    });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('sb_session='))!;
    const csrf = cookies.find((c) => c.startsWith('sb_csrf='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain http on localhost
    expect(csrf).not.toMatch(/HttpOnly/i);
  });

  it('needs the CSRF header for cookie-authenticated changes', async () => {
    const c = new Client(server.url);
    expect(
      (await c.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password })).status,
    ).toBe(200);
    const without = await c.patch('/api/v1/me', { name: 'Changed' }, { 'x-csrf-token': '' });
    expect(without.status).toBe(403);
    expect(without.body.code).toBe('csrf');
    const wrong = await c.patch('/api/v1/me', { name: 'Changed' }, { 'x-csrf-token': 'forged' });
    expect(wrong.status).toBe(403);
    expect((await c.get('/api/v1/me')).body.name).toBe(ADMIN.name);
    const ok = await c.patch('/api/v1/me', { language: 'nl' });
    expect(ok.status).toBe(200);
    expect(ok.body.language).toBe('nl');
    // The account's language now decides the language of problems.
    const problem = await c.patch('/api/v1/me', { language: 'fr' });
    expect(problem.body.detail).toBe('Het verzoek bevat fouten; zie de genoemde velden.');
    await c.patch('/api/v1/me', { language: 'en' });
  });

  it('logs out: the session stops working', async () => {
    const c = new Client(server.url);
    await c.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password });
    const cookieBefore = c.csrf;
    expect(cookieBefore).toBeTruthy();
    expect((await c.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await c.get('/api/v1/me')).status).toBe(401);
  });

  it('answers 401 problem+json without credentials, in the language asked for', async () => {
    const c = new Client(server.url);
    c.language = 'nl-NL,nl;q=0.9,en;q=0.8';
    const res = await c.get('/api/v1/me');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 401, code: 'unauthenticated' });
    expect(res.body.detail).toContain('niet ingelogd');
  });

  it('limits wrong passwords: the fifth gets 429 with Retry-After, and even the right one waits', async () => {
    const c = new Client(server.url);
    const email = 'ratelimit@example.org';
    const admin = new Client(server.url);
    await admin.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(
      (
        await admin.post('/api/v1/accounts', {
          email,
          name: 'Rate Limit',
          language: 'en',
          access_level: 'viewer',
        })
      ).status,
    ).toBe(201);
    for (let i = 1; i <= 4; i++) {
      const res = await c.post('/api/v1/auth/login', { email, password: `wrong-${i}` });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('invalid_credentials');
    }
    const fifth = await c.post('/api/v1/auth/login', { email, password: 'wrong-5' });
    expect(fifth.status).toBe(429);
    expect(fifth.body.code).toBe('rate_limited');
    expect(Number(fifth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(fifth.body.detail).toMatch(/Too many attempts\. Try again in \d+ minutes\./);
    expect((await c.post('/api/v1/auth/login', { email, password: 'anything' })).status).toBe(429);
    // Other accounts are not locked out by it.
    expect(
      (await c.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password })).status,
    ).toBe(200);
  });
});

describe('session expiry', () => {
  it('ends a session that was idle too long, with a fake clock', async () => {
    let now = Date.parse('2026-11-27T09:00:00Z');
    const server = await startTestServer('sqlite', {
      clock: { now: () => new Date(now) },
      env: { STORMBELL_SESSION_IDLE_HOURS: '2' },
    });
    try {
      const c = await setUp(server.url);
      now += 60 * 60_000;
      expect((await c.get('/api/v1/me')).status).toBe(200);
      now += 2 * 60 * 60_000 + 1000;
      expect((await c.get('/api/v1/me')).status).toBe(401);
    } finally {
      await server.close();
    }
  });
});
