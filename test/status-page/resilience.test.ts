// The status page keeps serving its last good content when the real database goes away under the real loader:
// PostgreSQL refusing this suite's database (its connections ended, new ones not allowed: the shared server itself
// stays up for everyone else's tests), SQLite's file made unreadable. When the database is back, the page catches up
// by itself.
import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadStatusSnapshot } from '../../src/app/status-page/load-snapshot.js';
import { statusPageOf } from '../../src/status-page/plugin.js';
import { forEachDatabase, PG_ADMIN_URL } from '../support/databases.js';
import { setUp, type Client } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function raw(url: string, headers: Record<string, string> = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return;
    await sleep(25);
  }
  throw new Error(`not within ${ms} ms`);
}

async function asAdmin(sqlText: string): Promise<void> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    await c.query(sqlText);
  } finally {
    await c.end();
  }
}

forEachDatabase('status page when the database is unreachable', (dialect) => {
  let server: TestServer;
  let admin: Client;
  let componentId: string;
  const pgName = () => new URL(server.db.url).pathname.slice(1);

  beforeAll(async () => {
    server = await startTestServer(dialect);
    admin = await setUp(server.url);
    const group = await admin.post('/api/v1/status-page/groups', {
      name: { nl: 'Loketten', en: 'Service desks' },
    });
    expect(group.status).toBe(201);
    const component = await admin.post('/api/v1/status-page/components', {
      name: { nl: 'Paspoorten', en: 'Passports' },
      group_id: group.body.id,
    });
    expect(component.status).toBe(201);
    componentId = component.body.id;
    expect(
      (await admin.post(`/api/v1/status-page/components/${componentId}/status`, { status: 'partial_outage' }))
        .status,
    ).toBe(200);
    await until(async () =>
      (await raw(`${server.url}/status?lang=en`)).body.includes(
        'Passports</span><span class="st s-partial_outage">',
      ),
    );
  });
  afterAll(async () => {
    if (dialect === 'postgres' && server) await asAdmin(`alter database ${pgName()} allow_connections true`);
    await server?.close();
  });

  it('keeps serving the last good pages, feeds and JSON, and catches up when the database is back', async () => {
    const cache = statusPageOf(server.running.app)!.cache;
    await cache.settled();
    const before = {
      status: await raw(`${server.url}/status?lang=en`),
      history: await raw(`${server.url}/status/history?lang=nl`),
      summary: await raw(`${server.url}/api/v2/summary.json`),
      rss: await raw(`${server.url}/status/feed.rss?lang=en`),
    };
    for (const r of Object.values(before)) expect(r.status).toBe(200);

    if (dialect === 'postgres') {
      // This suite's database only: every connection to it ended, new ones refused.
      await asAdmin(`alter database ${pgName()} allow_connections false`);
      await asAdmin(`select pg_terminate_backend(pid) from pg_stat_activity where datname = '${pgName()}'`);
      await until(async () => (await raw(`${server.url}/readyz`)).status === 503);
    } else {
      const file = (server.db.target as { file: string }).file;
      // Unreadable: no permission at all, and (because chmod stops neither root nor a handle that is already
      // open) its bytes gone as a failing disk would lose them, the write-ahead log and its index too.
      chmodSync(file, 0);
      for (const f of [file, `${file}-wal`, `${file}-shm`])
        if (existsSync(f)) writeFileSync(f, Buffer.alloc(statSync(f).size, 0x5a));
    }
    // The real loader fails against the real database now.
    await expect(loadStatusSnapshot({ ...server.running.services, actor: null })).rejects.toThrow();

    // As a notification would: the cache tries to load, fails, keeps what it has.
    const failures = cache.stats.failures;
    cache.refresh();
    await until(() => cache.stats.failures > failures);

    const during = {
      status: await raw(`${server.url}/status?lang=en`),
      history: await raw(`${server.url}/status/history?lang=nl`),
      summary: await raw(`${server.url}/api/v2/summary.json`),
      rss: await raw(`${server.url}/status/feed.rss?lang=en`),
    };
    for (const key of Object.keys(before) as (keyof typeof before)[]) {
      expect(during[key].status, key).toBe(200);
      expect(during[key].headers.etag, key).toBe(before[key].headers.etag);
      expect(during[key].body, key).toBe(before[key].body);
    }
    expect(during.status.body).toContain('Passports</span><span class="st s-partial_outage">');
    // Pages not rendered before the outage are rendered from the snapshot in memory.
    const en = await raw(`${server.url}/status/history?lang=en`);
    expect(en.status).toBe(200);
    expect(en.body).toContain('<html lang="en">');
    expect(
      (await raw(`${server.url}/status?lang=en`, { 'if-none-match': before.status.headers.etag as string }))
        .status,
    ).toBe(304);
    // Still failing a while later (retries with backoff), still serving.
    await sleep(1500);
    expect((await raw(`${server.url}/status?lang=en`)).status).toBe(200);

    if (dialect === 'postgres') {
      await asAdmin(`alter database ${pgName()} allow_connections true`);
      await until(async () => (await raw(`${server.url}/readyz`)).status === 200);
      const fixed = await admin.post(`/api/v1/status-page/components/${componentId}/status`, {
        status: 'operational',
      });
      expect(fixed.status).toBe(200);
      await until(async () =>
        (await raw(`${server.url}/status?lang=en`)).body.includes(
          'Passports</span><span class="st s-operational">',
        ),
      );
    }
  });
});
