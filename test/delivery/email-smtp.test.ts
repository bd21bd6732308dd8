// The email channel against a real SMTP server: arrival, temporary and permanent refusals, an unreachable server.
import { expect, it } from 'vitest';
import { forEachDatabase } from '../support/databases.js';
import { MANUAL_RETRY_ATTEMPTS, enqueue, requeue } from '../../src/store/repos/outbox.js';
import { closedPort, startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import {
  attempts,
  delivery,
  emailChannel,
  enqueueMail,
  fakeClock,
  onCleanup,
  testStore,
  worker,
} from './harness.js';

async function sink(): Promise<SmtpSink> {
  const s = await startSmtpSink();
  onCleanup(() => s.close());
  return s;
}

forEachDatabase('email over SMTP', (dialect) => {
  it('an enqueued email arrives once, multipart, with its From, To, Subject, Message-ID and headers', async () => {
    const smtp = await sink();
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const unsubscribe = '<https://stormbell.example.org/unsubscribe/abc>';
    const m = await enqueueMail(store, clock, {
      to: 'Jan de Vries <jan@example.nl>',
      headers: { 'List-Unsubscribe': unsubscribe, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });

    expect(await w.runOnce()).toEqual({ claimed: 1, sent: 1, retrying: 0, failed: 0 });
    expect(await w.runOnce()).toEqual({ claimed: 0, sent: 0, retrying: 0, failed: 0 });

    expect(smtp.received).toHaveLength(1);
    const { mail, rcpt } = smtp.received[0]!;
    expect(rcpt).toEqual(['jan@example.nl']);
    expect(mail.from?.value).toEqual([{ name: 'Crisis team', address: 'crisis@example.org' }]);
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    expect(to.flatMap((a) => a?.value ?? [])).toEqual([{ name: 'Jan de Vries', address: 'jan@example.nl' }]);
    expect(mail.subject).toBe('Storing bij de klantportal');
    expect(mail.messageId).toBe(m.messageId);
    expect(mail.text?.trim()).toBe('De klantportal is niet bereikbaar. We werken aan een oplossing.');
    expect(mail.html).toContain('<strong>niet bereikbaar</strong>');
    expect((mail.headers.get('content-type') as { value: string } | undefined)?.value).toBe(
      'multipart/alternative',
    );
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line).toBe(
      `List-Unsubscribe: ${unsubscribe}`,
    );
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );

    const d = await delivery(store, m.id);
    expect(d).toMatchObject({ status: 'sent', attempts: 1, lastError: null, sentAt: clock.iso() });
    expect(await attempts(store, m.id)).toEqual([{ ok: 1, error: null }]);
  });

  it('a temporary refusal (451) is retried after the backoff and the message arrives exactly once', async () => {
    const smtp = await sink();
    let rcptCalls = 0;
    smtp.refuseRcpt = () => (++rcptCalls === 1 ? { code: 451, message: '4.3.0 Try again later' } : null);
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const m = await enqueueMail(store, clock);

    expect(await w.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
    let d = await delivery(store, m.id);
    expect(d.status).toBe('pending');
    expect(d.attempts).toBe(1);
    expect(d.lastError).toContain('451');
    // Jitter is off in these tests: the first retry waits exactly 10 seconds.
    expect(Date.parse(d.nextAttemptAt) - clock.now().getTime()).toBe(10_000);
    expect(smtp.received).toHaveLength(0);

    clock.advance(9_999);
    expect((await w.runOnce()).claimed).toBe(0);
    clock.advance(1);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });

    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([m.messageId]);
    d = await delivery(store, m.id);
    // The delivery shows its final state; the attempt history keeps the refusal.
    expect(d).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    const history = await attempts(store, m.id);
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ ok: 0 });
    expect(history[0]!.error).toContain('451');
    expect(history[1]).toEqual({ ok: 1, error: null });
  });

  it('a temporary refusal after the DATA (452) is retried too', async () => {
    const smtp = await sink();
    let dataCalls = 0;
    smtp.refuseData = () =>
      ++dataCalls === 1 ? { code: 452, message: '4.3.1 Insufficient system storage' } : null;
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const m = await enqueueMail(store, clock);

    expect(await w.runOnce()).toMatchObject({ retrying: 1 });
    clock.advance(10_000);
    expect(await w.runOnce()).toMatchObject({ sent: 1 });
    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([m.messageId]);
    expect((await delivery(store, m.id)).attempts).toBe(2);
  });

  it('a permanent rejection (550) fails the delivery at once; requeue sends it', async () => {
    const smtp = await sink();
    smtp.refuseRcpt = () => ({ code: 550, message: '5.1.1 No such user here' });
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const m = await enqueueMail(store, clock, { maxAttempts: 8 });

    expect(await w.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    let d = await delivery(store, m.id);
    expect(d.status).toBe('failed');
    expect(d.attempts).toBe(1);
    expect(d.lastError).toContain('550 5.1.1 No such user here');
    expect(smtp.received).toHaveLength(0);

    clock.advance(24 * 3600_000);
    expect((await w.runOnce()).claimed).toBe(0);

    smtp.refuseRcpt = null;
    expect(await requeue(store.db, m.id, clock.iso())).toBe(true);
    expect(await w.runOnce()).toMatchObject({ claimed: 1, sent: 1 });
    expect(smtp.received.map((r) => r.mail.messageId)).toEqual([m.messageId]);
    d = await delivery(store, m.id);
    expect(d).toMatchObject({ status: 'sent', attempts: 2 });
    expect((await attempts(store, m.id)).map((a) => a.ok)).toEqual([0, 1]);
  });

  it('an unreachable SMTP server is retried with backoff up to max_attempts, then the delivery fails', async () => {
    const port = await closedPort();
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, `smtp://127.0.0.1:${port}`, clock), clock);
    const m = await enqueueMail(store, clock, { maxAttempts: 4 });

    const waits: number[] = [];
    for (let i = 1; i <= 3; i++) {
      expect(await w.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
      const d = await delivery(store, m.id);
      expect(d).toMatchObject({ status: 'pending', attempts: i });
      expect(d.lastError).toMatch(/ECONNREFUSED|connect/i);
      waits.push(Date.parse(d.nextAttemptAt) - clock.now().getTime());
      expect((await w.runOnce()).claimed).toBe(0);
      clock.advance(waits[waits.length - 1]!);
    }
    expect(waits).toEqual([10_000, 20_000, 40_000]);

    expect(await w.runOnce()).toMatchObject({ claimed: 1, failed: 1 });
    const d = await delivery(store, m.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 4 });
    expect(d.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(await attempts(store, m.id)).toHaveLength(4);
    clock.advance(24 * 3600_000);
    expect((await w.runOnce()).claimed).toBe(0);

    // A retry by hand gives the exhausted delivery a few more automatic attempts, not one past its maximum.
    expect(await requeue(store.db, m.id, clock.iso())).toBe(true);
    expect(await delivery(store, m.id)).toMatchObject({
      status: 'pending',
      attempts: 4,
      maxAttempts: 4 + MANUAL_RETRY_ATTEMPTS,
    });
    expect(await w.runOnce()).toMatchObject({ claimed: 1, retrying: 1 });
  });

  it('a payload that is not an email fails at once and names the fault', async () => {
    const smtp = await sink();
    const { store } = await testStore(dialect);
    const clock = fakeClock();
    const w = worker(store, emailChannel(store, smtp.url, clock), clock);
    const id = await enqueue(store.db, {
      key: `bad:${Math.random()}`,
      channel: 'email',
      recipient: 'x@example.nl',
      payload: {
        to: 'x@example.nl',
        subject: 'a\r\nBcc: evil@example.com',
        text: '',
        html: '',
        messageId: '<a@b>',
      },
      at: clock.iso(),
    });
    expect(await w.runOnce()).toMatchObject({ failed: 1 });
    const d = await delivery(store, id);
    expect(d.status).toBe('failed');
    expect(d.lastError).toContain('subject');
    expect(smtp.received).toHaveLength(0);
  });
});
