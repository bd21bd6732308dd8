// The outbox worker: the mail viewer fallback, idempotent keys, leases, concurrent workers, the loop, database errors.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { openStore, type Store } from '../../src/store/db.js';
import { claimDue, enqueue } from '../../src/store/repos/outbox.js';
import { OutboxWorker } from '../../src/delivery/worker.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import {
  attempts,
  delivery,
  emailChannel,
  enqueueMail,
  fakeClock,
  onCleanup,
  realClock,
  testStore,
  worker,
} from './harness.js';

async function mailbox(store: Store) {
  return store.db.selectFrom('mailbox').selectAll().execute();
}

/** A store whose first `n` transactions fail after `skip` good ones, as when the database goes away for a moment. */
function flaky(store: Store, skip: number, n: number): Store {
  let calls = 0;
  const db = new Proxy(store.db, {
    get(target, prop) {
      if (prop === 'transaction') {
        calls++;
        if (calls > skip && calls <= skip + n) {
          return () => ({
            execute: async () => Promise.reject(new Error('connection terminated unexpectedly')),
          });
        }
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { ...store, db, close: () => store.close() };
}

async function until(check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

forEachDatabase('outbox worker', (dialect) => {
  it('without SMTP the mail is kept in the mailbox, once, however often it is tried', async () => {
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const channel = emailChannel(store, null, clock);
    expect(channel.mode).toBe('viewer');
    const w = worker(store, channel, clock);
    const m = await enqueueMail(store, clock, { subject: 'Uitnodiging' });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    // A worker killed after keeping the mail but before recording it tries again: still one copy.
    await channel.send(await delivery(store, m.id));

    const kept = await mailbox(store);
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({
      delivery_id: m.id,
      message_id: m.messageId,
      recipient: 'jan@example.nl',
      subject: 'Uitnodiging',
    });
    expect(kept[0]!.html_body).toContain('<strong>');
    expect(kept[0]!.text_body).toContain('klantportal');
    expect(await delivery(store, m.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a lease that ran out (worker killed mid-send) is claimed again, and the mail is still kept once', async () => {
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const channel = emailChannel(store, null, clock);
    const m = await enqueueMail(store, clock);

    // The dead worker claimed it and got as far as keeping the mail, then died before recording.
    const claimed = await claimDue(store.db, store.dialect, {
      now: clock.iso(),
      leaseUntil: new Date(clock.now().getTime() + 120_000).toISOString(),
      worker: 'dead',
      limit: 10,
    });
    expect(claimed.map((d) => d.id)).toEqual([m.id]);
    await channel.send(claimed[0]!);

    const w = worker(store, channel, clock);
    expect((await w.runOnce()).claimed).toBe(0);
    clock.advance(120_001);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(await mailbox(store)).toHaveLength(1);
    expect(await delivery(store, m.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('enqueueing the same key twice gives one delivery and one message', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const a = await enqueueMail(store, clock, { key: 'incident-7:update-3:jan@example.nl' });
    const b = await enqueueMail(store, clock, { key: 'incident-7:update-3:jan@example.nl' });
    expect(b.id).toBe(a.id);
    const rows = await store.db
      .selectFrom('deliveries')
      .select('id')
      .where('idempotency_key', '=', 'incident-7:update-3:jan@example.nl')
      .execute();
    expect(rows).toHaveLength(1);

    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    // Enqueued again after it went out: still nothing new to send.
    await enqueueMail(store, clock, { key: 'incident-7:update-3:jan@example.nl' });
    expect((await w.runOnce()).claimed).toBe(0);
    expect(smtp.received).toHaveLength(1);
  });

  it('two workers running at once never send one delivery twice', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    const { store, target } = await testStore(dialect);
    // On PostgreSQL the second worker gets its own pool, as a second process would. SQLite serves one process.
    const second = dialect === 'postgres' ? openStore(target) : store;
    if (second !== store) onCleanup(() => second.close());
    const clock = fakeClock();
    const w1 = worker(store, emailChannel(store, smtp.url, clock), clock, { workerId: 'one', batchSize: 5 });
    const w2 = worker(second, emailChannel(second, smtp.url, clock), clock, {
      workerId: 'two',
      batchSize: 5,
    });
    const messageIds: string[] = [];
    for (let i = 0; i < 50; i++)
      messageIds.push((await enqueueMail(store, clock, { to: `person${i}@example.nl` })).messageId);

    const drain = async (w: OutboxWorker) => {
      let claimed = 0;
      for (;;) {
        const r = await w.runOnce();
        if (r.claimed === 0) return claimed;
        expect(r.sent).toBe(r.claimed);
        claimed += r.claimed;
      }
    };
    const [one, two] = await Promise.all([drain(w1), drain(w2)]);

    expect(one + two).toBe(50);
    expect(one).toBeGreaterThan(0);
    expect(two).toBeGreaterThan(0);
    const received = smtp.received.map((r) => r.mail.messageId).sort();
    expect(received).toEqual([...messageIds].sort());
    const counts = await store.db.selectFrom('deliveries').select(['status', 'attempts']).execute();
    expect(counts.every((c) => c.status === 'sent' && Number(c.attempts) === 1)).toBe(true);
    expect(await store.db.selectFrom('delivery_attempts').select('id').execute()).toHaveLength(50);
  });

  it('start() sends at once when woken, and stop() waits for the send in flight', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    const { store } = await testStore(dialect);
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const channel = emailChannel(store, smtp.url, realClock);
    const slow = {
      name: 'email',
      send: async (d: Parameters<typeof channel.send>[0]) => (await gate, channel.send(d)),
    };
    // A poll interval of a minute: only wake() can explain a prompt send.
    const w = new OutboxWorker({ store, channels: [slow], pollMs: 60_000 });
    onCleanup(() => w.stop());
    w.start();
    await new Promise((r) => setTimeout(r, 100));
    const m = await enqueueMail(store, realClock);
    w.wake();
    await until(
      async () =>
        (
          await store.db
            .selectFrom('deliveries')
            .select('locked_by')
            .where('id', '=', m.id)
            .executeTakeFirst()
        )?.locked_by === w.workerId,
    );

    let stopped = false;
    const stopping = w.stop().then(() => (stopped = true));
    await new Promise((r) => setTimeout(r, 100));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([m.messageId]);
    expect(await delivery(store, m.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a database error is logged and the loop carries on', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    const { store } = await testStore(dialect);
    const errors: string[] = [];
    const logger = {
      info: () => {},
      warn: () => {},
      error: (_o: object, msg: string) => void errors.push(msg),
    };
    const broken = flaky(store, 0, 3);
    const w = new OutboxWorker({
      store: broken,
      channels: [emailChannel(store, smtp.url, realClock)],
      pollMs: 30,
      logger,
    });
    onCleanup(() => w.stop());
    const m = await enqueueMail(store, realClock);
    w.start();
    await until(() => smtp.received.length > 0);
    await until(async () => (await delivery(store, m.id)).status === 'sent');
    expect(errors.filter((e) => e.includes('outbox run failed'))).toHaveLength(3);
    expect(smtp.received).toHaveLength(1);
  });

  it('a sent delivery whose outcome could not be recorded is recorded on the next run, not sent again', async () => {
    const smtp = await startSmtpSink();
    onCleanup(() => smtp.close());
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    // Transaction 1 claims, transaction 2 (recording the success) fails.
    const broken = flaky(store, 1, 1);
    const w = worker(broken, emailChannel(store, smtp.url, clock), clock);
    const m = await enqueueMail(store, clock);

    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect((await delivery(store, m.id)).status).toBe('pending');
    expect(await w.runOnce()).toMatchObject({ claimed: 0 });
    expect(await delivery(store, m.id)).toMatchObject({ status: 'sent', attempts: 1 });
    clock.advance(3600_000);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(smtp.received).toHaveLength(1);
    expect(await attempts(store, m.id)).toEqual([{ ok: 1, error: null }]);
  });

  it('a delivery for a channel nobody configured fails at once with a reason', async () => {
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, null, clock), clock);
    const id = await enqueue(store.db, {
      key: `chat:${Math.random()}`,
      channel: 'chat',
      recipient: 'ops',
      payload: {},
      at: clock.iso(),
    });
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    expect(await delivery(store, id)).toMatchObject({
      status: 'failed',
      lastError: 'no "chat" channel is configured',
    });
  });
});
