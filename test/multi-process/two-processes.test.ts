// Two `stormbell serve` processes on one PostgreSQL database, as behind a load balancer: a change made through one
// reaches the other's event streams (LISTEN/NOTIFY), both outbox workers share a fan-out to four hundred status
// page subscribers and every one gets exactly one mail (FOR UPDATE SKIP LOCKED), both status page caches show a
// publication made through one of them, and killing one leaves the other working. Latencies are measured and
// printed, never asserted (STYLE rule 12): the deadlines are generous and only there so a broken path fails.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import { createTestDatabase, postgresSuite, pgQuery, type TestDatabase } from '../support/databases.js';
import { setUp, type Client } from '../support/client.js';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { accountWith, declare, openEvents } from '../incidents/support.js';
import { commsPlan, EMAILS, messagesPath, stepOf } from '../messages/support.js';
import { cookieOf, sameSession, startServe, until, type ServeProcess } from '../support/serve-process.js';

const SUBSCRIBERS = 300;
/** Added to every SMTP chunk, so the fan-out lasts longer than a worker's poll interval (5 s) and both take part. */
const SMTP_LATENCY_MS = 15;
/** A broken path fails here; a working one takes well under a second (measured below). */
const DEADLINE_MS = 20_000;
/** Starting two processes, and the fan-out, on a slow shared machine. */
const SLOW_MS = 180_000;

const suite = await postgresSuite('two processes on one PostgreSQL');

const latencies: Record<string, number> = {};

