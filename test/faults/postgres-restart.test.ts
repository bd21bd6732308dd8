// PostgreSQL "restarted" under load, without touching the machine's PostgreSQL (other suites share it): Stormbell
// (`stormbell serve`, a child process) reaches its database through a TCP proxy this test controls, which drops
// every connection and refuses new ones for a few seconds; later every backend of the database is ended with
// pg_terminate_backend. Meanwhile several clients keep adding timeline notes. While it is down, requests fail cleanly
// (503 problem+json with Retry-After, within a bound), /readyz says not ready, the process lives on; afterwards
// requests succeed again without a restart, the LISTEN connection is back (a change made by a second process
// reaches this one's event stream and status page), and every note that was acknowledged is in the database.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type pg from 'pg';
import {
  createTestDatabase,
  PG_ADMIN_URL,
  postgresSuite,
  pgQuery,
  type TestDatabase,
} from '../support/databases.js';
import { setUp, type Client } from '../support/client.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { declare, openEvents } from '../incidents/support.js';
import {
  cookieOf,
  sameSession,
  sleep,
  startServe,
  until,
  type ServeProcess,
} from '../support/serve-process.js';

/** Concurrent writers during the whole run. */
const WRITERS = 4;
/** A request that takes longer than this counts as hung (generous: the machine is slow and shared). */
const HANG_BOUND_MS = 15_000;
const OUTAGE_MS = 4_000;
const DEADLINE_MS = 20_000;
/** Starting two processes and the whole run, on a slow shared machine. */
const SLOW_MS = 180_000;

const suite = await postgresSuite('PostgreSQL restarted under load');

interface Outcome {
  text: string;
  incident: string;
  status: number | 'hung' | 'network error';
  problem?: unknown;
  contentType?: string | null;
  retryAfter?: string | null;
  ms: number;
}

