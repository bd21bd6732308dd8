// Maintenance notices at start and end (the runtime tick's sendMaintenanceNotices), each once, to the components'
// subscribers; and a notice to thousands of subscribers written in batches across the page boundaries. Both databases.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { fakeClock } from '../delivery/harness.js';
import { inTransaction, type Ctx } from '../../src/app/context.js';
import { notifySubscribers } from '../../src/app/status-page/notify-subscribers.js';
import { expandStatusFanOut } from '../../src/app/status-page/subscribers-fan-out.js';
import { sendMaintenanceNotices } from '../../src/app/status-page/send-maintenance-notices.js';

const SUBSCRIBERS = '/api/v1/status-page/subscribers';

forEachDatabase('status page subscription notices', (dialect) => {
  let server: TestServer;
  let smtp: SmtpSink;
  let admin: Client;
  let ctx: Ctx;
  // Starts at the real time, on a whole hour, two hours before the maintenance below.
  const start = Math.floor(Date.now() / 3_600_000) * 3_600_000;
  const clock = fakeClock(new Date(start).toISOString());
  const at = (hours: number, minutes = 0) =>
    new Date(start + hours * 3_600_000 + minutes * 60_000).toISOString();
  const components: Record<'api' | 'web', string> = { api: '', web: '' };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    server = await startTestServer(dialect, {
      worker: false,
      clock,
      env: { STORMBELL_SMTP_URL: smtp.url, STORMBELL_MAIL_FROM: 'Status <status@example.org>' },
    });
    admin = await setUp(server.url);
    ctx = { ...server.running.services, actor: null };
    for (const key of ['api', 'web'] as const) {
      const res = await admin.post('/api/v1/status-page/components', {
        name: { en: key.toUpperCase(), nl: key },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      components[key] = res.body.id;
    }
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  const subjectsTo = (address: string) =>
    smtp.received.filter((r) => r.rcpt.includes(address)).map((r) => r.mail.subject);
  const drain = async () => {
    for (let i = 0; i < 20; i++) {
      await server.running.worker.runOnce();
      const left = await server.running.store.db
        .selectFrom('deliveries')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('status', '=', 'pending')
        .executeTakeFirstOrThrow();
      if (Number(left.n) === 0) return;
    }
  };

  it('tells the components’ subscribers when maintenance starts and ends, once each', async () => {
    const csv = [
      'email,language,components',
      `web@example.org,en,${components.web}`,
      `api@example.org,nl,${components.api}`,
      'all@example.org,nl,',
    ].join('\n');
    expect((await admin.post(`${SUBSCRIBERS}/import`, { csv })).status).toBe(200);
    const created = await admin.post('/api/v1/status-page/maintenances', {
      title: { en: 'Database upgrade', nl: 'Database-upgrade' },
      scheduled_for: at(2),
      scheduled_until: at(3),
      component_ids: [components.web],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(await sendMaintenanceNotices(ctx)).toBe(0);

    clock.advance(2 * 60 * 60_000 + 60_000); // 10:01
    expect(await sendMaintenanceNotices(ctx)).toBe(1);
    expect(await sendMaintenanceNotices(ctx)).toBe(0);
    await drain();
    expect(subjectsTo('web@example.org')).toContain('Maintenance started: Database upgrade');
    expect(subjectsTo('all@example.org')).toContain('Onderhoud begonnen: Database-upgrade');
    expect(subjectsTo('api@example.org').filter((s) => /begonnen/.test(s ?? ''))).toEqual([]);

    clock.advance(60 * 60_000); // 11:01
    expect(await sendMaintenanceNotices(ctx)).toBe(1);
    expect(await sendMaintenanceNotices(ctx)).toBe(0);
    await drain();
    expect(
      subjectsTo('web@example.org').filter((s) => s === 'Maintenance completed: Database upgrade'),
    ).toHaveLength(1);
    expect(subjectsTo('all@example.org')).toContain('Onderhoud afgerond: Database-upgrade');
    const row = await server.running.store.db
      .selectFrom('status_maintenances')
      .select(['started_notice_at', 'ended_notice_at'])
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(row.started_notice_at).toBe(at(2, 1));
    expect(row.ended_notice_at).toBe(at(3, 1));
  });

  it('a maintenance that ended long ago, or was cancelled, sends nothing', async () => {
    const old = await admin.post('/api/v1/status-page/maintenances', {
      title: { en: 'Old work', nl: 'Oud werk' },
      scheduled_for: at(-50),
      scheduled_until: at(-49),
    });
    expect(old.status, JSON.stringify(old.body)).toBe(201);
    const soon = await admin.post('/api/v1/status-page/maintenances', {
      title: { en: 'Called off', nl: 'Gaat niet door' },
      scheduled_for: new Date(clock.now().getTime() + 60_000).toISOString(),
      scheduled_until: new Date(clock.now().getTime() + 120_000).toISOString(),
    });
    expect(soon.status).toBe(201);
    expect((await admin.post(`/api/v1/status-page/maintenances/${soon.body.id}/cancel`, {})).status).toBe(
      200,
    );
    clock.advance(90_000);
    expect(await sendMaintenanceNotices(ctx)).toBe(0);
  });

  it('writes a notice to thousands of subscribers in batches, each once', async () => {
    const lines = ['email,language,components'];
    for (let i = 0; i < 2600; i++)
      lines.push(`bulk${i}@example.net,${i % 2 ? 'nl' : 'en'},${i % 5 === 0 ? components.api : ''}`);
    const imported = await admin.post(`${SUBSCRIBERS}/import`, { csv: lines.join('\n') });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.imported).toBe(2600);
    const notice = {
      kind: 'incident_update' as const,
      incident_id: 'inc-bulk',
      update_id: 'upd-bulk',
      name: { en: 'Web down', nl: 'Web plat' },
      status: 'identified' as const,
      impact: 'minor' as const,
      body: { en: 'Fixing.', nl: 'We herstellen.' },
      components: [{ id: components.web, name: { en: 'WEB', nl: 'web' }, status: 'partial_outage' as const }],
      published_at: clock.iso(),
    };
    // Subscribed to everything: the 2,080 bulk ones without a component, plus all@ and web@ from before.
    const count = await inTransaction(ctx, (u) => notifySubscribers(u, ctx, notice));
    expect(count).toBe(2080 + 2);
    expect(await inTransaction(ctx, (u) => notifySubscribers(u, ctx, notice))).toBe(0);
    const rows = await server.running.store.db
      .selectFrom('deliveries')
      .select(['recipient', 'language', 'payload'])
      .where('message_id', '=', 'upd-bulk')
      .execute();
    expect(rows).toHaveLength(2082);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(2082);
    const nl = rows.find((r) => r.recipient === 'bulk1@example.net')!;
    expect(nl.language).toBe('nl');
    const payload = JSON.parse(nl.payload);
    expect(payload.subject).toBe('Oorzaak gevonden: Web plat');
    // Each mail carries its own subscriber's link, in the text and in the header.
    const token = /subscriptions\/([A-Za-z0-9_-]+)\/unsubscribe/.exec(
      payload.headers['List-Unsubscribe'],
    )![1]!;
    expect(payload.text).toContain(token);
    const owner = await server.running.store.db
      .selectFrom('status_subscribers')
      .select('address')
      .where('token', '=', token)
      .executeTakeFirstOrThrow();
    expect(owner.address).toBe('bulk1@example.net');
    expect(rows.some((r) => r.recipient === 'bulk0@example.net')).toBe(false);
  });

  it('leaves what is beyond the transaction’s share to a fan-out job, which the worker expands once per subscriber', async () => {
    const db = server.running.store.db;
    const active = async () =>
      (
        await db
          .selectFrom('status_subscribers')
          .select(['address', 'token'])
          .where('confirmed_at', 'is not', null)
          .where('unsubscribed_at', 'is', null)
          .execute()
      ).map((r) => r.address);
    const everyone = await active();
    expect(everyone.length).toBeGreaterThan(2600);
    const notice = {
      kind: 'incident_update' as const,
      incident_id: 'inc-fan',
      update_id: 'upd-fan',
      name: { en: 'Everything down', nl: 'Alles plat' },
      status: 'investigating' as const,
      impact: 'major' as const,
      body: { en: 'Looking.', nl: 'We kijken.' },
      components: [],
      published_at: clock.iso(),
    };
    const deliveries = () =>
      db
        .selectFrom('deliveries')
        .select(['recipient', 'payload'])
        .where('message_id', '=', 'upd-fan')
        .execute();
    // The transaction walks 1,000 subscribers; the count (and the timeline event) covers everyone.
    const count = await inTransaction(ctx, (u) => notifySubscribers(u, ctx, notice, { inline: 1000 }));
    expect(count).toBe(everyone.length);
    const inline = await deliveries();
    expect(inline.length).toBeGreaterThan(0);
    expect(inline.length).toBeLessThanOrEqual(1000);
    const events = await db
      .selectFrom('timeline_events')
      .select('payload')
      .where('type', '=', 'status_subscribers.notified')
      .where('subject', '=', 'upd-fan')
      .execute();
    expect(events.map((e) => JSON.parse(e.payload).deliveries)).toEqual([everyone.length]);
    // The same notice again adds nothing, neither in the transaction nor as a second job.
    expect(await inTransaction(ctx, (u) => notifySubscribers(u, ctx, notice, { inline: 1000 }))).toBe(0);

    // Someone who subscribes after the notice does not get it.
    clock.advance(60_000);
    const late = await admin.post(`${SUBSCRIBERS}/import`, { csv: 'email,language\nlate@example.net,en' });
    expect(late.body.imported).toBe(1);

    let rounds = 0;
    let added = 0;
    for (;;) {
      const n = await expandStatusFanOut(server.running.store, clock.now());
      if (n === null) break;
      added += n;
      rounds++;
    }
    expect(rounds).toBeGreaterThan(1);
    expect(inline.length + added).toBe(everyone.length);
    expect(await expandStatusFanOut(server.running.store, clock.now())).toBeNull();
    const all = await deliveries();
    expect(all.map((r) => r.recipient).sort()).toEqual([...everyone].sort());
    // Each mail still carries its own subscriber's unsubscribe link.
    const tokens = new Map(
      (await db.selectFrom('status_subscribers').select(['address', 'token']).execute()).map((r) => [
        r.address,
        r.token,
      ]),
    );
    for (const r of all) {
      const payload = JSON.parse(r.payload);
      expect(payload.text).toContain(`/status/subscriptions/${tokens.get(r.recipient)}/unsubscribe`);
      expect(payload.headers['List-Unsubscribe']).toContain(tokens.get(r.recipient));
    }

    // The worker's own pass expands a job too: a second notice, walked 1,000 in the transaction.
    const second = { ...notice, update_id: 'upd-fan-2', published_at: clock.iso() };
    const everyoneNow = await active();
    expect(await inTransaction(ctx, (u) => notifySubscribers(u, ctx, second, { inline: 1000 }))).toBe(
      everyoneNow.length,
    );
    for (let i = 0; i < 10; i++) await server.running.worker.runOnce();
    const secondRows = await db
      .selectFrom('deliveries')
      .select('recipient')
      .where('message_id', '=', 'upd-fan-2')
      .execute();
    expect(secondRows.map((r) => r.recipient).sort()).toEqual([...everyoneNow].sort());
  });

  it('a fan-out batch cut off before its commit leaves no trace, and the next pass does it once', async () => {
    const store = server.running.store;
    const notice = {
      kind: 'maintenance' as const,
      phase: 'scheduled' as const,
      maintenance_id: 'mnt-crash',
      name: { en: 'Network work', nl: 'Netwerkwerk' },
      body: { en: 'Short.', nl: 'Kort.' },
      scheduled_for: clock.iso(),
      scheduled_until: clock.iso(),
      components: [],
      at: clock.iso(),
    };
    const count = await inTransaction(ctx, (u) => notifySubscribers(u, ctx, notice, { inline: 1000 }));
    const rows = async () =>
      (
        await store.db
          .selectFrom('deliveries')
          .select('recipient')
          .where('idempotency_key', 'like', 'status-notice:maintenance:mnt-crash:%')
          .execute()
      ).map((r) => r.recipient);
    const cursor = async () =>
      (
        await store.db
          .withTables<{ status_fan_outs: { notice_key: string; after_id: string } }>()
          .selectFrom('status_fan_outs')
          .select('after_id')
          .where('notice_key', '=', 'maintenance:mnt-crash:scheduled')
          .executeTakeFirstOrThrow()
      ).after_id;
    const before = await rows();
    const at = await cursor();
    // The process dies after the batch's statements ran but before the commit.
    const dying = {
      ...store,
      db: new Proxy(store.db, {
        get(target, prop) {
          if (prop === 'transaction')
            return () => ({
              execute: (work: (tx: unknown) => Promise<unknown>) =>
                target.transaction().execute(async (tx) => {
                  await work(tx);
                  throw new Error('killed before the commit');
                }),
            });
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      }),
    };
    await expect(expandStatusFanOut(dying, clock.now())).rejects.toThrow('killed before the commit');
    expect(await rows()).toEqual(before);
    expect(await cursor()).toBe(at);
    while ((await expandStatusFanOut(store, clock.now())) !== null);
    const after = await rows();
    expect(after).toHaveLength(count);
    expect(new Set(after).size).toBe(count);
  });
});