suite('two processes on one PostgreSQL', () => {
  let db: TestDatabase;
  let smtp: SmtpSink;
  let smtpProxy: TcpProxy;
  let a: ServeProcess;
  let b: ServeProcess;
  let admin: Client;
  let comms: Client;
  let legal: Client;
  let portal: string;

  const subscriber = (i: number) => `subscriber-${String(i).padStart(4, '0')}@example.net`;
  const sender = (r: SmtpSink['received'][number]) => r.mail.from?.value[0]?.address;

  const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    pgQuery<T>(db.url, text, values);

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    smtp = await startSmtpSink();
    smtpProxy = await startTcpProxy({ host: '127.0.0.1', port: smtp.port });
    const env = (from: string) => ({
      STORMBELL_DATABASE_URL: db.url,
      STORMBELL_SMTP_URL: `smtp://127.0.0.1:${smtpProxy.port}`,
      // The sender address tells which process sent a mail.
      STORMBELL_MAIL_FROM: from,
      STORMBELL_SECRET: 'x'.repeat(40),
    });
    // Started at the same moment: both migrate the one fresh database at once.
    [a, b] = await Promise.all([
      startServe('A', env('Stormbell A <a@example.org>')),
      startServe('B', env('Stormbell B <b@example.org>')),
    ]);
    admin = await setUp(a.url);
    await commsPlan(admin);
    comms = await accountWith(admin, a.url, EMAILS.comms, 'responder', { smtp: { sink: smtp } });
    legal = await accountWith(admin, a.url, EMAILS.legal, 'responder', { smtp: { sink: smtp } });
    const created = await admin.post('/api/v1/status-page/components', {
      name: { nl: 'Klantportaal', en: 'Customer portal' },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    portal = created.body.id;
  }, SLOW_MS);

  afterAll(async () => {
    const report = Object.entries(latencies)
      .map(([k, v]) => `  ${k}: ${v} ms`)
      .join('\n');
    if (report) console.log(`two processes on one PostgreSQL, measured:\n${report}`);
    await Promise.all([a?.stop(), b?.stop()]);
    await smtpProxy?.close();
    await smtp?.close();
    await db?.drop();
  });

  it('a change made through one process reaches the event streams of both', async () => {
    const incident = await declare(admin);
    const path = `/api/v1/incidents/${incident.id}/events`;
    const onA = await openEvents(a.url, path, cookieOf(admin));
    const onB = await openEvents(b.url, path, cookieOf(admin));
    expect([onA.status, onB.status]).toEqual([200, 200]);
    const adminB = sameSession(admin, b.url);
    try {
      const steps: Array<[string, Client, () => Promise<{ status: number }>, string]> = [
        [
          'note through A, seen on B',
          admin,
          () => admin.post(`/api/v1/incidents/${incident.id}/notes`, { text: 'Made on A' }),
          'note.added',
        ],
        [
          'note through B, seen on A',
          adminB,
          () => adminB.post(`/api/v1/incidents/${incident.id}/notes`, { text: 'Made on B' }),
          'note.added',
        ],
        [
          'phase change through A, seen on B',
          admin,
          () => admin.post(`/api/v1/incidents/${incident.id}/phase`, { phase: 'containment' }),
          'incident.phase_changed',
        ],
      ];
      for (const [what, , change, type] of steps) {
        const started = Date.now();
        const res = await change();
        expect(res.status, what).toBeLessThan(300);
        const answered = Date.now();
        const [fromA, fromB] = await Promise.all([onA.next(DEADLINE_MS), onB.next(DEADLINE_MS)]);
        latencies[`SSE: ${what} (request ${answered - started} ms, then)`] = Date.now() - answered;
        expect(fromA.data.type).toBe(type);
        // The same event, with the same sequence number, on both: a reconnect to either resumes correctly.
        expect(fromB.data).toEqual(fromA.data);
        expect(fromB.id).toBe(fromA.id);
      }
    } finally {
      onA.close();
      onB.close();
    }
  });

  it(
    'both workers share a fan-out and every subscriber gets exactly one mail; both status pages update',
    async () => {
      const csv = [
        'email,language,components',
        ...Array.from({ length: SUBSCRIBERS }, (_, i) => `${subscriber(i)},${i % 2 ? 'en' : 'nl'},`),
      ].join('\n');
      const imported = await admin.post('/api/v1/status-page/subscribers/import', { csv });
      expect(imported.body).toEqual({ imported: SUBSCRIBERS, already_subscribed: 0 });
      const incident = await declare(admin);
      const statusBefore = await fetch(`${b.url}/api/v2/summary.json`).then((r) => r.json() as Promise<any>);
      expect(statusBefore.incidents).toEqual([]);

      smtpProxy.latencyMs = SMTP_LATENCY_MS;
      const drafted = await comms.post(messagesPath(incident.id), {
        audience_id: 'customers',
        contents: [
          { language: 'en', subject: 'Portal unreachable', body: 'We are on it.' },
          { language: 'nl', subject: 'Portaal onbereikbaar', body: 'Wij werken eraan.' },
        ],
        status_page: {
          incident_status: 'identified',
          impact: 'major',
          components: [{ id: portal, status: 'major_outage' }],
        },
      });
      expect(drafted.status, JSON.stringify(drafted.body)).toBe(201);
      let current = (await stepOf(comms, incident.id, drafted.body, 'submit')).body;
      if (current.status === 'in_review')
        current = (await stepOf(legal, incident.id, current, 'approve')).body;
      const published = await stepOf(comms, incident.id, current, 'publish');
      expect(published.status, JSON.stringify(published.body)).toBe(200);
      const publishedAt = Date.now();

      // (c) Both caches reload on the notification; B never served the request that changed anything.
      await Promise.all(
        [a, b].map(async (p) => {
          await until(
            `${p.name}'s /api/v2/summary.json shows the incident`,
            async () => {
              const s = await fetch(`${p.url}/api/v2/summary.json`).then((r) => r.json() as Promise<any>);
              return (
                s.incidents.length === 1 &&
                s.components.some(
                  (c: { id: string; status: string }) => c.id === portal && c.status === 'major_outage',
                )
              );
            },
            DEADLINE_MS,
          );
          latencies[`status page cache: /api/v2/summary.json on ${p.name}`] = Date.now() - publishedAt;
          const page = await until(
            `${p.name}'s /status shows the update`,
            async () => {
              const html = await fetch(`${p.url}/status?lang=en`).then((r) => r.text());
              return html.includes('Portal unreachable') ? html : undefined;
            },
            DEADLINE_MS,
          );
          expect(page).toContain('Customer portal');
          latencies[`status page cache: /status on ${p.name}`] = Date.now() - publishedAt;
        }),
      );

      // Twice more, one after the other: B's cache also reloads every minute by itself, which could explain one
      // update within the deadline, never two in a row.
      for (const status of ['partial_outage', 'degraded_performance']) {
        const changed = await admin.post(`/api/v1/status-page/components/${portal}/status`, { status });
        expect(changed.status, JSON.stringify(changed.body)).toBeLessThan(300);
        const at = Date.now();
        await until(
          `B's /api/v2/components.json shows ${status}`,
          async () => {
            const doc = await fetch(`${b.url}/api/v2/components.json`).then((r) => r.json() as Promise<any>);
            return doc.components.some(
              (c: { id: string; status: string }) => c.id === portal && c.status === status,
            );
          },
          DEADLINE_MS,
        );
        latencies[`status page cache: component ${status} through A, on B`] = Date.now() - at;
      }

      // (b) Every subscriber's mail arrives, and none twice, although two workers claimed from the same outbox.
      const toSubscribers = () =>
        smtp.received.filter((r) => r.rcpt.some((x) => x.startsWith('subscriber-')));
      await until('every subscriber mailed', () => toSubscribers().length >= SUBSCRIBERS, 90_000, 100);
      latencies[`fan-out of ${SUBSCRIBERS} mails at ${SMTP_LATENCY_MS} ms SMTP latency`] =
        Date.now() - publishedAt;
      smtpProxy.latencyMs = 0;
      // A worker records what it sent after the SMTP server accepted it (in groups): the last outcomes may reach the
      // database a moment after the last mail reached the SMTP server.
      const deliveriesNow = () =>
        query<{ status: string; attempts: number; n: string }>(
          `select status, attempts, count(*) as n from deliveries where message_id = $1 and recipient like 'subscriber-%' group by status, attempts`,
          [published.body.id],
        );
      await until(
        'every delivery recorded',
        async () => (await deliveriesNow()).every((d) => d.status === 'sent'),
        10_000,
        50,
      );
      expect(await deliveriesNow()).toEqual([{ status: 'sent', attempts: 1, n: String(SUBSCRIBERS) }]);
      const attempts = await query<{ n: string }>(
        `select count(*) as n from delivery_attempts where delivery_id in (select id from deliveries where message_id = $1 and recipient like 'subscriber-%')`,
        [published.body.id],
      );
      expect(attempts[0]!.n).toBe(String(SUBSCRIBERS));
      const mails = toSubscribers();
      expect(mails).toHaveLength(SUBSCRIBERS);
      const recipients = mails.flatMap((r) => r.rcpt).sort();
      expect(recipients).toEqual(Array.from({ length: SUBSCRIBERS }, (_, i) => subscriber(i)));
      // Both processes sent a share: proof that the second worker claimed rows the first had not locked.
      const bySender = { A: 0, B: 0 };
      for (const r of mails) {
        if (sender(r) === 'a@example.org') bySender.A++;
        else if (sender(r) === 'b@example.org') bySender.B++;
      }
      console.log(`fan-out of ${SUBSCRIBERS}: process A sent ${bySender.A}, process B sent ${bySender.B}`);
      expect(bySender.A + bySender.B).toBe(SUBSCRIBERS);
      expect(bySender.A).toBeGreaterThan(0);
      expect(bySender.B).toBeGreaterThan(0);
    },
    SLOW_MS,
  );

  it('when one process is killed, the other carries on', async () => {
    const incident = await declare(admin);
    const path = `/api/v1/incidents/${incident.id}/events`;
    const onA = await openEvents(a.url, path, cookieOf(admin));
    const onB = await openEvents(b.url, path, cookieOf(admin));
    await b.stop('SIGKILL');
    expect(b.exit?.signal).toBe('SIGKILL');
    try {
      const before = smtp.received.length;
      const res = await admin.post(`/api/v1/incidents/${incident.id}/notes`, { text: 'B is gone' });
      expect(res.status).toBe(201);
      expect((await onA.next(DEADLINE_MS)).data).toMatchObject({
        type: 'note.added',
        payload: { text: 'B is gone' },
      });
      expect(onB.events).toEqual([]);
      expect((await fetch(`${a.url}/readyz`)).status).toBe(200);
      // A's worker alone delivers what is enqueued now: a new team member's invitation.
      await accountWith(admin, a.url, 'after-b@example.org', 'viewer', { smtp: { sink: smtp } });
      const fresh = smtp.received.slice(before).filter((r) => r.rcpt.includes('after-b@example.org'));
      expect(fresh.map((r) => [r.rcpt, sender(r)])).toEqual([[['after-b@example.org'], 'a@example.org']]);
    } finally {
      onA.close();
      onB.close();
    }
    expect(a.exit).toBeNull();
    // Nothing in A's log was an unexpected error (a 500) or worse.
    expect(a.logs.filter((l) => l.level >= 50).map((l) => l.msg)).toEqual([]);
  });
});
