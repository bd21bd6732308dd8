// The webhook channel against a real HTTP receiver, its signatures checked by the `standardwebhooks` package.
import { randomBytes } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { forEachDatabase } from '../support/databases.js';
import { enqueue } from '../../src/store/repos/outbox.js';
import type { Store } from '../../src/store/db.js';
import { WebhookChannel, webhookDelivery } from '../../src/delivery/webhook.js';
import { attempts, delivery, fakeClock, testStore, type FakeClock } from './harness.js';
import { httpWorker, startHttpSink, type Received } from './http-sink.js';

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const DATA = { incident: 'INC-2026-0007', audience: 'customers', message: { title: 'Storing', body: 'Één' } };

/** Verifies as a receiver would, at the fake clock's time (the package checks the timestamp against Date.now). */
function verify(clock: FakeClock, request: Received, options: { secret?: string; body?: string } = {}) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock.now());
  try {
    return new Webhook(options.secret ?? SECRET).verify(
      options.body ?? request.body,
      request.headers as Record<string, string>,
    );
  } finally {
    vi.useRealTimers();
  }
}

let counter = 0;
async function enqueueHook(
  store: Store,
  clock: FakeClock,
  input: { url: string; secret?: string; key?: string; maxAttempts?: number },
) {
  const key = input.key ?? `incident-7:update-3:hook-${process.pid}-${++counter}`;
  const id = await enqueue(
    store.db,
    webhookDelivery({
      key,
      url: input.url,
      secret: input.secret ?? SECRET,
      event: 'message.published',
      data: DATA,
      at: clock.iso(),
      ...(input.maxAttempts !== undefined ? { maxAttempts: input.maxAttempts } : {}),
    }),
  );
  return { id, key };
}

async function setup(dialect: 'sqlite' | 'postgres') {
  const sink = await startHttpSink();
  const { store } = await testStore(dialect);
  const clock = fakeClock();
  const w = httpWorker(store, new WebhookChannel({ clock, timeoutMs: 5_000 }), clock);
  return { sink, store, clock, w };
}

