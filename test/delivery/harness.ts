// What a delivery test needs: a fresh store, a clock it moves by hand, an email channel and a worker, and cleanup.
import { afterEach } from 'vitest';
import { createTestStore } from '../support/databases.js';
import type { DatabaseTarget, Store } from '../../src/store/db.js';
import { enqueue, getDelivery, listAttempts, type Delivery } from '../../src/store/repos/outbox.js';
import { EmailChannel, emailDelivery } from '../../src/delivery/email.js';
import { OutboxWorker, type OutboxWorkerOptions } from '../../src/delivery/worker.js';

export function fakeClock(start = '2026-03-01T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    iso: () => new Date(t).toISOString(),
  };
}
export type FakeClock = ReturnType<typeof fakeClock>;
/** For the tests of the running loop, which waits in real time. */
export const realClock = { now: () => new Date(), iso: () => new Date().toISOString() };

const cleanups: Array<() => Promise<void>> = [];
/** Runs after the current test, last registered first. */
export function onCleanup(fn: () => Promise<void>): void {
  cleanups.push(fn);
}
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

export const PUBLIC_URL = 'https://stormbell.example.org';
export const FROM = 'Crisis team <crisis@example.org>';

export async function testStore(
  dialect: 'sqlite' | 'postgres',
): Promise<{ store: Store; target: DatabaseTarget }> {
  const t = await createTestStore(dialect);
  onCleanup(() => t.dispose());
  return { store: t.store, target: t.db.target };
}

export function emailChannel(store: Store, smtpUrl: string | null, clock: { now(): Date }): EmailChannel {
  const channel = new EmailChannel({ store, smtpUrl, mailFrom: FROM, clock, timeoutMs: 5_000 });
  onCleanup(() => channel.close());
  return channel;
}

/** A worker whose jitter is off (random = 0), so every backoff is exactly 10 s, 20 s, 40 s, ... */
export function worker(
  store: Store,
  channel: EmailChannel,
  clock: FakeClock,
  extra: Partial<OutboxWorkerOptions> = {},
): OutboxWorker {
  const w = new OutboxWorker({
    store,
    channels: [channel],
    clock,
    random: () => 0,
    batchSize: 10,
    leaseSeconds: 120,
    pollMs: 60_000,
    ...extra,
  });
  onCleanup(() => w.stop());
  return w;
}

let counter = 0;
export async function enqueueMail(
  store: Store,
  clock: { iso(): string },
  overrides: {
    key?: string;
    to?: string;
    subject?: string;
    maxAttempts?: number;
    headers?: Record<string, string>;
  } = {},
): Promise<{ id: string; key: string; messageId: string }> {
  const key = overrides.key ?? `test-mail:${process.pid}:${++counter}:${Math.random()}`;
  const d = emailDelivery({
    key,
    to: overrides.to ?? 'jan@example.nl',
    subject: overrides.subject ?? 'Storing bij de klantportal',
    text: 'De klantportal is niet bereikbaar. We werken aan een oplossing.',
    html: '<p>De klantportal is <strong>niet bereikbaar</strong>. We werken aan een oplossing.</p>',
    publicUrl: PUBLIC_URL,
    at: clock.iso(),
    ...(overrides.maxAttempts !== undefined ? { maxAttempts: overrides.maxAttempts } : {}),
    ...(overrides.headers ? { headers: overrides.headers } : {}),
  });
  const id = await enqueue(store.db, d);
  return { id, key, messageId: (d.payload as { messageId: string }).messageId };
}

export async function delivery(store: Store, id: string): Promise<Delivery> {
  const d = await getDelivery(store.db, id);
  if (!d) throw new Error(`delivery ${id} is gone`);
  return d;
}

export async function attempts(store: Store, id: string) {
  return (await listAttempts(store.db, id)).map((a) => ({ ok: Number(a.ok), error: a.error }));
}
