// Backup and restore on both databases, through the real `stormbell` command: a backup taken while the server
// writes is one consistent snapshot; restored into a fresh database its timeline verifies, a second backup of it
// holds the same data, and the HTTP API shows the same incidents and timelines; a new incident after the restore
// goes on from the restored counters. Refusals (data in the way, a newer or older schema) change nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createTestDatabase,
  forEachDatabase,
  postgresAvailable,
  type TestDatabase,
} from '../support/databases.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { stormbell } from '../support/cli.js';
import { declare } from '../incidents/support.js';
import { migrations } from '../../src/store/migrations/index.js';
import { version } from '../../src/app/version.js';
import { Migrator } from 'kysely';
import { openStore, migrate } from '../../src/store/db.js';
import { readCatalog } from '../../src/store/backup/catalog.js';
import { BackupError } from '../../src/store/backup/errors.js';
import { verifyAudit } from '../../src/app/audit/verify-audit.js';
import {
  backUpInProcess,
  restoreInProcess,
  keepWriting,
  logIn,
  populate,
  readLines,
  rowsByTable,
  serveExisting,
  writeLines,
  TRICKY,
  LONG,
  type Line,
  type World,
} from './support.js';

const NEWEST = Object.keys(migrations).at(-1)!;
const PREVIOUS = Object.keys(migrations).at(-2)!;
/** Each child process starts the whole CLI: seconds apiece on a busy machine. */
const SLOW = 180_000;

