// Reads a backup file line by line (never the whole file in memory) and checks it as it goes: what it is (a
// Stormbell backup of a format this version reads), every line's shape against the header, the row counts, and
// at the end the trailer's SHA-256 over every line before it. A file cut short or damaged is reported as such.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { BackupError } from './errors.js';
import {
  decodeValue,
  FORMAT,
  FORMAT_VERSION,
  ZHeader,
  ZRowLine,
  ZTrailer,
  type BackupHeader,
  type Value,
} from './format.js';

/** Longer than any row Stormbell writes (requests are limited to 1 MiB); a longer line means a damaged file. */
const MAX_LINE = 256 * 1024 * 1024;

export type BackupLine =
  { kind: 'header'; header: BackupHeader } | { kind: 'row'; table: string; row: Record<string, Value> };

/** Reads the whole file and checks it; returns its header. Throws a BackupError naming what is wrong. */
export async function checkBackupFile(file: string, stormbellVersion: string): Promise<BackupHeader> {
  let header: BackupHeader | undefined;
  for await (const line of readBackup(file, stormbellVersion))
    if (line.kind === 'header') header = line.header;
  return header!;
}

/**
 * The header, then every row. Throws at the point where the file stops being a good backup; the last rows are
 * only trustworthy once the iteration has ended without an error (the checksum is at the end).
 */
export async function* readBackup(file: string, stormbellVersion: string): AsyncGenerator<BackupLine> {
  const hash = createHash('sha256');
  let header: BackupHeader | null = null;
  let lineNo = 0;
  let tableIndex = 0;
  const counts = new Map<string, number>();
  let ended = false;
  const damaged = (detail: 'backup.corrupt_line' | 'backup.corrupt_checksum' | 'backup.corrupt_gzip') =>
    new BackupError('backup.corrupt', { file }, { detail: { key: detail, params: { line: lineNo } } });

  for await (const bytes of lines(await openInput(file), file)) {
    lineNo++;
    if (ended) {
      if (bytes.length === 0) continue;
      throw damaged('backup.corrupt_line');
    }
    let text: string;
    let value: unknown;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      value = JSON.parse(text);
    } catch {
      if (lineNo === 1) throw new BackupError('backup.not_a_backup', { file });
      throw damaged('backup.corrupt_line');
    }
    if (lineNo === 1) {
      header = parseHeader(value, file, stormbellVersion);
      hash.update(bytes).update('\n');
      yield { kind: 'header', header };
      continue;
    }
    const h = header!;
    if (value !== null && typeof value === 'object' && 'end' in value) {
      const trailer = ZTrailer.safeParse(value);
      if (!trailer.success) throw damaged('backup.corrupt_line');
      if (trailer.data.sha256 !== hash.digest('hex')) throw damaged('backup.corrupt_checksum');
      let total = 0;
      for (const t of h.tables) {
        const found = counts.get(t.name) ?? 0;
        total += found;
        if (found !== t.rows)
          throw new BackupError(
            'backup.corrupt',
            { file },
            {
              detail: {
                key: 'backup.corrupt_counts',
                params: { table: t.name, expected: t.rows, found },
              },
            },
          );
      }
      if (total !== trailer.data.rows) throw damaged('backup.corrupt_checksum');
      ended = true;
      continue;
    }
    hash.update(bytes).update('\n');
    const parsed = ZRowLine.safeParse(value);
    if (!parsed.success) throw damaged('backup.corrupt_line');
    const { table, row } = parsed.data;
    // Rows come table by table in the header's order, each with exactly the header's columns.
    while (tableIndex < h.tables.length && h.tables[tableIndex]!.name !== table) tableIndex++;
    const spec = h.tables[tableIndex];
    if (!spec) throw damaged('backup.corrupt_line');
    const names = Object.keys(row);
    if (names.length !== spec.columns.length || !spec.columns.every((c) => c in row))
      throw damaged('backup.corrupt_line');
    counts.set(table, (counts.get(table) ?? 0) + 1);
    const decoded: Record<string, Value> = {};
    for (const c of spec.columns) decoded[c] = decodeValue(row[c]!);
    yield { kind: 'row', table, row: decoded };
  }
  if (lineNo === 0) throw new BackupError('backup.not_a_backup', { file });
  if (!ended) throw new BackupError('backup.truncated', { file });
}

function parseHeader(value: unknown, file: string, stormbellVersion: string): BackupHeader {
  const v = value as Record<string, unknown> | null;
  if (v === null || typeof v !== 'object' || v.format !== FORMAT)
    throw new BackupError('backup.not_a_backup', { file });
  if (typeof v.format_version === 'number' && v.format_version > FORMAT_VERSION)
    throw new BackupError('backup.format_newer', {
      file,
      found: v.format_version,
      supported: FORMAT_VERSION,
      ours: stormbellVersion,
      version: typeof v.stormbell_version === 'string' ? v.stormbell_version : '?',
    });
  const header = ZHeader.safeParse(value);
  if (!header.success)
    throw new BackupError(
      'backup.corrupt',
      { file },
      { detail: { key: 'backup.corrupt_line', params: { line: 1 } } },
    );
  return header.data;
}

/** The file's bytes, unpacked when gzip'd (a backup someone unpacked by hand reads as well). */
async function openInput(file: string): Promise<Readable> {
  let first: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      first = Buffer.alloc(2);
      const { bytesRead } = await handle.read(first, 0, 2, 0);
      first = first.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'error';
    throw new BackupError(code === 'ENOENT' ? 'backup.no_file' : 'backup.cannot_read', { file, code });
  }
  const raw = createReadStream(file);
  if (first[0] === 0x1f && first[1] === 0x8b) return pipeline(raw, createGunzip(), () => {});
  return raw;
}

/** Splits a byte stream on newlines; a gzip stream that stops early or does not unpack becomes a BackupError. */
async function* lines(input: Readable, file: string): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let pendingLength = 0;
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      let start = 0;
      for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, start)) {
        pending.push(chunk.subarray(start, i));
        yield Buffer.concat(pending);
        pending = [];
        pendingLength = 0;
        start = i + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingLength += chunk.length - start;
        if (pendingLength > MAX_LINE)
          throw new BackupError('backup.corrupt', { file }, { detail: { key: 'backup.corrupt_gzip' } });
      }
    }
  } catch (err) {
    if (err instanceof BackupError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'Z_BUF_ERROR') throw new BackupError('backup.truncated', { file });
    if (code === 'Z_DATA_ERROR' || code === 'Z_STREAM_ERROR')
      throw new BackupError('backup.corrupt', { file }, { detail: { key: 'backup.corrupt_gzip' } });
    throw err;
  } finally {
    input.destroy();
  }
  // A last line without a newline is still a line (a file cut short mid-line ends up here).
  if (pendingLength > 0) yield Buffer.concat(pending);
}
