// The SMTP server goes away in the middle of a fan-out to a thousand people and comes back later: every person
// gets the message exactly once, nothing is marked sent that the server did not accept, and the outbox waits out
// a growing backoff meanwhile (on a test clock, so the test does not wait minutes). On both databases.
import { expect, it } from 'vitest';
import { addressOf } from '../../src/delivery/email.js';
import { backoffDelayMs } from '../../src/core/backoff.js';
import { forEachDatabase } from '../support/databases.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { fakeClock, onCleanup } from '../delivery/harness.js';
import {
  PEOPLE,
  SUBJECT,
  arrivals,
  deliveriesOf,
  drain,
  everyone,
  fanOutWorld,
  messageIdOf,
  publish,
} from './support.js';

/** The server stops once it has accepted this many of the fan-out's messages. */
const TAKEN_BEFORE_OUTAGE = 300;

async function sink(port?: number): Promise<SmtpSink> {
  const s = await startSmtpSink(port);
  onCleanup(() => s.close());
  return s;
}

forEachDatabase('fault: SMTP down during a fan-out to a thousand people', (dialect) => {
  it('delivers to every person exactly once after the server comes back, marking sent only what it accepted', async () => {
    const clock = fakeClock(new Date().toISOString());
    const first = await sink();
    const world = await fanOutWorld(dialect, first, clock);
    onCleanup(() => world.server.close());
    const { worker, store } = world.server.running;
    const messageId = world.message.id;

    // The server shuts down in the middle of a batch: sends in flight finish, the rest find it gone.
    let taken = 0;
    let closing: Promise<void> | null = null;
    first.refuseData = (mail) => {
      if (mail.subject === SUBJECT && ++taken === TAKEN_BEFORE_OUTAGE) closing = first.close();
      return null;
    };
    await publish(world);
    await drain(worker);
    await closing;

    const during = await deliveriesOf(store, messageId);
    expect(during).toHaveLength(PEOPLE);
    const accepted = arrivals(first);
    const sent = during.filter((d) => d.status === 'sent');
    expect(sent.length).toBeGreaterThanOrEqual(TAKEN_BEFORE_OUTAGE);
    expect(sent.length).toBeLessThan(PEOPLE);
    // Marked sent is exactly what the server accepted: nothing more, nothing less.
    expect(new Set(sent.map((d) => addressOf(d.recipient)))).toEqual(new Set(accepted.raw.keys()));
    const waiting = during.filter((d) => d.status !== 'sent');
    expect(waiting.length).toBe(PEOPLE - sent.length);
    for (const d of waiting) {
      expect(d).toMatchObject({ status: 'pending', attempts: 1 });
      expect(d.lastError).toBeTruthy();
      expect(Date.parse(d.nextAttemptAt)).toBeGreaterThan(clock.now().getTime());
    }
    // The backoff holds: nothing is due yet, so a pass now sends nothing.
    expect((await worker.runOnce()).claimed).toBe(0);

    // Still down at the first retry: each fails again and waits longer (the second wait is 10 to 20 s: 20 s less up to
    // half of it at random, rounded, so exactly 10 s now and then; the first was 5 to 10 s).
    clock.advance(backoffDelayMs(1, () => 0));
    await drain(worker);
    const refused = (await deliveriesOf(store, messageId)).filter((d) => d.status !== 'sent');
    expect(refused).toHaveLength(waiting.length);
    for (const d of refused) {
      expect(d).toMatchObject({ status: 'pending', attempts: 2 });
      expect(d.lastError).toMatch(/ECONNREFUSED/);
      expect(Date.parse(d.nextAttemptAt) - clock.now().getTime()).toBeGreaterThanOrEqual(
        backoffDelayMs(1, () => 0),
      );
    }

    // The server is back on the same address; once the backoff has passed everything goes out.
    const second = await sink(first.port);
    clock.advance(backoffDelayMs(2, () => 0));
    await drain(worker);

    const after = await deliveriesOf(store, messageId);
    expect(after.filter((d) => d.status !== 'sent')).toEqual([]);
    const all = arrivals(first, second);
    expect([...all.raw.keys()].sort()).toEqual(everyone().sort());
    expect([...all.raw].filter(([, copies]) => copies !== 1)).toEqual([]);
    // Each copy carries its outbox row's Message-ID.
    for (const d of after) expect(all.ids.get(addressOf(d.recipient))).toEqual(new Set([messageIdOf(d)]));
  }, 240_000);
});
