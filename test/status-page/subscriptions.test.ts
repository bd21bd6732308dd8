// Subscriptions to the public status page, end to end against a real SMTP server: subscribe on the form, the opt-in
// mail, confirm, an update in the subscriber's language with RFC 8058 one-click unsubscribe, then silence; the
// component filter; a webhook subscriber checked with the standardwebhooks package; the form's limits and errors.
// On both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { Webhook } from 'standardwebhooks';
import { randomUUID } from 'node:crypto';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { startHttpSink } from '../delivery/http-sink.js';
import { inTransaction, type Ctx } from '../../src/app/context.js';
import { notifySubscribers, type StatusNotice } from '../../src/app/status-page/notify-subscribers.js';

const SUBSCRIBERS = '/api/v1/status-page/subscribers';

/** A form post as a browser (or a mail client's one-click) sends it: no cookies, no CSRF token. */
async function postForm(base: string, path: string, fields: Array<[string, string]>, headers = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

async function getPage(base: string, path: string, headers = {}) {
  const res = await fetch(base + path, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((h) => h.key === name.toLowerCase())
    ?.line.slice(name.length + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();

forEachDatabase('status page subscriptions', (dialect) => {
  let server: TestServer;
  let smtp: SmtpSink;
  let admin: Client;
  let base: string;
  let ctx: Ctx;
  const components: Record<'api' | 'web', string> = { api: '', web: '' };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // The test drives the outbox worker itself (runOnce), so nothing races it.
    server = await startTestServer(dialect, {
      worker: false,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Status <status@example.org>' },
    });
    base = server.url;
    admin = await setUp(base);
    ctx = { ...server.running.services, actor: null };
    for (const [key, en, nl] of [
      ['api', 'API', 'API-koppeling'],
      ['web', 'Website', 'Website'],
    ] as const) {
      const res = await admin.post('/api/v1/status-page/components', { name: { en, nl } });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      components[key] = res.body.id;
    }
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  /** Runs the outbox until `address` has received more than `seen` mails. */
  async function mailsTo(address: string, seen: number): Promise<ParsedMail[]> {
    for (let i = 0; i < 50; i++) {
      await server.running.worker.runOnce();
      const got = smtp.received.filter((r) => r.rcpt.includes(address)).map((r) => r.mail);
      if (got.length > seen) return got;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`no mail for ${address}`);
  }
  const countTo = (address: string) => smtp.received.filter((r) => r.rcpt.includes(address)).length;

  function incidentNotice(
    componentIds: string[],
    name = 'API down',
  ): Extract<StatusNotice, { kind: 'incident_update' }> {
    return {
      kind: 'incident_update',
      incident_id: randomUUID(),
      update_id: randomUUID(),
      name: { en: name, nl: `Storing: ${name}` },
      status: 'investigating',
      impact: 'major',
      body: { en: 'We are **looking** into it.', nl: 'We **zoeken** het uit.' },
      components: componentIds.map((id) => ({
        id,
        name: {
          en: id === components.api ? 'API' : 'Website',
          nl: id === components.api ? 'API-koppeling' : 'Website',
        },
        status: 'major_outage' as const,
      })),
      published_at: new Date().toISOString(),
    };
  }
  const notify = (n: StatusNotice) => inTransaction(ctx, (u) => notifySubscribers(u, ctx, n));
  const subscriber = async (address: string) =>
    (await admin.get(`${SUBSCRIBERS}?q=${encodeURIComponent(address)}`)).body.items.find(
      (s: { address: string }) => s.address === address,
    );

  it('subscribe, opt-in mail, confirm, an update in Dutch with one-click unsubscribe, then no more mail', async () => {
    const address = 'anna.abonnee@example.nl';
    const form = await postForm(base, '/status/subscribe', [
      ['email', 'Anna.Abonnee@Example.NL'],
      ['language', 'nl'],
    ]);
    expect(form.status).toBe(200);
    expect(form.text).toContain('Kijk in uw mail');
    expect(form.headers.get('cache-control')).toBe('no-store');
    const pending = await subscriber(address);
    expect(pending).toMatchObject({ kind: 'email', language: 'nl', state: 'pending', component_ids: null });

    // The opt-in mail, in Dutch, with the confirm link; nothing else is sent before confirming.
    const [optIn] = await mailsTo(address, 0);
    expect(optIn!.subject).toContain('Bevestig uw aanmelding');
    const confirmLink = /https?:\/\/\S+\/status\/subscriptions\/([A-Za-z0-9_-]+)\/confirm/.exec(
      optIn!.text ?? '',
    );
    expect(confirmLink).not.toBeNull();
    const path = new URL(confirmLink![0]).pathname;
    expect(await notify(incidentNotice([]))).toBe(0);

    // Opening the link (a mail scanner does) changes nothing; the button does.
    const page = await getPage(base, path);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<form method="post" action="${path}">`);
    expect((await subscriber(address)).state).toBe('pending');
    const confirmed = await postForm(base, path, []);
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain('Aanmelding bevestigd');
    expect((await subscriber(address)).state).toBe('confirmed');

    // An update reaches the subscriber in Dutch, with both RFC 8058 headers and a visible link.
    const seen = countTo(address);
    expect(await notify(incidentNotice([components.api]))).toBe(1);
    const mail = (await mailsTo(address, seen)).at(-1)!;
    expect(mail.subject).toBe('In onderzoek: Storing: API down');
    expect(mail.text).toContain('We zoeken het uit.');
    expect(mail.text).toContain('API-koppeling: Grote storing');
    const unsubscribeUrl = /<(\S+\/status\/subscriptions\/[A-Za-z0-9_-]+\/unsubscribe)>/.exec(
      header(mail, 'List-Unsubscribe') ?? '',
    )?.[1];
    expect(unsubscribeUrl).toBeDefined();
    expect(header(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toContain(`Afmelden: ${unsubscribeUrl}`);
    expect(mail.html).toContain(`href="${unsubscribeUrl}"`);

    // The mail client's one-click POST: no cookie, no CSRF token.
    const oneClick = await postForm(base, new URL(unsubscribeUrl!).pathname, [
      ['List-Unsubscribe', 'One-Click'],
    ]);
    expect(oneClick.status).toBe(200);
    expect((await subscriber(address)).state).toBe('unsubscribed');
    const after = countTo(address);
    expect(await notify(incidentNotice([]))).toBe(0);
    await server.running.worker.runOnce();
    expect(countTo(address)).toBe(after);

    // The timeline names the subscriber by id, never by address.
    const events = await server.running.store.db
      .selectFrom('timeline_events')
      .select(['type', 'payload'])
      .where('type', 'like', 'status_subscriber%')
      .execute();
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'status_subscriber.requested',
        'status_subscriber.confirmed',
        'status_subscriber.unsubscribed',
        'status_subscribers.notified',
      ]),
    );
    expect(events.some((e) => e.payload.includes(pending.id))).toBe(true);
    for (const e of events) expect(e.payload.toLowerCase()).not.toContain('anna.abonnee');
  });

  it('an unknown or malformed link is a 404 page; the unsubscribe page asks before it acts', async () => {
    for (const p of [
      '/status/subscriptions/abcdefghijklmnopqrstuvwxyz012345/confirm',
      '/status/subscriptions/short/unsubscribe',
      `/status/subscriptions/${'x'.repeat(300)}/confirm`,
    ]) {
      const got = await getPage(base, p);
      expect(got.status, p).toBe(404);
      expect(got.headers.get('content-type')).toContain('text/html');
      const posted = await postForm(base, p, [['List-Unsubscribe', 'One-Click']]);
      expect(posted.status, p).toBe(404);
    }
    const res = await admin.post(SUBSCRIBERS, { kind: 'email', address: 'ask@example.org', language: 'en' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [optIn] = await mailsTo('ask@example.org', 0);
    const token = /\/status\/subscriptions\/([A-Za-z0-9_-]+)\/confirm/.exec(optIn!.text ?? '')![1]!;
    const page = await getPage(base, `/status/subscriptions/${token}/unsubscribe`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Press the button to stop');
    expect((await subscriber('ask@example.org')).state).toBe('pending');
  });

  it('sends an update only to subscribers of its components; a general update to everyone', async () => {
    const csv = [
      'email,language,components',
      'all@example.org,en,',
      `api@example.org,en,${components.api}`,
      `web@example.org,nl,${components.web}`,
    ].join('\n');
    const imported = await admin.post(`${SUBSCRIBERS}/import`, { csv });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body).toEqual({ imported: 3, already_subscribed: 0 });
    const before = {
      all: countTo('all@example.org'),
      api: countTo('api@example.org'),
      web: countTo('web@example.org'),
    };
    expect(await notify(incidentNotice([components.api], 'Only API'))).toBe(2);
    await mailsTo('api@example.org', before.api);
    await mailsTo('all@example.org', before.all);
    expect(countTo('web@example.org')).toBe(before.web);
    const general = incidentNotice([], 'Everything');
    expect(await notify(general)).toBe(3);
    // Enqueueing the same notice again is the same deliveries.
    expect(await notify(general)).toBe(0);
    const web = await mailsTo('web@example.org', before.web);
    expect(web.at(-1)!.subject).toBe('In onderzoek: Storing: Everything');
    await server.running.worker.runOnce();
    expect(countTo('all@example.org')).toBe(before.all + 2);
    expect(countTo('api@example.org')).toBe(before.api + 2);
    expect(countTo('web@example.org')).toBe(before.web + 1);
  });

  it('never notifies for an exercise or need-to-know incident, even if asked', async () => {
    const { declare } = await import('../incidents/support.js');
    const drill = await declare(admin, { title: 'Drill', exercise: true });
    const secret = await declare(admin, { title: 'Quiet', restricted: true });
    const real = await declare(admin, { title: 'Real' });
    const as = (id: string) => ({ ...incidentNotice([]), incident_id: id });
    expect(await notify(as(drill.id))).toBe(0);
    expect(await notify(as(secret.id))).toBe(0);
    expect(await notify(as(real.id))).toBeGreaterThan(0);
  });

  it('signs a webhook subscriber’s notice per Standard Webhooks with its own secret', async () => {
    const hooks = await startHttpSink();
    const created = await admin.post(SUBSCRIBERS, {
      kind: 'webhook',
      address: `${hooks.url}/status-hook`,
      language: 'en',
      component_ids: [components.web],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.state).toBe('confirmed');
    expect(created.body.webhook_secret).toMatch(/^whsec_/);
    const { secret: installationSecret } = (await admin.get('/api/v1/settings/webhook-secret')).body;
    expect(created.body.webhook_secret).not.toBe(installationSecret);

    expect(await notify(incidentNotice([components.api], 'Not for the hook'))).toBeGreaterThan(0);
    const n = incidentNotice([components.web], 'Website slow');
    await notify(n);
    for (let i = 0; i < 50 && hooks.received.length === 0; i++) {
      await server.running.worker.runOnce();
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(hooks.received).toHaveLength(1);
    const hook = hooks.received[0]!;
    const verified = new Webhook(created.body.webhook_secret).verify(hook.body, {
      'webhook-id': String(hook.headers['webhook-id']),
      'webhook-timestamp': String(hook.headers['webhook-timestamp']),
      'webhook-signature': String(hook.headers['webhook-signature']),
    }) as any;
    expect(verified).toMatchObject({
      type: 'status.incident_updated',
      data: {
        page: { url: `${server.running.services.config.publicUrl}/status` },
        incident: { id: n.incident_id, name: 'Website slow', status: 'investigating', impact: 'major' },
        component_updates: [{ component_id: components.web, name: 'Website', new_status: 'major_outage' }],
      },
    });
    expect(verified.data.meta.unsubscribe).toMatch(/\/status\/subscriptions\/[A-Za-z0-9_-]+\/unsubscribe$/);
    expect(() =>
      new Webhook(installationSecret).verify(hook.body, {
        'webhook-id': String(hook.headers['webhook-id']),
        'webhook-timestamp': String(hook.headers['webhook-timestamp']),
        'webhook-signature': String(hook.headers['webhook-signature']),
      }),
    ).toThrow();
    const del = await admin.delete(`${SUBSCRIBERS}/${created.body.id}`);
    expect(del.status).toBe(204);
    expect((await admin.delete(`${SUBSCRIBERS}/${created.body.id}`)).status).toBe(404);
  });

  it('imports CSV only when every line is right, naming each bad line; exports CSV that reads back', async () => {
    const list = async () => (await admin.get(SUBSCRIBERS)).body;
    const countBefore = (await list()).items.length;
    const bad = [
      'email,language,components',
      'good@example.org,en,',
      'not-an-address,en,',
      '"quoted@example.org",xx,',
      `unknown@example.org,nl,${components.api};no-such-component`,
      'extra@example.org,en,,surplus',
      ',en,',
    ].join('\r\n');
    const res = await admin.post(`${SUBSCRIBERS}/import`, { csv: bad });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid');
    expect(res.body.detail).toContain('5 bad lines');
    expect(res.body.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'email'],
      [4, 'language'],
      [5, 'components'],
      [6, 'line'],
      [7, 'email'],
    ]);
    expect(res.body.errors[2].message).toContain('no-such-component');
    expect((await list()).items.length).toBe(countBefore);
    expect(await subscriber('good@example.org')).toBeUndefined();

    const header = await admin.post(`${SUBSCRIBERS}/import`, { csv: 'address\nx@example.org' });
    expect(header.status).toBe(400);
    expect(header.body.errors).toEqual([expect.objectContaining({ line: 1, field: 'csv' })]);
    const quote = await admin.post(`${SUBSCRIBERS}/import`, { csv: 'email\n"open@example.org\n' });
    expect(quote.status).toBe(400);
    expect(quote.body.errors).toEqual([expect.objectContaining({ line: 2, field: 'csv' })]);

    const good = [
      'email,language,components',
      'good@example.org,en,',
      'GOOD@example.org,nl,',
      'all@example.org,en,',
      `"+plus@example.org",nl,"${components.api};${components.web}"`,
    ].join('\n');
    const ok = await admin.post(`${SUBSCRIBERS}/import`, { csv: good });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ imported: 2, already_subscribed: 2 });
    expect(await subscriber('good@example.org')).toMatchObject({ state: 'confirmed', language: 'en' });

    const csv = await fetch(`${base}/api/v1/status-page/subscribers.csv`, {
      headers: { cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const text = await csv.text();
    const { parseCsv } = await import('../../src/core/csv.js');
    const parsed = parseCsv(text);
    if (!('records' in parsed)) throw new Error('unreadable export');
    const [head, ...rows] = parsed.records;
    expect(head!.cells).toEqual(['email', 'language', 'components', 'state', 'created_at', 'confirmed_at']);
    const plus = rows.find((r) => r.cells[0]!.includes('plus@example.org'))!;
    // A leading + would be a formula in a spreadsheet: defused.
    expect(plus.cells[0]).toBe("'+plus@example.org");
    expect(plus.cells[2]!.split(';').sort()).toEqual([components.api, components.web].sort());
    expect(plus.cells[3]).toBe('confirmed');
    expect(rows.find((r) => r.cells[0] === 'anna.abonnee@example.nl')!.cells[3]).toBe('unsubscribed');
    expect(rows.every((r) => !r.cells[0]!.startsWith('http'))).toBe(true);
    // Reading the export back adds nothing: every address is known.
    const again = await admin.post(`${SUBSCRIBERS}/import`, { csv: text });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body).toEqual({ imported: 0, already_subscribed: rows.length });
  });

  it('admins only', async () => {
    const anonymous = await fetch(`${base}${SUBSCRIBERS}`);
    expect(anonymous.status).toBe(401);
    const list = await admin.get(`${SUBSCRIBERS}?state=confirmed`);
    expect(list.status).toBe(200);
    expect(list.body.counts.confirmed).toBeGreaterThan(0);
    expect(list.body.items.every((s: { state: string }) => s.state === 'confirmed')).toBe(true);
    expect((await admin.get(`${SUBSCRIBERS}?state=nonsense`)).status).toBe(400);
    const bad = await admin.post(SUBSCRIBERS, { kind: 'webhook', address: 'ftp://x', language: 'en' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('address');
  });

  it('bad input gets the form back with the error at its field, nothing stored, never a 5xx', async () => {
    const before = (await admin.get(SUBSCRIBERS)).body.items.length;
    const badEmail = await postForm(base, '/status/subscribe', [
      ['email', 'not an address'],
      ['language', 'en'],
      ['components', components.api],
    ]);
    expect(badEmail.status).toBe(400);
    expect(badEmail.text).toContain('aria-invalid="true" aria-describedby="sub-email-error"');
    expect(badEmail.text).toContain('This is not a valid email address.');
    expect(badEmail.text).toContain('value="not an address"');
    const badComponent = await postForm(base, '/status/subscribe', [
      ['email', 'fine@example.org'],
      ['language', 'en'],
      ['components', 'no-such-component'],
    ]);
    expect(badComponent.status).toBe(400);
    expect(badComponent.text).toContain('no-such-component');
    const badLanguage = await postForm(base, '/status/subscribe', [
      ['email', 'fine@example.org'],
      ['language', 'de'],
    ]);
    expect(badLanguage.status).toBe(400);
    for (const [body, type] of [
      ['{"email":', 'application/json'],
      ['email=x', 'text/plain'],
      ['x'.repeat(70_000), 'application/x-www-form-urlencoded'],
      ['', 'application/x-www-form-urlencoded'],
    ] as const) {
      const res = await fetch(`${base}/status/subscribe`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(res.status, `${type} ${body.slice(0, 20)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${type} ${body.slice(0, 20)}`).toBeLessThan(500);
    }
    expect((await admin.get(SUBSCRIBERS)).body.items.length).toBe(before);
  });

  it('subscribing again while pending sends a new opt-in mail, at most three an hour per address; one row', async () => {
    const address = 'twice@example.org';
    for (let i = 0; i < 4; i++) {
      const res = await postForm(base, '/status/subscribe', [
        ['email', address],
        ['language', i < 3 ? 'en' : 'nl'],
        ['components', components.web],
      ]);
      expect(res.status).toBe(200);
    }
    await mailsTo(address, 2);
    await server.running.worker.runOnce();
    expect(countTo(address)).toBe(3);
    const rows = (await admin.get(`${SUBSCRIBERS}?q=twice`)).body.items;
    expect(rows).toHaveLength(1);
    // The latest choices count (the language of the fourth request), still to be confirmed.
    expect(rows[0]).toMatchObject({ state: 'pending', language: 'nl', component_ids: [components.web] });
  });

  // Last: it uses up this address's allowance of the form.
  it('limits the form per IP address with a clear 429 page; the answer never tells who subscribed', async () => {
    const answers: Array<{ status: number; text: string; retry: string | null }> = [];
    for (let i = 0; i < 12; i++) {
      const res = await postForm(base, '/status/subscribe', [
        ['email', i % 2 === 0 ? 'good@example.org' : `new${i}@example.org`],
        ['language', 'en'],
      ]);
      answers.push({ status: res.status, text: res.text, retry: res.headers.get('retry-after') });
    }
    const ok = answers.filter((a) => a.status === 200);
    // The same page for a confirmed address and a new one.
    const body = (a: string) => a.replace(/[\w.+-]+@example\.org/g, 'ADDRESS');
    expect(new Set(ok.map((a) => body(a.text))).size).toBe(1);
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(answers.findIndex((a) => a.status === 429)).toBe(ok.length);
    expect(ok.length).toBeLessThanOrEqual(10);
    expect(Number(limited[0]!.retry)).toBeGreaterThan(0);
    expect(limited[0]!.text).toContain('Too many attempts');
    // A confirmed subscriber asking again changes nothing and gets no mail.
    expect((await subscriber('good@example.org')).state).toBe('confirmed');
  });
});
