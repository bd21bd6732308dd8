// English words of `stormbell backup` and `stormbell restore`. Keys match backup-nl.ts.
export const backupEn = {
  'backup.written':
    'Backup written to {file}: {rows} rows in {tables} tables, database schema {schema}, Stormbell {version}.',
  'backup.no_database': 'There is no Stormbell database at {database}: nothing to back up.',
  'backup.cannot_write': '{file} cannot be written ({code}).',
  'backup.no_file': 'There is no file {file}.',
  'backup.cannot_read': '{file} cannot be read ({code}).',
  'backup.not_a_backup': '{file} is not a Stormbell backup. Nothing was changed.',
  'backup.truncated':
    '{file} is incomplete: it stops before the end of the backup (copied or written only partly?). Nothing was changed.',
  'backup.corrupt': '{file} is damaged ({detail}). Nothing was changed.',
  'backup.corrupt_gzip': 'the compressed data does not unpack',
  'backup.corrupt_checksum': 'the checksum does not match the contents',
  'backup.corrupt_line': 'line {line} is not what a backup holds there',
  'backup.corrupt_counts': 'table {table} should have {expected} rows, the file has {found}',
  'backup.format_newer':
    '{file} is in backup format {found}; this Stormbell ({ours}) reads format {supported}. Restore it with Stormbell {version} or newer. Nothing was changed.',
  'backup.schema_unknown':
    '{file} was made by Stormbell {version} with database schema {schema}. This Stormbell ({ours}) knows schema up to {our_schema} and not {unknown}. Upgrade Stormbell to {version} or newer and restore again. Nothing was changed.',
  'backup.target_unknown':
    'The database has schema {unknown}, which this Stormbell ({ours}) does not know: use the Stormbell version that runs this database. Nothing was changed.',
  'backup.target_newer':
    'The database is at schema {target}, newer than the backup ({schema}, Stormbell {version}). Restore into a database without tables (a new SQLite file or a new, empty PostgreSQL database): Stormbell brings the restored data up to date itself. Nothing was changed.',
  'backup.target_differs':
    'The table {table} in the database does not match the one in the backup. Nothing was changed.',
  'backup.not_empty':
    'The database already holds data ({summary}). A restore replaces everything in it: run again with --force to do that. Nothing was changed.',
  'backup.rows_in': '{count} in {table}',
  'backup.failed': 'The restore failed in table {table}: {error}. Nothing was changed.',
  'backup.restored':
    'Restored {file} ({rows} rows in {tables} tables; made {made_at} by Stormbell {version} on {dialect}) into {database}.',
  'backup.migrated_after': 'Brought the restored data up to date: applied {migrations}.',
  'backup.timeline_intact': 'Timeline intact: {events} events in {chains} chains.',
  'backup.timeline_broken': 'Timeline TAMPERED: {message}.',
} as const;

export type BackupMessageKey = keyof typeof backupEn;
