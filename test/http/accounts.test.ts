import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ADMIN, Client, linkFromMail, mailCount, setUp } from '../support/client.js';

forEachDatabase('accounts, invitations and access levels', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  async function invite(
    email: string,
    access_level: string,
    language = 'en',
  ): Promise<{ id: string; client: Client }> {
    const created = await admin.post('/api/v1/accounts', {
      email,
      name: `Person ${email}`,
      language,
      access_level,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ email, access_level, invitation_pending: true, active: true });
    const token = await linkFromMail(admin, email);
    const client = new Client(server.url);
    const info = await client.get(`/api/v1/auth/account-token/${token}`);
    expect(info.body).toMatchObject({ purpose: 'invitation', email });
    const done = await client.post('/api/v1/auth/account-token', { token, password: 'a good long password' });
    expect(done.status).toBe(200);
    expect((await client.get('/api/v1/me')).body.email).toBe(email);
    // A link works once.
    expect(
      (
        await new Client(server.url).post('/api/v1/auth/account-token', {
          token,
          password: 'another long password',
        })
      ).status,
    ).toBe(404);
    return { id: created.body.id, client };
  }

  it("invites by email in the invitee's language; the link sets the password and logs in", async () => {
    await invite('bram@example.org', 'responder', 'nl');
    const list = await admin.get('/api/v1/mail');
    const mail = list.body.items.find((m: { recipient: string }) => m.recipient === 'bram@example.org');
    expect(mail.subject).toBe(`U bent uitgenodigd voor Stormbell van ${ADMIN.organisation_name}`);
    const full = await admin.get(`/api/v1/mail/${mail.id}`);
    expect(full.body.html_body).toContain('Kies uw wachtwoord');
    expect(full.body.text_body).toContain(`${server.running.services.config.publicUrl}/account/token/`);
    expect(full.body.message_id).toMatch(/^<[0-9a-f]{32}@localhost>$/);
    const accounts = await admin.get('/api/v1/accounts');
    expect(accounts.body.items.find((a: { email: string }) => a.email === 'bram@example.org')).toMatchObject({
      invitation_pending: false,
    });
  });

  it('refuses a duplicate email, naming the field, and creates nothing', async () => {
    const before = (await admin.get('/api/v1/accounts')).body.items.length;
    const dup = await admin.post('/api/v1/accounts', {
      email: 'ANNA@example.org',
      name: 'Anna Again',
      language: 'en',
      access_level: 'viewer',
    });
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toEqual([
      { field: 'email', message: 'An account with this email address already exists.' },
    ]);
    expect((await admin.get('/api/v1/accounts')).body.items.length).toBe(before);
  });

  it('keeps viewers and responders out of administration', async () => {
    const { client: viewer } = await invite('vera@example.org', 'viewer');
    const { client: responder } = await invite('ruben@example.org', 'responder');
    for (const c of [viewer, responder]) {
      expect((await c.get('/api/v1/accounts')).status).toBe(403);
      expect(
        (
          await c.post('/api/v1/accounts', {
            email: 'x@example.org',
            name: 'X',
            language: 'en',
            access_level: 'admin',
          })
        ).status,
      ).toBe(403);
      expect((await c.get('/api/v1/mail')).status).toBe(403);
      expect((await c.get('/api/v1/activity')).status).toBe(403);
      expect((await c.get('/api/v1/tokens?all=true')).status).toBe(403);
      expect((await c.get('/api/v1/me')).status).toBe(200);
    }
    expect(
      (await admin.get('/api/v1/accounts')).body.items.some(
        (a: { email: string }) => a.email === 'x@example.org',
      ),
    ).toBe(false);
  });

  it('deactivating an account stops its sessions and tokens at once; reactivating lets it log in again', async () => {
    const { id, client } = await invite('dirk@example.org', 'responder');
    const token = await client.post('/api/v1/tokens', { name: 'script' });
    expect(token.status).toBe(201);
    const bearer = new Client(server.url);
    bearer.bearer = token.body.token;
    expect((await bearer.get('/api/v1/me')).status).toBe(200);

    const off = await admin.patch(`/api/v1/accounts/${id}`, { active: false });
    expect(off.body).toMatchObject({ active: false });
    expect((await client.get('/api/v1/me')).status).toBe(401);
    expect((await bearer.get('/api/v1/me')).status).toBe(401);
    const relogin = await new Client(server.url).post('/api/v1/auth/login', {
      email: 'dirk@example.org',
      password: 'a good long password',
    });
    expect(relogin.status).toBe(401);

    expect((await admin.patch(`/api/v1/accounts/${id}`, { active: true })).body.active).toBe(true);
    const back = new Client(server.url);
    expect(
      (await back.post('/api/v1/auth/login', { email: 'dirk@example.org', password: 'a good long password' }))
        .status,
    ).toBe(200);
  });

  it('never leaves the organisation without an active admin', async () => {
    const me = (await admin.get('/api/v1/me')).body;
    const selfDemote = await admin.patch(`/api/v1/accounts/${me.id}`, { access_level: 'viewer' });
    expect(selfDemote.status).toBe(409);
    expect((await admin.get('/api/v1/me')).body.access_level).toBe('admin');
  });

  it('records every change on the organisation timeline with who did it', async () => {
    const { id } = await invite('tim@example.org', 'viewer');
    await admin.patch(`/api/v1/accounts/${id}`, { access_level: 'responder' });
    const activity = await admin.get('/api/v1/activity?limit=200');
    const types = activity.body.items
      .filter((e: { subject: string }) => e.subject === id)
      .map((e: { type: string }) => e.type);
    expect(types).toEqual(['account.updated', 'account.password_set', 'account.invited', 'account.created']);
    const updated = activity.body.items.find(
      (e: { subject: string; type: string }) => e.subject === id && e.type === 'account.updated',
    );
    expect(updated).toMatchObject({
      actor_name: ADMIN.name,
      payload: { before: { access_level: 'viewer' }, after: { access_level: 'responder' } },
    });
  });

  it('sends a password reset link without telling whether the account exists', async () => {
    const anon = new Client(server.url);
    const before = await mailCount(admin, 'bram@example.org');
    const known = await anon.post('/api/v1/auth/password-reset', { email: 'bram@example.org' });
    const unknown = await anon.post('/api/v1/auth/password-reset', { email: 'nobody@example.org' });
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    const token = await linkFromMail(admin, 'bram@example.org', before);
    const info = await anon.get(`/api/v1/auth/account-token/${token}`);
    expect(info.body.purpose).toBe('password_reset');
    expect(
      (await anon.post('/api/v1/auth/account-token', { token, password: 'a brand new password' })).status,
    ).toBe(200);
    expect(
      (
        await new Client(server.url).post('/api/v1/auth/login', {
          email: 'bram@example.org',
          password: 'a brand new password',
        })
      ).status,
    ).toBe(200);
    expect((await anon.get('/api/v1/auth/account-token/not-a-real-token-at-all')).status).toBe(404);
  });
});

forEachDatabase('the account directory for responders', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server?.close());

  it('lists active accounts by name and email for responders, not for viewers', async () => {
    const admin = await setUp(server.url);
    for (const [email, level] of [
      ['resi@example.org', 'responder'],
      ['vera@example.org', 'viewer'],
    ] as const) {
      await admin.post('/api/v1/accounts', { email, name: email, language: 'en', access_level: level });
    }
    const directory = await admin.get('/api/v1/accounts/directory');
    expect(directory.body.items.map((a: { email: string }) => a.email).sort()).toEqual([
      'anna@example.org',
      'resi@example.org',
      'vera@example.org',
    ]);
    expect(Object.keys(directory.body.items[0]).sort()).toEqual(['email', 'id', 'name']);
    const token = await linkFromMail(admin, 'vera@example.org');
    const viewer = new Client(server.url);
    await viewer.post('/api/v1/auth/account-token', { token, password: 'long enough password' });
    expect((await viewer.get('/api/v1/accounts/directory')).status).toBe(403);
  });
});