suite('PostgreSQL restarted under load', () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let s: ServeProcess;
  let other: ServeProcess;
  let admin: Client;

  const query = <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
    pgQuery<T>(db.url, text, values);

  beforeAll(async () => {
    db = await createTestDatabase('postgres');
    const target = new URL(PG_ADMIN_URL);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const env = { STORMBELL_SECRET: 'y'.repeat(40) };
    // `s` goes through the proxy; `other` talks to PostgreSQL directly and is the witness of LISTEN/NOTIFY.
    [s, other] = await Promise.all([
      startServe('S', { ...env, STORMBELL_DATABASE_URL: viaProxy.toString() }),
      startServe('other', { ...env, STORMBELL_DATABASE_URL: db.url }),
    ]);
    admin = await setUp(s.url);
  }, SLOW_MS);

  afterAll(async () => {
    for (const p of [s, other])
      if (p?.exit)
        console.log(
          `${p.name} ended: ${JSON.stringify(p.exit)}\n${[...p.stray, ...p.logs.slice(-5).map((l) => JSON.stringify(l))].join('\n')}`,
        );
    await Promise.all([s?.stop(), other?.stop()]);
    await proxy?.close();
    await db?.drop();
  });

  it(
    'fails cleanly while down, recovers by itself, and loses no acknowledged write',
    async () => {
      const incidents = [(await declare(admin)).id, (await declare(admin)).id];
      // Only the other process writes to this one: what S's stream shows of it came through LISTEN.
      const witness = (await declare(admin)).id;
      const component = await admin.post('/api/v1/status-page/components', {
        name: { nl: 'Website', en: 'Website' },
      });
      expect(component.status).toBe(201);
      const adminOther = sameSession(admin, other.url);
      const path = `/api/v1/incidents/${incidents[0]}/events`;
      const streamS = await openEvents(s.url, path, cookieOf(admin));
      const streamOther = await openEvents(other.url, path, cookieOf(admin));
      const streamWitness = await openEvents(s.url, `/api/v1/incidents/${witness}/events`, cookieOf(admin));

      // The load: each writer adds notes one after the other, alternating between the two incidents.
      const outcomes: Outcome[] = [];
      let loading = true;
      const writer = async (w: number) => {
        for (let n = 0; loading; n++) {
          const incident = incidents[n % 2]!;
          const text = `writer ${w} note ${n}`;
          const started = Date.now();
          try {
            const res = await fetch(`${s.url}/api/v1/incidents/${incident}/notes`, {
              method: 'POST',
              headers: {
                ...cookieOf(admin),
                'content-type': 'application/json',
                'x-csrf-token': admin.csrf!,
              },
              body: JSON.stringify({ text }),
              signal: AbortSignal.timeout(HANG_BOUND_MS),
            });
            const body = await res.text();
            outcomes.push({
              text,
              incident,
              status: res.status,
              contentType: res.headers.get('content-type'),
              retryAfter: res.headers.get('retry-after'),
              problem: res.status >= 400 ? JSON.parse(body) : undefined,
              ms: Date.now() - started,
            });
            // A client told to come back later waits a little, as the app does.
            if (res.status === 503) await sleep(200);
          } catch (err) {
            const hung = (err as Error).name === 'TimeoutError';
            outcomes.push({
              text,
              incident,
              status: hung ? 'hung' : 'network error',
              ms: Date.now() - started,
            });
          }
        }
      };
      const load = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
      const readyz = async (p: ServeProcess) =>
        (await fetch(`${p.url}/readyz`, { signal: AbortSignal.timeout(HANG_BOUND_MS) })).status;

      await until('notes acknowledged before the outage', () => outcomes.some((o) => o.status === 201));

      // 1. The "restart": every connection dropped, new ones refused for a few seconds.
      await proxy.down();
      const downAt = outcomes.length;
      await until('/readyz says not ready', async () => (await readyz(s)) === 503, DEADLINE_MS);
      // While S cannot hear anything, the other process (which reaches PostgreSQL directly) makes a change.
      const unheard = await adminOther.post(`/api/v1/incidents/${witness}/notes`, {
        text: 'made during the outage',
      });
      expect(unheard.status).toBe(201);
      await sleep(OUTAGE_MS);
      const failedWhileDown = outcomes.slice(downAt).filter((o) => o.status === 503).length;
      await proxy.up();
      const upAt = Date.now();
      // Straight away, before this process's LISTEN connection can be back: a change made by the other process.
      const early = await adminOther.post(`/api/v1/incidents/${incidents[0]}/notes`, {
        text: 'other, right after',
      });
      expect(early.status).toBe(201);
      await until('/readyz ready again', async () => (await readyz(s)) === 200, DEADLINE_MS);
      const readyAfterMs = Date.now() - upAt;
      const upIndex = outcomes.length;
      await until(
        'notes acknowledged again after the restart',
        () => outcomes.slice(upIndex).some((o) => o.status === 201),
        DEADLINE_MS,
      );

      // 2. Every backend of this database ended by the administrator (what a fast restart or failover looks like).
      const ended = await query<{ n: string }>(
        `select count(pg_terminate_backend(pid)) as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
      );
      expect(Number(ended[0]!.n)).toBeGreaterThan(0);
      const terminatedAt = outcomes.length;
      await until(
        'notes acknowledged after the backends were ended',
        () => outcomes.slice(terminatedAt).filter((o) => o.status === 201).length >= WRITERS,
        DEADLINE_MS,
      );
      loading = false;
      await load;

      // Both processes lived through it.
      expect(s.exit).toBeNull();
      expect(other.exit).toBeNull();
      expect(await readyz(s)).toBe(200);

      // Every answer was a success or a clean 503: no 500, no hang, no dropped connection.
      const unclean = outcomes.filter(
        (o) =>
          o.status !== 201 &&
          !(
            o.status === 503 &&
            o.contentType?.startsWith('application/problem+json') &&
            Number(o.retryAfter) > 0 &&
            (o.problem as { status?: number }).status === 503
          ),
      );
      const serverErrors = s.logs
        .filter((l) => l.msg === 'unexpected error')
        .map((l) => `${l.err?.code ?? ''} ${l.err?.message ?? ''}`);
      expect(unclean, serverErrors.join('\n')).toEqual([]);
      expect(failedWhileDown).toBeGreaterThan(0);

      // No acknowledged write lost: every 201 is in the database (a 503 may or may not have committed: its answer
      // was lost with the connection, which is what the client was told).
      const acknowledged = outcomes.filter((o) => o.status === 201).map((o) => o.text);
      const stored = (
        await query<{ payload: string }>(
          `select payload from timeline_events where type = 'note.added' and chain_id = any($1)`,
          [incidents],
        )
      ).map((r) => (JSON.parse(r.payload) as { text: string }).text);
      const missing = acknowledged.filter((t) => !stored.includes(t));
      expect(missing).toEqual([]);
      expect(new Set(stored).size).toBe(stored.length);

      // The LISTEN connection is back: a change made by the other process reaches this one's event stream (the
      // note made right after the restart too) and its status page cache.
      const late = await adminOther.post(`/api/v1/incidents/${incidents[0]}/notes`, {
        text: 'other, at the end',
      });
      expect(late.status).toBe(201);
      const texts = (stream: typeof streamS) =>
        stream.events.filter((e) => e.data.type === 'note.added').map((e) => e.data.payload.text as string);
      await until(
        'S streamed the other process’s notes',
        () => texts(streamS).includes('other, at the end'),
        DEADLINE_MS,
      );
      expect(texts(streamS)).toContain('other, right after');
      // Nothing was written to the witness incident since the outage: S's stream has the note because S, on getting
      // its LISTEN connection back, looked again for what it may have missed.
      await until(
        'S streamed the change made during the outage',
        () => texts(streamWitness).length > 0,
        DEADLINE_MS,
      );
      expect(texts(streamWitness)).toEqual(['made during the outage']);
      await until(
        'the other process streamed every note',
        () => texts(streamOther).includes('other, at the end'),
        DEADLINE_MS,
      );
      // Both streams hold every note of the incident that the database holds, each once, in the same order.
      const onIncident = (
        await query<{ payload: string }>(
          `select payload from timeline_events where type = 'note.added' and chain_id = $1 order by seq`,
          [incidents[0]],
        )
      ).map((r) => (JSON.parse(r.payload) as { text: string }).text);
      expect(texts(streamS)).toEqual(onIncident);
      expect(texts(streamOther)).toEqual(onIncident);
      streamS.close();
      streamOther.close();
      streamWitness.close();

      const changed = await adminOther.post(`/api/v1/status-page/components/${component.body.id}/status`, {
        status: 'partial_outage',
      });
      expect(changed.status, JSON.stringify(changed.body)).toBeLessThan(300);
      await until(
        'S’s status page shows the change made through the other process',
        async () => {
          const doc = await fetch(`${s.url}/api/v2/components.json`).then((r) => r.json() as Promise<any>);
          return doc.components.some(
            (c: { id: string; status: string }) =>
              c.id === component.body.id && c.status === 'partial_outage',
          );
        },
        DEADLINE_MS,
      );

      const worst = Math.max(...outcomes.map((o) => o.ms));
      console.log(
        [
          'PostgreSQL restarted under load, measured:',
          `  requests: ${outcomes.length}, acknowledged: ${acknowledged.length}, 503: ${outcomes.filter((o) => o.status === 503).length}`,
          `  notes in the database: ${stored.length} (acknowledged and all present; ${stored.length - acknowledged.length} committed whose answer was a 503)`,
          `  slowest answer: ${worst} ms; /readyz ready ${readyAfterMs} ms after the proxy accepted again`,
        ].join('\n'),
      );
      // Nothing the process logged was an unexpected error (a 500) or fatal; the worker's and the status page's
      // complaints about the outage are expected.
      expect(s.logs.filter((l) => l.level >= 60 || l.msg === 'unexpected error')).toEqual([]);
    },
    SLOW_MS,
  );
});