forEachDatabase('webhook channel', (dialect) => {
  it('a webhook arrives signed: the standardwebhooks package verifies it, and refuses a tampered one', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    const enqueuedAt = clock.iso();
    const { id, key } = await enqueueHook(store, clock, { url: `${sink.url}/stormbell` });
    clock.advance(2_500);

    expect(await w.runOnce()).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(sink.received).toHaveLength(1);
    const req = sink.received[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/stormbell');
    expect(req.headers['content-type']).toBe('application/json');
    expect(req.headers['webhook-id']).toBe(key);
    expect(req.headers['webhook-timestamp']).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    expect(req.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);

    const expected = { type: 'message.published', timestamp: enqueuedAt, data: DATA };
    expect(JSON.parse(req.body)).toEqual(expected);
    expect(verify(clock, req)).toEqual(expected);

    const tampered = req.body.replace('customers', 'everyone');
    expect(tampered).not.toBe(req.body);
    expect(() => verify(clock, req, { body: tampered })).toThrow(WebhookVerificationError);
    const otherSecret = `whsec_${randomBytes(32).toString('base64')}`;
    expect(() => verify(clock, req, { secret: otherSecret })).toThrow(WebhookVerificationError);
    const otherId = { ...req, headers: { ...req.headers, 'webhook-id': `${key}x` } };
    expect(() => verify(clock, otherId)).toThrow(WebhookVerificationError);

    expect(await delivery(store, id)).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect((await delivery(store, id)).recipient).toBe(new URL(sink.url).host);
  });

  it('a 503 is retried with the same webhook-id and body, signed anew, and delivered once', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = (n) => (n === 1 ? { status: 503, body: 'maintenance' } : { status: 204 });
    const { id, key } = await enqueueHook(store, clock, { url: `${sink.url}/hook` });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    const first = await delivery(store, id);
    expect(first).toMatchObject({ status: 'pending', attempts: 1 });
    expect(first.lastError).toBe(`HTTP 503 Service Unavailable from ${new URL(sink.url).host}: maintenance`);
    expect(Date.parse(first.nextAttemptAt) - clock.now().getTime()).toBe(10_000);
    expect(verify(clock, sink.received[0]!)).toBeTruthy();

    clock.advance(10_000);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(sink.received).toHaveLength(2);
    const [a, b] = sink.received as [Received, Received];
    expect(b.headers['webhook-id']).toBe(key);
    expect(b.headers['webhook-id']).toBe(a.headers['webhook-id']);
    expect(b.body).toBe(a.body);
    expect(Number(b.headers['webhook-timestamp']) - Number(a.headers['webhook-timestamp'])).toBe(10);
    expect(b.headers['webhook-signature']).not.toBe(a.headers['webhook-signature']);
    expect(verify(clock, b)).toEqual(JSON.parse(a.body));

    clock.advance(3600_000);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(sink.received).toHaveLength(2);

    expect(await delivery(store, id)).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect((await attempts(store, id)).map((x) => x.ok)).toEqual([0, 1]);
  });

  it('a key that cannot be a header gives a stable hashed webhook-id', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = (n) => (n === 1 ? { status: 502 } : { status: 200 });
    await enqueueHook(store, clock, { url: `${sink.url}/hook`, key: 'bericht 3: José Müller' });

    expect(await w.runOnce()).toMatchObject({ retrying: 1 });
    clock.advance(10_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    const ids = sink.received.map((r) => r.headers['webhook-id']);
    expect(ids[0]).toMatch(/^msg_[A-Za-z0-9_-]{43}$/);
    expect(ids).toEqual([ids[0], ids[0]]);
    expect(verify(clock, sink.received[1]!)).toMatchObject({ type: 'message.published' });
  });

  it('a 400 fails the delivery at once, with the status and the answer in last_error', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = () => ({ status: 400, body: '{"error":"unknown event type"}' });
    const { id } = await enqueueHook(store, clock, { url: `${sink.url}/hook`, maxAttempts: 8 });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const d = await delivery(store, id);
    expect(d).toMatchObject({ status: 'failed', attempts: 1 });
    expect(d.lastError).toBe(
      `HTTP 400 Bad Request from ${new URL(sink.url).host}: {"error":"unknown event type"}`,
    );
    clock.advance(24 * 3600_000);
    expect((await w.runOnce()).claimed).toBe(0);
    expect(sink.received).toHaveLength(1);
  });

  it('a redirect is not followed, and a bad secret or URL is refused before anything is sent', async () => {
    const { sink, store, clock, w } = await setup(dialect);
    sink.answer = () => ({ status: 308, headers: { location: 'https://elsewhere.example.com/hook' } });
    const moved = await enqueueHook(store, clock, { url: `${sink.url}/moved` });
    const badSecret = await enqueueHook(store, clock, { url: `${sink.url}/hook`, secret: 'hunter2' });
    const shortSecret = await enqueueHook(store, clock, {
      url: `${sink.url}/hook`,
      secret: `whsec_${randomBytes(8).toString('base64')}`,
    });
    const badUrl = await enqueueHook(store, clock, { url: 'ftp://example.com/hook' });

    expect(await w.runOnce()).toMatchObject({ claimed: 4, failed: 4 });
    expect((await delivery(store, moved.id)).lastError).toMatch(
      /^HTTP 308 .* \(redirects to elsewhere\.example\.com\)$/,
    );
    const secretError =
      'invalid webhook payload: secret must be "whsec_" followed by 24 to 64 bytes in base64';
    expect((await delivery(store, badSecret.id)).lastError).toBe(secretError);
    expect((await delivery(store, shortSecret.id)).lastError).toBe(secretError);
    expect((await delivery(store, badUrl.id)).lastError).toBe(
      'invalid webhook payload: url must be an http or https URL',
    );
    expect(sink.received.map((r) => r.path)).toEqual(['/moved']);
  });
});
