import { afterAll, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestDatabase, forEachDatabase, type TestDatabase } from '../support/databases.js';
import { closedPort } from '../support/smtp-sink.js';
import { ADMIN, Client, setUp } from '../support/client.js';
import { accountWith, declare } from '../incidents/support.js';
import { intakeToken } from '../intake/support.js';
import { startServe, until, type ServeProcess } from '../support/serve-process.js';

// A full run of the built server at log level debug: logins, an invitation link, API and intake tokens, the internal
// page's key, a status page subscription, and then SMTP with a password that cannot be reached. Every secret used
// is then looked for in everything the process wrote: none may appear. The redacted URLs must appear, so a log
// that stayed empty cannot pass.

const secret = (what: string) => `${what}-${randomBytes(12).toString('hex')}`;

forEachDatabase('no secret in the logs', (dialect) => {
  let db: TestDatabase | undefined;
  const processes: ServeProcess[] = [];
  afterAll(async () => {
    for (const p of processes) await p.stop('SIGKILL');
    await db?.drop();
  });

  it('writes no password, token, link key, session or configured secret to its log', async () => {
    db = await createTestDatabase(dialect);
    const serverSecret = secret('server-secret');
    const smtpPassword = secret('smtp-password');
    const env = {
      STORMBELL_DATABASE_URL: db.url,
      STORMBELL_LOG_LEVEL: 'debug',
      STORMBELL_SECRET: serverSecret,
    };
    const first = await startServe('first', env);
    processes.push(first);
    const base = first.url;

    const admin = await setUp(base);
    const secrets = new Map<string, string>([
      ['server secret', serverSecret],
      ['admin password', ADMIN.password],
      ['admin session', admin.cookies.get('sb_session')!],
      ['admin CSRF token', admin.csrf!],
    ]);

    // An invitation link used to choose a password.
    const bobPassword = secret('bob-password');
    const bob = await accountWith(admin, base, 'bob@example.org', 'responder', { password: bobPassword });
    secrets.set('invited password', bobPassword);
    secrets.set('invited session', bob.cookies.get('sb_session')!);
    const mails = (await admin.get('/api/v1/mail')).body.items;
    const invitation = await admin.get(`/api/v1/mail/${mails[0].id}`);
    const link = /\/account\/token\/([A-Za-z0-9_-]+)/.exec(invitation.body.text_body)![1]!;
    secrets.set('invitation link', link);
    await new Client(base).get(`/api/v1/auth/account-token/${link}`); // opened again after use: refused, logged
    await new Client(base).post('/api/v1/auth/login', {
      email: 'bob@example.org',
      password: 'wrong password!',
    });

    // An API token and an intake token, both used.
    const created = await admin.post('/api/v1/tokens', { name: 'CLI' });
    secrets.set('API token', created.body.token);
    const cli = new Client(base);
    cli.bearer = created.body.token;
    expect((await cli.get('/api/v1/incidents')).status).toBe(200);
    const intake = await intakeToken(admin, 'alertmanager');
    secrets.set('intake token', intake);
    const sender = new Client(base);
    sender.bearer = intake;
    await sender.post('/api/v1/intake/alerts/alertmanager', { alerts: [] });
    const wrongBearer = new Client(base);
    wrongBearer.bearer = secret('guessed-token');
    secrets.set('a guessed bearer token', wrongBearer.bearer);
    expect((await wrongBearer.get('/api/v1/incidents')).status).toBe(401);

    // The internal page's secret address, opened.
    await declare(admin);
    const internal = (await admin.get('/api/v1/internal-page/link')).body.url as string;
    const key = internal.split('/internal/')[1]!;
    secrets.set('internal page key', key);
    expect((await fetch(`${base}/internal/${key}`)).status).toBe(200);

    // A status page subscription, confirmed from its mail.
    const form = await fetch(`${base}/status/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=carol%40example.org',
    });
    expect(form.status).toBe(200);
    const optIn = await until('the opt-in mail', async () => {
      const items = (await admin.get('/api/v1/mail')).body.items as Array<{ id: string; recipient: string }>;
      const mail = items.find((m) => m.recipient === 'carol@example.org');
      return mail && (await admin.get(`/api/v1/mail/${mail.id}`)).body.text_body;
    });
    const subscription = /\/status\/subscriptions\/([A-Za-z0-9_-]+)\/confirm/.exec(optIn)![1]!;
    secrets.set('subscription link', subscription);
    const confirm = await fetch(`${base}/status/subscriptions/${subscription}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(confirm.status).toBe(200);
    await first.stop('SIGTERM');

    // Again with SMTP behind a password, on a port where nobody listens: the delivery fails and is logged.
    const second = await startServe('second', {
      ...env,
      STORMBELL_SMTP_URL: `smtp://stormbell:${smtpPassword}@127.0.0.1:${await closedPort()}`,
    });
    processes.push(second);
    secrets.set('SMTP password', smtpPassword);
    await new Client(second.url).post('/api/v1/auth/password-reset', { email: 'bob@example.org' });
    await until(
      'a failed delivery in the log',
      () => second.logs.some((l) => /deliver/i.test(String(l.msg)) && l.level >= 40),
      30_000,
    );
    await second.stop('SIGTERM');

    const everything = [first, second]
      .flatMap((p) => [...p.logs.map((l) => JSON.stringify(l)), ...p.stray])
      .join('\n');
    // The log did record the requests whose URL carried a secret, with the secret replaced.
    expect(everything).toContain('/api/v1/auth/account-token/[redacted]');
    expect(everything).toContain('/internal/[redacted]');
    expect(everything).toContain('/status/subscriptions/[redacted]/confirm');
    const found = [...secrets].filter(([, value]) => everything.includes(value)).map(([what]) => what);
    expect(found).toEqual([]);
  });
});
