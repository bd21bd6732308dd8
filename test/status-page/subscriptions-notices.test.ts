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
});
