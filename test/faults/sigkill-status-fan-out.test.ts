// `stormbell serve` killed with SIGKILL while it expands a status-page notice to more subscribers than a publication
// writes in its own transaction (beyond the first 5,000 a fan-out job, which the outbox worker expands 1,000
// subscribers per pass), then started again on the same database: every subscriber ends with exactly one message (by
// Message-ID), and the job ends expanded exactly once. On both databases.
import { expect, it } from 'vitest';
import { INLINE_SUBSCRIBERS } from '../../src/app/status-page/notify-subscribers.js';
import { openStore } from '../../src/store/db.js';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { startTestServer } from '../support/server.js';
import { ADMIN, setUp } from '../support/client.js';
import { onCleanup } from '../delivery/harness.js';
import { declare } from '../incidents/support.js';
import { sameSession, sleep, startServe, until } from '../support/serve-process.js';

/** The publication writes INLINE_SUBSCRIBERS deliveries; the job holds the rest (two batches of 1,000). */
const SUBSCRIBERS = INLINE_SUBSCRIBERS + 2000;
/** The process is killed once the SMTP server has this many of the notice's messages (the job is young then). */
const KILL_AFTER = 20;
const DOMAIN = '@subscribers.example.net';
const subscriber = (i: number) => `s${i}${DOMAIN}`;

forEachDatabase('fault: SIGKILL while a status-page fan-out job is expanded', (dialect) => {
  it('ends with exactly one message per subscriber after a restart on the same database', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    // Made in this process (its worker off); then `stormbell serve` takes the database over and publishes.
    const server = await startTestServer(dialect, { worker: false, env: { STORMBELL_SMTP_URL: smtp.url } });
    onCleanup(() => server.close());
    const admin = await setUp(server.url);
    // The admin is the communications lead, and the customers' status-page update needs only that role's approval.
    const { plan } = (await admin.get('/api/v1/plan')).body;
    const lead = plan.roles.find((r: { id: string }) => r.id === 'communications_lead');
    plan.people.find((p: { id: string }) => p.id === lead.primary).email = ADMIN.email;
    const customers = plan.audiences.find((a: { channels: string[] }) => a.channels.includes('status_page'));
    customers.approval_chain = ['communications_lead'];
    customers.channels = ['status_page'];
    customers.languages = ['en'];
    expect((await admin.request('PUT', '/api/v1/plan', { plan, description: 'fault test' })).status).toBe(
      200,
    );
    const csv = ['email,language', ...Array.from({ length: SUBSCRIBERS }, (_, i) => `${subscriber(i)},en`)];
    const imported = await admin.post('/api/v1/status-page/subscribers/import', {
      csv: csv.join('\n'),
      confirm_by_mail: false,
    });
    expect(imported.status, JSON.stringify(imported.body).slice(0, 300)).toBe(200);
    expect(imported.body.imported).toBe(SUBSCRIBERS);
    const incident = await declare(admin, { title: 'Customer portal down' });
    const messages = `/api/v1/incidents/${incident.id}/messages`;
    const drafted = await admin.post(messages, {
      audience_id: customers.id,
      contents: [{ language: 'en', subject: 'Portal down', body: 'We are on it.' }],
      status_page: { incident_status: 'investigating', impact: 'major', components: [] },
    });
    expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
    const submitted = await admin.post(`${messages}/${drafted.body.id}/submit`, {
      revision: drafted.body.revision,
    });
    expect(submitted.body.status, JSON.stringify(submitted.body)).toBe('approved');
    await server.running.stop();

    const store = openStore(server.db.target);
    onCleanup(() => store.close());
    const env = {
      STORMBELL_DATABASE_URL: server.db.url,
      STORMBELL_SMTP_URL: smtp.url,
      STORMBELL_OUTBOX_LEASE_SECONDS: '2',
    };
    const toSubscribers = () => smtp.received.filter((r) => r.rcpt.some((to) => to.endsWith(DOMAIN)));

    const first = await startServe('first', env);
    onCleanup(() => first.stop('SIGKILL'));
    const published = await sameSession(admin, first.url).post(`${messages}/${drafted.body.id}/publish`, {
      revision: submitted.body.revision,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    await until('the fan-out has begun', () => toSubscribers().length >= KILL_AFTER, 60_000, 5);
    await first.stop('SIGKILL');
    expect(first.exit?.signal).toBe('SIGKILL');
    await sleep(300);
    const atKill = toSubscribers().length;
    const job = await store.db.selectFrom('status_fan_outs').selectAll().executeTakeFirstOrThrow();

    const second = await startServe('second', env);
    onCleanup(() => second.stop());
    const subscriberDeliveries = () =>
      store.db
        .selectFrom('deliveries')
        .select(['recipient', 'status'])
        .where('recipient', 'like', `%${DOMAIN}`)
        .execute();
    await until(
      'every subscriber has a delivery, marked sent',
      async () => {
        const rows = await subscriberDeliveries();
        return rows.length === SUBSCRIBERS && rows.every((d) => d.status === 'sent');
      },
      180_000,
      250,
    );
    await second.stop();
    expect(second.exit?.code).toBe(0);

    // One delivery per subscriber, and the job walked every subscriber once.
    const rows = await subscriberDeliveries();
    expect(new Set(rows.map((d) => d.recipient)).size).toBe(SUBSCRIBERS);
    const done = await store.db.selectFrom('status_fan_outs').selectAll().executeTakeFirstOrThrow();
    expect(done.done_at).not.toBeNull();
    expect(Number(done.expanded)).toBe(SUBSCRIBERS - INLINE_SUBSCRIBERS);
    // Every subscriber received it, each with one Message-ID (a second copy, from the instant of the kill, is the
    // same message).
    const ids = new Map<string, Set<string>>();
    for (const { mail, rcpt } of toSubscribers())
      for (const to of rcpt) ids.set(to, (ids.get(to) ?? new Set()).add(mail.messageId ?? '(none)'));
    expect([...ids.keys()].sort()).toEqual(
      Array.from({ length: SUBSCRIBERS }, (_, i) => subscriber(i)).sort(),
    );
    expect([...ids.values()].filter((s) => s.size !== 1)).toEqual([]);
    const copies = toSubscribers().length - SUBSCRIBERS;
    console.info(
      `[${dialect}] SIGKILL after ${atKill} of ${SUBSCRIBERS} accepted; the job had expanded ${job.expanded} of ` +
        `${SUBSCRIBERS - INLINE_SUBSCRIBERS} (${job.done_at ? 'done' : 'not done'}); ${copies} sent twice (same Message-ID).`,
    );
  }, 400_000);
});
