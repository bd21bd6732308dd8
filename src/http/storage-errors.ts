// Which errors from the database mean "try again later" (unreachable, restarting, busy, read-only, full) and which mean
// "someone else made the same change first" (a unique key), for SQLite and PostgreSQL alike.

/** Why the database cannot do the work now: its disk is full, it takes no writes, or it cannot be reached. */
export type StorageFault = 'full' | 'read_only' | 'down';

const DOWN_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  // PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, connection failures.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08006',
  '08001',
  '08003',
]);

/**
 * Classifies an error from either database. better-sqlite3 reports SQLite's extended result codes
 * (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED, ...), so SQLite codes match by family.
 */
export function storageFault(err: unknown): StorageFault | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLITE_FULL: the disk (or max_page_count) is full; 53100 is PostgreSQL's disk_full.
  if (code === 'SQLITE_FULL' || code === '53100') return 'full';
  // A read-only file, directory or mount; 25006 is PostgreSQL refusing a write (a standby, a read-only default).
  if (/^SQLITE_READONLY(_|$)/.test(code) || code === '25006') return 'read_only';
  if (DOWN_CODES.has(code) || /^SQLITE_(BUSY|IOERR|CANTOPEN)(_|$)/.test(code)) return 'down';
  return null;
}

/** The catalogue key of the sentence that names the fault for the person whose change was refused. */
export const storageFaultKey = {
  full: 'error.storage_full',
  read_only: 'error.storage_read_only',
  down: 'error.unavailable',
} as const satisfies Record<StorageFault, string>;

export function isDatabaseDown(err: unknown): boolean {
  return storageFault(err) !== null;
}

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
