// A backup file is checked whole before anything is written: not a backup, cut short, damaged (the gzip data, a
// changed row with the old checksum, a wrong row count), or of a newer format: each refused with its own sentence
// (nl and en). A file that passes the checks but cannot be inserted is rolled back whole, on both databases.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestStore, forEachDatabase } from '../support/databases.js';
import { appendEvent } from '../../src/store/repos/timeline.js';
import { checkBackupFile } from '../../src/store/backup/read-backup.js';
import { BackupError } from '../../src/store/backup/errors.js';
import { decodeValue, encodeValue } from '../../src/store/backup/format.js';
import { backupEn } from '../../src/core/i18n/backup-en.js';
import { backupNl } from '../../src/core/i18n/backup-nl.js';
import { version } from '../../src/app/version.js';
import type { Dialect } from '../../src/store/db.js';
import { backUpInProcess, restoreInProcess, rowsByTable, writeLines, TRICKY, type Line } from './support.js';

/** A migrated database with an organisation and three events on its chain, and its backup. */
async function smallWorld(dialect: Dialect, dir: string) {
  const t = await createTestStore(dialect);
  await t.store.db
    .insertInto('organisation')
    .values({
      id: 'org',
      name: TRICKY,
      default_language: 'nl',
      secret: 's'.repeat(40),
      created_at: '2026-12-01T10:00:00.000Z',
    })
    .execute();
  for (let i = 0; i < 3; i++)
    await t.store.db.transaction().execute((trx) =>
      appendEvent(trx, dialect, {
        chainId: 'org',
        at: `2026-12-01T10:00:0${i}.000Z`,
        actorId: null,
        type: 'test.event',
        payload: { i, text: TRICKY },
      }),
    );
  const file = join(dir, `${dialect}.jsonl.gz`);
  const lines = await backUpInProcess(t.db.target, file);
  return { ...t, file, lines };
}

