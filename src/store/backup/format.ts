// The backup file: gzip'd JSON lines, the same for SQLite and PostgreSQL. Line 1 is the header (format, Stormbell
// version, dialect, time, migrations applied, each table with its columns and row count); then every row as
// {"table", "row"}, table by table in foreign-key order, rows by primary key; the last line is the trailer with the
// number of rows and the SHA-256 of every line before it.
import { z } from 'zod';
import type { ColumnKind } from './catalog.js';

export const FORMAT = 'stormbell-backup';
export const FORMAT_VERSION = 1;

export const ZHeader = z.object({
  format: z.literal(FORMAT),
  format_version: z.number().int().positive(),
  stormbell_version: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  created_at: z.string(),
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({ name: z.string().min(1), columns: z.array(z.string().min(1)), rows: z.number().int().min(0) }),
  ),
});
export type BackupHeader = z.infer<typeof ZHeader>;

/** A stored value: text and numbers as JSON has them, bytes as base64 (no column holds bytes today). */
const ZValue = z.union([z.null(), z.string(), z.number(), z.object({ base64: z.string() }).strict()]);
export const ZRowLine = z.object({ table: z.string(), row: z.record(z.string(), ZValue) }).strict();
export type RowLine = z.infer<typeof ZRowLine>;

export const ZTrailer = z
  .object({
    end: z.literal(FORMAT),
    rows: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type BackupTrailer = z.infer<typeof ZTrailer>;

export type Value = string | number | null | Uint8Array;

/**
 * A value as read from either database, made the same for both: PostgreSQL gives bigint as a string, SQLite as a
 * number; both become a number (a string only beyond 2^53, which PostgreSQL and SQLite read back exactly).
 */
export function encodeValue(value: unknown, kind: ColumnKind): string | number | null | { base64: string } {
  if (value === null || value === undefined) return null;
  if (value instanceof Uint8Array) return { base64: Buffer.from(value).toString('base64') };
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (kind === 'integer' && typeof value === 'string' && /^-?\d+$/.test(value)) {
    const n = Number(value);
    return Number.isSafeInteger(n) ? n : value;
  }
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return JSON.stringify(value);
}

export function decodeValue(value: RowLine['row'][string]): Value {
  if (value !== null && typeof value === 'object') return Buffer.from(value.base64, 'base64');
  return value;
}
