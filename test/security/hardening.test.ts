import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, setUp } from '../support/client.js';
import { apiRoutes } from '../../src/http/routes/index.js';
import { declare } from '../incidents/support.js';
import { alertmanagerPayload } from '../intake/payloads.js';

// The web's classic attacks, each against the real server: session fixation, cross-site request forgery, framing
// (clickjacking), open redirects, and guessing or flooding the public forms. See docs/security.md.

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
const SOME_ID = '00000000-0000-4000-8000-000000000000';
const pathOf = (url: string) => url.replace(/:[a-zA-Z_]+/g, SOME_ID);

/** How many timeline events exist (every change writes one), so "nothing happened" is a comparison. */
async function eventCount(server: TestServer): Promise<number> {
  const row = await server.running.store.db
    .selectFrom('timeline_events')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

forEachDatabase('hardening: sessions, CSRF, framing, redirects, public forms', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    await declare(admin);
  });
  afterAll(() => server?.close());

  it('never keeps a session id chosen before login (session fixation), and ends it on logout', async () => {
    const victim = new Client(server.url);
    // An attacker planted these cookies in the victim's browser.
    victim.cookies.set('sb_session', 'attacker-chosen-session-value-0123456789');
    victim.cookies.set('sb_csrf', 'attacker-chosen-csrf');
    expect((await victim.get('/api/v1/me')).status).toBe(401);
    const login = await victim.post(
      '/api/v1/auth/login',
      { email: ADMIN.email, password: ADMIN.password },
      { 'x-csrf-token': 'attacker-chosen-csrf' },
    );
    expect(login.status).toBe(200);
    const session = victim.cookies.get('sb_session')!;
    expect(session).not.toBe('attacker-chosen-session-value-0123456789');
    expect(victim.csrf).not.toBe('attacker-chosen-csrf');
    const attacker = new Client(server.url);
    attacker.cookies.set('sb_session', 'attacker-chosen-session-value-0123456789');
    expect((await attacker.get('/api/v1/me')).status).toBe(401);

    // Each login is a new session, and logging out ends it on the server, not only in the browser.
    const second = new Client(server.url);
    await second.post('/api/v1/auth/login', { email: ADMIN.email, password: ADMIN.password });
    expect(second.cookies.get('sb_session')).not.toBe(session);
    const copy = new Client(server.url);
    copy.cookies.set('sb_session', session);
    expect((await copy.get('/api/v1/me')).status).toBe(200);
    expect((await victim.post('/api/v1/auth/logout')).status).toBe(204);
    expect((await copy.get('/api/v1/me')).status).toBe(401);
  });

  it('refuses every cookie-authenticated change without the CSRF token, changing nothing', async () => {
    // Alert intake checks its own credentials (an intake token in the Authorization header, which a cross-site form
    // cannot send) and never reads the session cookie: see the next test.
    const changes = apiRoutes.filter((r) => !SAFE.has(r.method) && !r.ownCredentials);
    expect(changes.length).toBeGreaterThan(60);
    const before = await eventCount(server);
    const refused: string[] = [];
    for (const route of changes) {
      const path = pathOf(route.url);
      for (const token of [undefined, 'forged-token']) {
        const headers: Record<string, string> = { 'x-csrf-token': token ?? '' };
        const answer = await admin.request(route.method, path, {}, headers);
        if (answer.status !== 403 || answer.body?.code !== 'csrf')
          refused.push(`${route.method} ${route.url} (${token ?? 'no token'}): ${answer.status}`);
      }
    }
    expect(refused).toEqual([]);
    expect(await eventCount(server)).toBe(before);
  });

  it('gives a session cookie no say on the routes that check their own credentials', async () => {
    const own = apiRoutes.filter((r) => r.ownCredentials);
    expect(own.map((r) => r.url).sort()).toEqual([
      '/api/v1/intake/alerts/alertmanager',
      '/api/v1/intake/alerts/generic',
      '/api/v1/intake/alerts/grafana',
    ]);
    const before = await eventCount(server);
    // A valid notification with the admin's session and CSRF token, but no intake token: refused as anonymous.
    const answer = await admin.post('/api/v1/intake/alerts/alertmanager', alertmanagerPayload);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('www-authenticate')).toContain('Bearer');
    for (const route of own) {
      const res = await admin.request(
        route.method,
        pathOf(route.url),
        {},
        { 'x-csrf-token': 'forged-token' },
      );
      expect(res.status, route.url).toBeGreaterThanOrEqual(400);
      expect(res.status, route.url).toBeLessThan(500);
    }
    expect(await eventCount(server)).toBe(before);
  });

  it('refuses what a cross-site HTML form can send (no JSON), even with a valid session', async () => {
    const before = await eventCount(server);
    for (const type of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const answer = await admin.request('POST', '/api/v1/incidents', 'title=Forged', {
        'content-type': type,
      });
      expect(answer.status, type).toBe(415);
    }
    expect(await eventCount(server)).toBe(before);
  });

  it('forbids framing of every page by another site (clickjacking)', async () => {
    const incident = (await admin.get('/api/v1/incidents')).body.items[0];
    const paths = [
      '/',
      '/login',
      `/incidents/${incident.id}`,
      '/api/v1/system',
      '/status',
      '/status/history',
      '/press',
      '/internal',
      '/api/openapi.json',
    ];
    for (const path of paths) {
      const res = await fetch(server.url + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      const xfo = res.headers.get('x-frame-options') ?? '';
      expect(
        /frame-ancestors 'none'/.test(csp) ||
          /frame-ancestors 'self'/.test(csp) ||
          /^(DENY|SAMEORIGIN)$/i.test(xfo),
        `${path}: csp "${csp}", x-frame-options "${xfo}"`,
      ).toBe(true);
      await res.arrayBuffer();
    }
  });

  it('never redirects to another site, whatever a link asks', async () => {
    const evil = ['https://evil.example/', '//evil.example', '/\\evil.example', 'https:evil.example'];
    const names = ['next', 'redirect', 'redirect_uri', 'return_to', 'returnTo', 'url', 'continue', 'from'];
    const getRoutes = apiRoutes.filter((r) => r.method === 'GET').map((r) => pathOf(r.url));
    const pages = ['/', '/login', '/status', '/status/history', '/press', '/internal', '/status/feed.rss'];
    const offsite: string[] = [];
    for (const path of [...pages, ...getRoutes]) {
      // One request per path names every parameter, each with another kind of off-site target.
      const query = names.map((n, i) => `${n}=${encodeURIComponent(evil[i % evil.length]!)}`).join('&');
      const res = await fetch(`${server.url}${path}?${query}`, {
        redirect: 'manual',
        headers: { cookie: `sb_session=${admin.cookies.get('sb_session')}` },
      });
      const location = res.headers.get('location');
      await res.arrayBuffer();
      if (res.status >= 300 && res.status < 400) {
        const to = new URL(location ?? '', server.url);
        if (to.origin !== server.url) offsite.push(`${path} -> ${location}`);
      }
    }
    expect(offsite).toEqual([]);
  });

  it('limits the public forms per address: wrong links, password resets, logins', async () => {
    // Guessing secret links: the password/invitation link, the contact check and the status page subscription
    // share one budget per address; a wrong link counts, and after twenty every link page says "too many".
    // A fresh address: what the tests before this one tried does not count.
    await server.running.store.db.deleteFrom('login_throttle').execute();
    const stranger = new Client(server.url);
    let wrong = 0;
    const guesses = [
      () => stranger.get('/api/v1/auth/account-token/wrong-token-0123456789'),
      () =>
        stranger.post('/api/v1/auth/account-token', {
          token: 'wrong-token-0123456789',
          password: 'x'.repeat(12),
        }),
      () => stranger.get('/api/v1/contact-checks/ack/wrong-token-0123456789'),
      () => stranger.post('/api/v1/contact-checks/ack', { token: 'wrong-token-0123456789' }),
      () => stranger.get('/status/subscriptions/wrong-token-0123456789/confirm'),
    ];
    for (let i = 0; i < 20; i++) {
      const answer = await guesses[i % guesses.length]!();
      expect(answer.status, `guess ${i + 1}`).toBe(404);
      wrong++;
    }
    expect(wrong).toBe(20);
    for (const guess of guesses) {
      const answer = await guess();
      expect(answer.status).toBe(429);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const api = await stranger.get('/api/v1/auth/account-token/wrong-token-0123456789');
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(api.body.detail).toMatch(/Too many attempts\. Try again in \d+ minutes\./);
    const page = await fetch(`${server.url}/status/subscriptions/wrong-token-0123456789/unsubscribe`, {
      headers: { 'accept-language': 'nl' },
    });
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('Te veel pogingen');

    // Password resets: ten an hour from one address, whichever addresses they name.
    for (let i = 0; i < 10; i++) {
      const r = await stranger.post('/api/v1/auth/password-reset', { email: `someone${i}@example.org` });
      expect(r.status).toBe(202);
    }
    const flood = await stranger.post('/api/v1/auth/password-reset', { email: ADMIN.email });
    expect(flood.status).toBe(429);
    expect(flood.headers.get('retry-after')).toBeTruthy();

    // Logins: the fifth wrong password for one address already answers "wait", and so does the right one then.
    for (let i = 0; i < 4; i++) {
      const r = await stranger.post('/api/v1/auth/login', { email: ADMIN.email, password: `wrong ${i}` });
      expect(r.status, `login ${i + 1}`).toBe(401);
    }
    const fifth = await stranger.post('/api/v1/auth/login', { email: ADMIN.email, password: 'wrong 5' });
    expect(fifth.status).toBe(429);
    const locked = await stranger.post('/api/v1/auth/login', {
      email: ADMIN.email,
      password: ADMIN.password,
    });
    expect(locked.status).toBe(429);
  });
});
