// The SQLite file turns read-only, or its disk fills up, under a running server: a change is refused with a 503
// problem that names the reason in the reader's language (never a 500), the refused change leaves nothing behind,
// the file stays intact (integrity_check, the timeline's hash chains), and once the fault is gone the same change
// succeeds and everything from before is still there.
//
// How the faults are made: tests run as root, for whom file permissions do not bite, and CI cannot mount file
// systems. So the fault is switched on the server's own SQLite connection: `PRAGMA query_only` makes SQLite refuse
// every write with SQLITE_READONLY, and `PRAGMA max_page_count` at the current size makes any write that needs a new
// page fail with SQLITE_FULL ("database or disk is full"). Both are the result codes a read-only file or a full
// disk gives, raised inside the statements the normal request path runs, so everything above the driver (the
// transaction, the rollback, the error mapping) is exercised as in the real fault.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/core/i18n/index.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { setUp, type Client } from '../support/client.js';
import { stormbell } from '../support/cli.js';
import { declare } from '../incidents/support.js';

const recipientsPath = (incidentId: string) =>
  `/api/v1/incidents/${incidentId}/audiences/data_subjects/recipients`;
/** Big enough that storing it needs pages the file does not have yet. */
const upload = () =>
  [
    'email,name,language',
    ...Array.from({ length: 5000 }, (_, i) => `someone${i}@example.org,Someone ${i},en`),
  ].join('\n');

describe('fault: the SQLite file turns read-only or full', () => {
  let server: TestServer;
  let admin: Client;
  beforeAll(async () => {
    server = await startTestServer('sqlite', { worker: false });
    admin = await setUp(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  const pragma = async (text: string) =>
    (await sql.raw(`PRAGMA ${text}`).execute(server.running.store.db)).rows as Array<Record<string, unknown>>;

  it.each([
    {
      fault: 'read-only',
      key: 'error.storage_read_only' as const,
      on: async (): Promise<void> => {
        await pragma('query_only = 1');
      },
      off: async (): Promise<void> => {
        await pragma('query_only = 0');
      },
    },
    {
      fault: 'full',
      key: 'error.storage_full' as const,
      on: async (): Promise<void> => {
        const [{ page_count }] = (await pragma('page_count')) as [{ page_count: number }];
        await pragma(`max_page_count = ${page_count}`);
      },
      off: async (): Promise<void> => {
        await pragma('max_page_count = 4294967294');
      },
    },
  ])(
    "$fault: a 503 problem in the reader's language (never a 500), nothing corrupted, everything back afterwards",
    async ({ on, off, key }) => {
      const before = await declare(admin, { scenario_id: 'data_breach', title: 'Earlier incident' });
      const earlier = (await admin.get(`/api/v1/incidents/${before.id}`)).body;
      const timeline = (await admin.get(`/api/v1/incidents/${before.id}/timeline?limit=200`)).body.items;

      // The sentence names the fault (read-only or full), so the reader knows the administrator must act.
      const says = (language: 'en' | 'nl') => t(language, key);
      await on();
      try {
        const refused = await admin.post(recipientsPath(before.id), { csv: upload() });
        expect(refused.status, JSON.stringify(refused.body)).toBe(503);
        expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(refused.body).toMatchObject({ status: 503, detail: says('en') });
        admin.language = 'nl';
        const dutch = await admin.post(recipientsPath(before.id), { csv: upload() });
        expect(dutch.body).toMatchObject({ status: 503, detail: says('nl') });
        // What was there can still be read, and the refused change left nothing behind.
        const read = await admin.get(recipientsPath(before.id));
        expect(read.status, JSON.stringify(read.body)).toBe(200);
        expect(read.body.total).toBe(0);
        expect(await pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      } finally {
        admin.language = 'en';
        await off();
      }

      const stored = await admin.post(recipientsPath(before.id), { csv: upload() });
      expect(stored.status, JSON.stringify(stored.body).slice(0, 300)).toBe(200);
      expect(stored.body.total).toBe(5000);
      const after = await declare(admin, { scenario_id: 'data_breach', title: 'Later incident' });
      expect((await admin.get(`/api/v1/incidents/${before.id}`)).body).toEqual(earlier);
      const now = (await admin.get(`/api/v1/incidents/${before.id}/timeline?limit=200`)).body.items;
      expect(now).toEqual(expect.arrayContaining(timeline));
      expect((await admin.get(`/api/v1/incidents/${after.id}`)).status).toBe(200);
      expect(await pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const verified = await stormbell(['audit', 'verify'], { STORMBELL_DATABASE_URL: server.db.url });
      expect(verified.code, verified.stdout + verified.stderr).toBe(0);
    },
  );
});