async function refusal(file: string): Promise<BackupError> {
  const err = await checkBackupFile(file, version).then(
    () => new Error('accepted'),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  return err as BackupError;
}

describe('damaged backup files', () => {
  let dir: string;
  let good: { file: string; lines: Line[]; dispose(): Promise<void> };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stormbell-backup-files-'));
    good = await smallWorld('sqlite', dir);
  });
  afterAll(async () => {
    await good?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  const path = (name: string) => join(dir, name);

  it("reads a good file, gzip'd or unpacked by hand", async () => {
    expect((await checkBackupFile(good.file, version)).tables.length).toBe(good.lines[0]!.tables.length);
    writeFileSync(path('plain.jsonl'), gunzipSync(readFileSync(good.file)));
    expect((await checkBackupFile(path('plain.jsonl'), version)).created_at).toBe(good.lines[0]!.created_at);
  });

  it('refuses what is not a backup, and a file that is not there', async () => {
    writeFileSync(path('notes.txt'), 'shopping list\n');
    expect((await refusal(path('notes.txt'))).message).toBe(
      `${path('notes.txt')} is not a Stormbell backup. Nothing was changed.`,
    );
    writeFileSync(path('other.json'), '{"format":"something-else","rows":[]}\n');
    expect((await refusal(path('other.json'))).key).toBe('backup.not_a_backup');
    writeFileSync(path('empty'), '');
    expect((await refusal(path('empty'))).key).toBe('backup.not_a_backup');
    const missing = await refusal(path('missing.jsonl.gz'));
    expect(missing.in('nl')).toBe(`Het bestand ${path('missing.jsonl.gz')} bestaat niet.`);
  });

  it('refuses a file cut short: in the middle of the gzip data, or complete lines without the trailer', async () => {
    const bytes = readFileSync(good.file);
    writeFileSync(path('half.jsonl.gz'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const half = await refusal(path('half.jsonl.gz'));
    expect(half.key).toBe('backup.truncated');
    expect(half.message).toMatch(/is incomplete: it stops before the end of the backup/);
    writeFileSync(
      path('no-trailer.jsonl'),
      good.lines
        .slice(0, -1)
        .map((l) => JSON.stringify(l) + '\n')
        .join(''),
    );
    expect((await refusal(path('no-trailer.jsonl'))).key).toBe('backup.truncated');
  });

  it('refuses damaged data: a changed byte, a changed row under the old checksum, a wrong row count', async () => {
    const bytes = Buffer.from(readFileSync(good.file));
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    writeFileSync(path('flipped.jsonl.gz'), bytes);
    expect((await refusal(path('flipped.jsonl.gz'))).key).toMatch(/^backup\.(corrupt|truncated)$/);

    const changed = structuredClone(good.lines);
    changed.find((l) => l.table === 'organisation')!.row.name = 'Someone else';
    writeLines(path('changed.jsonl.gz'), changed, { keepChecksum: true });
    const checksum = await refusal(path('changed.jsonl.gz'));
    expect(checksum.message).toBe(
      `${path('changed.jsonl.gz')} is damaged (the checksum does not match the contents). Nothing was changed.`,
    );
    expect(checksum.in('nl')).toBe(
      `${path('changed.jsonl.gz')} is beschadigd (de controlesom klopt niet met de inhoud). Er is niets veranderd.`,
    );

    const counted = structuredClone(good.lines);
    counted[0]!.tables.find((t: { name: string }) => t.name === 'timeline_events').rows = 4;
    writeLines(path('counted.jsonl.gz'), counted);
    expect((await refusal(path('counted.jsonl.gz'))).message).toContain(
      'table timeline_events should have 4 rows, the file has 3',
    );

    const extraColumn = structuredClone(good.lines);
    extraColumn.find((l) => l.table === 'organisation')!.row.extra = 'x';
    writeLines(path('column.jsonl.gz'), extraColumn);
    expect((await refusal(path('column.jsonl.gz'))).message).toMatch(
      /line \d+ is not what a backup holds there/,
    );
  });

  it('refuses a newer backup format, naming it', async () => {
    const newer = structuredClone(good.lines);
    newer[0]!.format_version = 2;
    newer[0]!.stormbell_version = '3.1.0';
    writeLines(path('format.jsonl.gz'), newer);
    expect((await refusal(path('format.jsonl.gz'))).message).toBe(
      `${path('format.jsonl.gz')} is in backup format 2; this Stormbell (${version}) reads format 1. Restore it with Stormbell 3.1.0 or newer. Nothing was changed.`,
    );
  });

  it('keeps values exactly: bytes as base64, PostgreSQL bigint strings as numbers', () => {
    const bytes = new Uint8Array([0, 1, 254, 255, 10]);
    const encoded = encodeValue(bytes, 'bytes');
    expect(encoded).toEqual({ base64: 'AAH+/wo=' });
    expect([...(decodeValue(encoded) as Uint8Array)]).toEqual([...bytes]);
    expect(encodeValue('9007199254740991', 'integer')).toBe(9007199254740991);
    expect(encodeValue('9007199254740993', 'integer')).toBe('9007199254740993');
    expect(encodeValue('0042', 'other')).toBe('0042');
    expect(encodeValue(null, 'other')).toBeNull();
  });

  it('has every message in Dutch and English with the same placeholders', () => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(backupNl).sort()).toEqual(Object.keys(backupEn).sort());
    for (const key of Object.keys(backupEn) as Array<keyof typeof backupEn>)
      expect(ph(backupNl[key]), key).toEqual(ph(backupEn[key]));
  });
});

forEachDatabase('a restore that fails part-way', (dialect) => {
  let dir: string;
  let world: Awaited<ReturnType<typeof smallWorld>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'stormbell-backup-rollback-'));
    world = await smallWorld(dialect, dir);
  });
  afterAll(async () => {
    await world?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('changes nothing: one transaction, rolled back whole', async () => {
    const target = await createTestStore(dialect);
    try {
      // Checks out (counts and checksum fit) but cannot be inserted: one event twice.
      const lines = structuredClone(world.lines);
      const events = lines.filter((l) => l.table === 'timeline_events');
      lines.splice(lines.indexOf(events.at(-1)!) + 1, 0, structuredClone(events[0]!));
      lines[0]!.tables.find((t: { name: string }) => t.name === 'timeline_events').rows += 1;
      lines.at(-1)!.rows += 1;
      const file = join(dir, 'duplicate.jsonl.gz');
      writeLines(file, lines);
      const err = await restoreInProcess(target.db.target, file).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(BackupError);
      expect((err as BackupError).message).toMatch(
        /^The restore failed in table timeline_events: .*\. Nothing was changed\.$/,
      );
      // The organisation and the first events went in before the failure; they are gone again.
      expect(await target.store.db.selectFrom('organisation').selectAll().execute()).toEqual([]);
      expect(await target.store.db.selectFrom('timeline_events').selectAll().execute()).toEqual([]);
      // So the good file restores without --force, and reads back the same.
      await restoreInProcess(target.db.target, world.file);
      const again = await backUpInProcess(target.db.target, join(dir, 'again.jsonl.gz'));
      expect(rowsByTable(again)).toEqual(rowsByTable(world.lines));
    } finally {
      await target.dispose();
    }
  });
});
