// Which errors from the database mean "try again later" (unreachable, restarting, busy, read-only, full) and which mean
// "someone else made the same change first" (a unique key), for SQLite and PostgreSQL alike.
export function isDatabaseDown(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return (
    typeof code === 'string' &&
    [
      'ECONNREFUSED',
      'ECONNRESET',
      'ETIMEDOUT',
      'EPIPE',
      '57P01',
      '57P03',
      '08006',
      '08001',
      '08003',
      'SQLITE_BUSY',
      'SQLITE_IOERR',
      'SQLITE_CANTOPEN',
    ].includes(code)
  );
}

export function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