forEachDatabase('backup and restore', (dialect) => {
  let server: TestServer;
  let world: World;
  let dir: string;
  const dbs: TestDatabase[] = [];
  const env = (db: TestDatabase) => ({ STORMBELL_DATABASE_URL: db.url });
  const fresh = async () => {
    const db = await createTestDatabase(dialect);
    dbs.push(db);
    return db;
  };
  /** Backs up `db` (in this process: the CLI is tested where it matters, it costs a second a run). */
  const backUp = async (db: TestDatabase, name: string) => {
    const file = join(dir, name);
    return { file, lines: await backUpInProcess(db.target, file) };
  };
  const migrated = async () => {
    const db = await fresh();
    const store = openStore(db.target);
    await migrate(store);
    await store.close();
    return db;
  };
  const rowLines = (lines: Line[]) => lines.filter((l) => 'table' in l);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stormbell-backup-'));
    server = await startTestServer(dialect);
    world = await populate(server.url);
  }, SLOW);
  afterAll(async () => {
    await server?.close();
    for (const db of dbs) await db.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  let first: { file: string; lines: Line[] };
  let restoredCopy: TestDatabase;

  it(
    'takes a consistent backup while the server goes on writing',
    async () => {
      const writer = keepWriting(world.admin, world.incidentId);
      const file = join(dir, 'during-writes.jsonl.gz');
      while (writer.writes < 3) await new Promise((r) => setTimeout(r, 20));
      const before = writer.writes;
      const res = await stormbell(['backup', '--output', file], env(server.db));
      const during = writer.writes - before;
      await writer.stop();
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      // The server was writing before, while and after the backup ran.
      expect(during).toBeGreaterThan(0);
      const lines = readLines(file);
      first = { file, lines };
      const header = lines[0]!;
      expect(header).toMatchObject({
        format: 'stormbell-backup',
        format_version: 1,
        dialect,
        stormbell_version: version,
      });
      expect(header.migrations).toEqual(Object.keys(migrations));
      const rows = rowsByTable(lines);
      expect(res.stdout).toBe(
        `Backup written to ${file}: ${rowLines(lines).length} rows in ${header.tables.length} tables, database schema ${NEWEST}, Stormbell ${version}.\n`,
      );
      for (const t of header.tables) expect(rows[t.name]?.length ?? 0, t.name).toBe(t.rows);

      // One snapshot: every chain's head is its last event, every event's chain is an incident or the organisation,
      // the counter gave exactly the references the incidents have, every child row has its parent.
      const incidents = new Set(rows.incidents!.map((i) => i.id));
      const events = rows.timeline_events!;
      for (const head of rows.timeline_chains!) {
        const chain = events.filter((e) => e.chain_id === head.chain_id);
        expect(chain.length, head.chain_id).toBe(head.last_seq);
        expect(chain.find((e) => e.seq === head.last_seq)?.hash).toBe(head.last_hash);
      }
      for (const e of events)
        expect(e.chain_id === 'org' || incidents.has(e.chain_id), e.chain_id).toBe(true);
      for (const table of ['tasks', 'messages', 'decisions', 'incident_roles', 'obligations'])
        for (const r of rows[table]!) expect(incidents.has(r.incident_id), `${table} ${r.id}`).toBe(true);
      const counted = rows.incident_counters!.reduce((n, c) => n + c.last_seq, 0);
      expect(counted).toBe(incidents.size);
      expect(rows.incidents!.some((i) => i.title === TRICKY)).toBe(true);
      expect(events.some((e) => JSON.parse(e.payload).text === LONG)).toBe(true);
      // A follow-up refers to the obligation it follows (a row referring to its own table).
      expect(rows.obligations!.some((o) => o.follows_id !== null)).toBe(true);
    },
    SLOW,
  );

  it(
    'restores into a migrated, empty database; the timeline verifies; a second backup holds the same data',
    async () => {
      const db = await migrated();
      const res = await stormbell(['restore', first.file], env(db));
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const events = rowsByTable(first.lines).timeline_events!.length;
      expect(res.stdout).toMatch(new RegExp(`^Restored .* \\(${rowLines(first.lines).length} rows in `));
      expect(res.stdout).toMatch(new RegExp(`\\nTimeline intact: ${events} events in \\d+ chains\\.\\n$`));

      const second = await backUp(db, 'second.jsonl.gz');
      expect(second.lines[0]!.tables).toEqual(first.lines[0]!.tables);
      expect(second.lines[0]!.migrations).toEqual(first.lines[0]!.migrations);
      expect(rowLines(second.lines)).toEqual(rowLines(first.lines));
    },
    SLOW,
  );

  it(
    'a restored database serves the same incidents and timelines, and new incidents go on from there',
    async () => {
      // Quiet now: the original and its restored copy must answer alike.
      const quiet = await backUp(server.db, 'quiet.jsonl.gz');
      const db = await fresh();
      restoredCopy = db;
      // Into a database without tables: the restore migrates it first.
      const res = await stormbell(['restore', quiet.file, '--language', 'nl'], env(db));
      expect(res.stderr).toBe('');
      expect(res.stdout).toMatch(
        /^.* teruggezet \(.*\nTijdlijn intact: \d+ gebeurtenissen in \d+ ketens\.\n$/,
      );
      const copy = await serveExisting(db.url);
      try {
        const there = await logIn(copy.url);
        const list = async (c: typeof there) => (await c.get('/api/v1/incidents?all=true')).body;
        const original = await list(world.admin);
        expect(original.items.length).toBeGreaterThan(2);
        expect(await list(there)).toEqual(original);
        for (const incident of original.items) {
          for (const p of [
            `/api/v1/incidents/${incident.id}/timeline?limit=200`,
            `/api/v1/incidents/${incident.id}/legal`,
          ]) {
            const a = await world.admin.get(p);
            expect(a.status).toBe(200);
            expect((await there.get(p)).body, p).toEqual(a.body);
          }
        }
        const review = `/api/v1/incidents/${world.incidentId}/review`;
        expect((await there.get(review)).body.contributions).toEqual(
          (await world.admin.get(review)).body.contributions,
        );
        for (const p of [
          '/api/v1/status-page/components',
          '/api/v1/status-page/maintenances',
          '/api/v1/plan/versions',
        ])
          expect((await there.get(p)).body, p).toEqual((await world.admin.get(p)).body);

        // The counters came along: the next incident takes the next number, on the copy as on the original.
        const next = await declare(there, { title: 'After the restore' });
        const references = original.items.map((i: { reference: string }) => i.reference);
        expect(references).not.toContain(next.reference);
        expect(next.reference).toBe(
          references
            .sort()
            .at(-1)!
            .replace(/\d+$/, (n: string) => String(Number(n) + 1).padStart(n.length, '0')),
        );
        expect(
          (await there.post(`/api/v1/incidents/${world.incidentId}/notes`, { text: 'after' })).status,
        ).toBe(201);
      } finally {
        await copy.stop();
      }
      const store = openStore(db.target);
      expect((await verifyAudit(store)).intact).toBe(true);
      await store.close();
    },
    SLOW,
  );

  it(
    'refuses a database that holds data without --force, changing nothing; --force replaces everything',
    async () => {
      const db = restoredCopy;
      // A database that holds data is refused without --force, and left as it was.
      const before = await backUp(db, 'before-refusal.jsonl.gz');
      const refused = await stormbell(['restore', first.file], env(db));
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(
        /^stormbell: The database already holds data \(.*\)\. A restore replaces everything in it: run again with --force to do that\. Nothing was changed\.\n$/,
      );
      expect(rowLines((await backUp(db, 'after-refusal.jsonl.gz')).lines)).toEqual(rowLines(before.lines));
      // With --force everything is replaced by the backup, in one go.
      await restoreInProcess(db.target, first.file, true);
      expect(rowLines((await backUp(db, 'after-force.jsonl.gz')).lines)).toEqual(rowLines(first.lines));
    },
    SLOW,
  );

  it(
    'restores into the other database (SQLite to PostgreSQL and back) with the same rows',
    async (context) => {
      const other = dialect === 'sqlite' ? 'postgres' : 'sqlite';
      if (other === 'postgres' && !(await postgresAvailable())) context.skip();
      const db = await createTestDatabase(other);
      dbs.push(db);
      await restoreInProcess(db.target, first.file);
      const moved = await backUpInProcess(db.target, join(dir, `moved-to-${other}.jsonl.gz`));
      expect(moved[0]!.dialect).toBe(other);
      expect(moved[0]!.tables).toEqual(first.lines[0]!.tables);
      // Rows may come in another order (PostgreSQL sorts text by its collation, SQLite by bytes); the same rows.
      const sorted = (lines: Line[]) =>
        Object.fromEntries(
          Object.entries(rowsByTable(lines)).map(([t, rows]) => [
            t,
            rows.map((r) => JSON.stringify(r)).sort(),
          ]),
        );
      expect(sorted(moved)).toEqual(sorted(first.lines));
      const store = openStore(db.target);
      expect((await verifyAudit(store)).intact).toBe(true);
      await store.close();
    },
    SLOW,
  );

  it(
    'refuses a backup from a newer Stormbell by name and version, changing nothing',
    async () => {
      const newer = join(dir, 'newer.jsonl.gz');
      const lines = structuredClone(first.lines);
      lines[0]!.migrations.push('0099-future-things');
      lines[0]!.stormbell_version = '9.0.0';
      writeLines(newer, lines);
      const db = await fresh();
      const res = await stormbell(['restore', newer], env(db));
      expect(res.code).toBe(1);
      expect(res.stderr).toBe(
        `stormbell: ${newer} was made by Stormbell 9.0.0 with database schema 0099-future-things. This Stormbell (${version}) knows schema up to ${NEWEST} and not 0099-future-things. Upgrade Stormbell to 9.0.0 or newer and restore again. Nothing was changed.\n`,
      );
      // Nothing was made: the database still has no Stormbell tables.
      const nothing = await stormbell(['backup', '--output', join(dir, 'nothing.jsonl.gz')], env(db));
      expect(nothing.code).toBe(1);
      expect(nothing.stderr).toMatch(
        /^stormbell: There is no Stormbell database at .*: nothing to back up\.\n$/,
      );
    },
    SLOW,
  );

  it(
    'restores a backup from an older Stormbell into an empty database and brings it up to date',
    async () => {
      // What the Stormbell before the newest migration had: a database migrated that far shows its tables.
      const oldDb = await fresh();
      const oldStore = openStore(oldDb.target);
      await new Migrator({
        db: oldStore.db,
        provider: { getMigrations: async () => migrations },
      }).migrateTo(PREVIOUS);
      const oldTables = new Map(
        (await readCatalog(oldStore.db, oldStore.dialect)).map((t) => [t.name, t.columns]),
      );
      await oldStore.close();
      // The backup as that Stormbell would have written it: its tables, its columns, its migrations.
      const project = (row: Line, table: string) =>
        Object.fromEntries(oldTables.get(table)!.map((c) => [c, row[c]]));
      const older = join(dir, 'older.jsonl.gz');
      const oldLines = structuredClone(first.lines)
        .filter((l) => !('table' in l) || oldTables.has(l.table))
        .map((l) => ('table' in l ? { table: l.table, row: project(l.row, l.table) } : l));
      const header = oldLines[0]!;
      header.migrations = header.migrations.slice(0, -1);
      header.tables = header.tables
        .filter((t: { name: string }) => oldTables.has(t.name))
        .map((t: { name: string }) => ({ ...t, columns: oldTables.get(t.name) }));
      writeLines(older, oldLines);

      const refused = await restoreInProcess((await migrated()).target, older).catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as BackupError).in('en')).toContain(
        `The database is at schema ${NEWEST}, newer than the backup (${PREVIOUS}, Stormbell ${version}). Restore into a database without tables`,
      );

      const db = await fresh();
      const restored = await restoreInProcess(db.target, older);
      expect(restored.migratedAfter).toEqual([NEWEST]);
      const store = openStore(db.target);
      expect((await verifyAudit(store)).intact).toBe(true);
      await store.close();
      const now = await backUp(db, 'older-restored.jsonl.gz');
      expect(now.lines[0]!.migrations).toEqual(Object.keys(migrations));
      // Every row of the older backup is there, as it was.
      expect(
        rowLines(now.lines)
          .filter((l) => oldTables.has(l.table))
          .map((l) => ({ table: l.table, row: project(l.row, l.table) })),
      ).toEqual(rowLines(oldLines));
    },
    SLOW,
  );
});
