// The status page's cache: strong ETags and 304, gzip once with Vary, one load per burst of notifications, one
// render per snapshot and document, a change visible within a second (with fixtures, and on the real server over
// both databases), a reload at next_change_at, 503 (never 500) before the first snapshot, the last good content
// when loading fails.
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusSnapshot } from '../../src/core/status-page/snapshot.js';
import { CACHE_CONTROL } from '../../src/status-page/plugin.js';
import { statusPageOf } from '../../src/status-page/plugin.js';
import { forEachDatabase } from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { fixtureSnapshot, startPageServer } from './pages-fixture.js';

type Server = Awaited<ReturnType<typeof startPageServer>>;

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP GET that decodes nothing, so the test sees exactly the bytes and headers sent. */
function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, ms = 3000): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await sleep(10);
  }
  throw new Error(`not within ${ms} ms`);
}

describe('status page cache: ETag, 304, gzip', () => {
  let server: Server;
  beforeAll(async () => {
    const s = fixtureSnapshot();
    server = await startPageServer({ load: async () => s });
  });
  afterAll(() => server?.close());

  it('answers a strong ETag, short shared caching, and 304 on If-None-Match', async () => {
    const first = await raw(`${server.url}/status?lang=en`);
    expect(first.status).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers['cache-control']).toBe(CACHE_CONTROL);
    expect(CACHE_CONTROL).toMatch(/^public, .*s-maxage=5/);
    expect(first.headers['content-encoding']).toBeUndefined();

    const again = await raw(`${server.url}/status?lang=en`, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(CACHE_CONTROL);
    // A list, a weak form of the same tag, and *: all match (weak comparison for If-None-Match).
    expect((await raw(`${server.url}/status?lang=en`, { 'if-none-match': `"x", W/${etag}` })).status).toBe(
      304,
    );
    expect((await raw(`${server.url}/status?lang=en`, { 'if-none-match': '*' })).status).toBe(304);
    // Another document's tag does not.
    const nl = await raw(`${server.url}/status?lang=nl`);
    expect(nl.headers.etag).not.toBe(etag);
    expect(
      (await raw(`${server.url}/status?lang=en`, { 'if-none-match': nl.headers.etag as string })).status,
    ).toBe(200);
  });

  it('sends gzip (compressed once) when asked, with its own ETag and Vary', async () => {
    const plain = await raw(`${server.url}/api/v2/summary.json`);
    const zipped = await raw(`${server.url}/api/v2/summary.json`, { 'accept-encoding': 'br, gzip;q=0.8' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
    expect(zipped.body.length).toBeLessThan(plain.body.length);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    // Either tag revalidates.
    for (const tag of [plain.headers.etag, zipped.headers.etag] as string[])
      expect(
        (await raw(`${server.url}/api/v2/summary.json`, { 'accept-encoding': 'gzip', 'if-none-match': tag }))
          .status,
      ).toBe(304);
    // gzip;q=0 means no gzip.
    const refused = await raw(`${server.url}/api/v2/summary.json`, {
      'accept-encoding': 'gzip;q=0, identity',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    // The same bytes every time: compressed once per snapshot, not per request.
    const zippedAgain = await raw(`${server.url}/api/v2/summary.json`, { 'accept-encoding': 'gzip' });
    expect(zippedAgain.body.equals(zipped.body)).toBe(true);
  });
});

describe('status page cache: HEAD and a renderer that fails', () => {
  it('answers HEAD with the headers of GET and no body', async () => {
    const s = fixtureSnapshot();
    const server = await startPageServer({ load: async () => s });
    try {
      const get = await raw(`${server.url}/status?lang=en`);
      const head = await new Promise<Raw>((resolve, reject) => {
        const req = request(`${server.url}/status?lang=en`, { method: 'HEAD' }, (res) => {
          res.resume();
          res.on('end', () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.alloc(0) }),
          );
        });
        req.on('error', reject);
        req.end();
      });
      expect(head.status).toBe(200);
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(head.headers['content-length']).toBe(String(get.body.length));
    } finally {
      await server.close();
    }
  });

  it('keeps the previous document when a renderer fails on a new snapshot, and logs it once', async () => {
    let snapshot = fixtureSnapshot();
    let notify: () => void = () => {};
    const server = await startPageServer({
      load: async () => snapshot,
      subscribe: (onChange) => {
        notify = onChange;
        return () => {};
      },
    });
    try {
      const good = await raw(`${server.url}/status?lang=en`);
      // A snapshot the page renderer cannot handle (a component without its day list).
      snapshot = fixtureSnapshot();
      (snapshot.components[0] as { days: unknown }).days = null;
      notify();
      await server.cache.settled();
      for (let i = 0; i < 3; i++) {
        const res = await raw(`${server.url}/status?lang=en`);
        expect(res.status).toBe(200);
        expect(res.headers.etag).toBe(good.headers.etag);
      }
      expect(server.warnings).toEqual(['status page: rendering failed']);
      // A document never rendered before has nothing to fall back on: 503, not 500.
      expect((await raw(`${server.url}/status?lang=nl`)).status).toBe(503);
      // Documents the renderer can still make are new.
      expect((await raw(`${server.url}/api/v2/status.json`)).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('status page cache: loads and renders', () => {
  let snapshot: StatusSnapshot;
  let notify: () => void = () => {};
  let server: Server;
  let loadDelay = 0;
  beforeAll(async () => {
    snapshot = fixtureSnapshot();
    server = await startPageServer({
      load: async () => {
        if (loadDelay) await sleep(loadDelay);
        return structuredClone(snapshot);
      },
      subscribe: (onChange) => {
        notify = onChange;
        return () => {};
      },
      refreshEveryMs: 0,
    });
    await server.cache.settled();
  });
  afterAll(() => server?.close());

  it('loads once and renders each document once, however many ask at once', async () => {
    await server.cache.settled(); // the first load may still be running on a busy machine
    const loads = server.cache.stats.loads;
    const renders = server.cache.stats.renders;
    const answers = await Promise.all(Array.from({ length: 100 }, () => raw(`${server.url}/status?lang=en`)));
    expect(new Set(answers.map((a) => a.headers.etag)).size).toBe(1);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(server.cache.stats.loads).toBe(loads);
    expect(server.cache.stats.renders).toBe(renders + 1);
    await Promise.all(Array.from({ length: 20 }, () => raw(`${server.url}/status?lang=nl`)));
    expect(server.cache.stats.renders).toBe(renders + 2);
  });

  it('shows a notified change at once, with a new ETag', async () => {
    const before = await raw(`${server.url}/status?lang=en`);
    snapshot.components[0]!.status = 'partial_outage';
    snapshot.components[0]!.name.en = 'Passport appointments';
    const loads = server.cache.stats.loads;
    notify();
    // No timing assertion (the machine is shared; speed is measured in bench/): what is proven is that the
    // notification itself reloads the snapshot, long before any periodic refresh would.
    await until(async () =>
      (await raw(`${server.url}/status?lang=en`)).body
        .toString()
        .includes('Passport appointments</span><span class="st s-partial_outage">'),
    );
    expect(server.cache.stats.loads).toBeGreaterThan(loads);
    const after = await raw(`${server.url}/status?lang=en`, {
      'if-none-match': before.headers.etag as string,
    });
    expect(after.status).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
  });

  it('coalesces a burst of notifications: one load running, one after it', async () => {
    await server.cache.settled();
    loadDelay = 50;
    const loads = server.cache.stats.loads;
    for (let i = 0; i < 50; i++) notify();
    await server.cache.settled();
    expect(server.cache.stats.loads - loads).toBe(2);
    loadDelay = 0;
  });

  it('renders nothing new when a reload finds nothing changed', async () => {
    await server.cache.settled();
    const first = await raw(`${server.url}/status?lang=en`);
    const renders = server.cache.stats.renders;
    const generation = server.cache.current()!.generation;
    notify();
    await server.cache.settled();
    const second = await raw(`${server.url}/status?lang=en`);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(server.cache.stats.renders).toBe(renders);
    expect(server.cache.current()!.generation).toBe(generation);
  });

  it('loads again at next_change_at without being told', async () => {
    await server.cache.settled();
    snapshot.next_change_at = new Date(Date.now() + 300).toISOString();
    snapshot.maintenances[1]!.name.en = 'Replacing the routers';
    notify();
    await server.cache.settled();
    const loads = server.cache.stats.loads;
    // What the snapshot says at that moment (the loader computes maintenance status from the time).
    snapshot.maintenances[1]!.status = 'in_progress';
    snapshot.next_change_at = null;
    await sleep(200);
    expect(server.cache.stats.loads).toBe(loads);
    await until(async () => server.cache.stats.loads > loads, 2000);
    await server.cache.settled();
    const page = (await raw(`${server.url}/status?lang=en`)).body.toString();
    expect(page).toMatch(/Replacing the routers<\/h3>\n<p class="meta"><strong>In progress<\/strong>/);
  });
});

describe('status page cache: when loading fails', () => {
  it('answers 503 with Retry-After (never 500) before the first snapshot, and logs once', async () => {
    let calls = 0;
    const server = await startPageServer({
      load: async () => {
        calls++;
        throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
      },
      retry: { baseMs: 20, maxMs: 40, jitter: 0 },
    });
    try {
      await until(async () => calls >= 4);
      for (const [path, type] of [
        ['/status?lang=nl', 'text/html'],
        ['/status/history', 'text/html'],
        ['/status/incidents/abc', 'text/html'],
        ['/status/feed.rss', 'application/problem+json'],
        ['/api/v2/summary.json', 'application/problem+json'],
      ] as const) {
        const res = await raw(`${server.url}${path}`);
        expect(res.status, path).toBe(503);
        expect(res.headers['retry-after']).toBe('5');
        expect(res.headers['cache-control']).toBe('no-store');
        expect(String(res.headers['content-type'])).toContain(type);
      }
      const page = (await raw(`${server.url}/status?lang=nl`)).body.toString();
      expect(page).toContain('<html lang="nl">');
      expect(page).toContain('Probeer het over een paar seconden opnieuw');
      expect(server.warnings).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('keeps serving the last good documents while loading fails, and picks up again when it works', async () => {
    let failing = false;
    let snapshot = fixtureSnapshot();
    let notify: () => void = () => {};
    const server = await startPageServer({
      load: async () => {
        if (failing) throw new Error('SQLITE_CANTOPEN: unable to open database file');
        return snapshot;
      },
      subscribe: (onChange) => {
        notify = onChange;
        return () => {};
      },
      retry: { baseMs: 20, maxMs: 40, jitter: 0 },
    });
    try {
      await server.cache.settled();
      const good = await raw(`${server.url}/status?lang=en`);
      failing = true;
      notify();
      await until(async () => server.cache.stats.failures >= 3);
      const during = await raw(`${server.url}/status?lang=en`);
      expect(during.status).toBe(200);
      expect(during.headers.etag).toBe(good.headers.etag);
      expect(during.body.equals(good.body)).toBe(true);
      expect((await raw(`${server.url}/status/history?lang=en`)).status).toBe(200);
      expect(server.warnings).toEqual([
        'status page: loading failed, serving the last good content until it works again',
      ]);
      snapshot = { ...fixtureSnapshot(), page: { ...snapshot.page, name: 'Back again' } };
      failing = false;
      // The retry with backoff finds it, without a notification.
      await until(async () =>
        (await raw(`${server.url}/status?lang=en`)).body.toString().includes('Back again'),
      );
    } finally {
      await server.close();
    }
  });
});

forEachDatabase('status page on the real server: a change is visible at once', (dialect) => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
  });
  afterAll(() => server?.close());

  it('shows a component status change at once, loading once per change', async () => {
    const created = await admin.post('/api/v1/status-page/components', {
      name: { nl: 'Afspraken maken', en: 'Booking appointments' },
    });
    expect(created.status).toBe(201);
    await until(async () =>
      (await raw(`${server.url}/status?lang=en`)).body.toString().includes('Booking appointments'),
    );
    const cache = statusPageOf(server.running.app)!.cache;
    await cache.settled();
    const loads = cache.stats.loads;

    const changed = await admin.post(`/api/v1/status-page/components/${created.body.id}/status`, {
      status: 'major_outage',
    });
    expect(changed.status).toBe(200);
    // The change has committed when the answer arrives. It shows without waiting for the minute's refresh: the
    // timeline notification reloads the snapshot (how fast is measured in bench/, not asserted here).
    await until(async () =>
      (await raw(`${server.url}/status?lang=en`)).body
        .toString()
        .includes('Booking appointments</span><span class="st s-major_outage">'),
    );
    await cache.settled();
    // One change, one or two loads (a burst of events from one transaction coalesces), not one per request.
    expect(cache.stats.loads - loads).toBeGreaterThanOrEqual(1);
    expect(cache.stats.loads - loads).toBeLessThanOrEqual(2);
    const json = JSON.parse((await raw(`${server.url}/api/v2/components.json`)).body.toString()) as {
      components: { name: string; status: string }[];
    };
    expect(json.components.find((c) => c.name === 'Booking appointments')?.status).toBe('major_outage');
  });

  it('sends the security headers itself on the cached routes (helmet is off there, for speed)', async () => {
    const page = await raw(`${server.url}/status`);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const json = await raw(`${server.url}/api/v2/status.json`);
    expect(json.headers['x-content-type-options']).toBe('nosniff');
    expect(json.headers['access-control-allow-origin']).toBe('*');
    expect(json.headers['cross-origin-resource-policy']).toBe('cross-origin');
    // The rest of the server keeps helmet's own.
    const app = await raw(`${server.url}/`);
    expect(app.headers['content-security-policy']).toContain("script-src 'self'");
  });
});
