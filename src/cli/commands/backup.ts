// `stormbell backup [--output FILE]`: a consistent snapshot of the database, taken while Stormbell runs, as one
// gzip'd file (or `--output -` to standard output, to pipe it into encryption or another machine).
import { existsSync, renameSync, rmSync, createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config.js';
import { openStore } from '../../store/db.js';
import { writeBackup } from '../../store/backup/write-backup.js';
import { BackupError } from '../../store/backup/errors.js';
import { backupText } from '../../core/i18n/backup.js';
import { version } from '../../app/version.js';
import { cliLanguage } from '../backup-language.js';

export function defaultBackupName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `stormbell-backup-${stamp}.jsonl.gz`;
}

export async function backup(options: { output?: string; language?: string }): Promise<number> {
  const lang = cliLanguage(options.language);
  const config = loadConfig();
  const toStdout = options.output === '-';
  const file = toStdout ? '-' : (options.output ?? defaultBackupName(new Date()));
  try {
    if (config.database.dialect === 'sqlite' && !existsSync(resolve(config.database.file)))
      throw new BackupError('backup.no_database', { database: config.databaseUrl });
    const store = openStore(config.database, { poolSize: 1 });
    // Written beside the destination and renamed at the end: a failed backup never looks like a good one.
    const partial = `${file}.partial`;
    try {
      const out = toStdout ? process.stdout : await openOutput(partial);
      const meta = {
        stormbellVersion: version,
        now: () => new Date().toISOString(),
        describe: store.describe,
        endOutput: !toStdout,
      };
      let summary;
      try {
        summary = await writeBackup(store, out, meta);
      } catch (err) {
        if (!toStdout) rmSync(partial, { force: true });
        throw err;
      }
      if (!toStdout) renameSync(partial, file);
      const h = summary.header;
      const said = backupText(lang, 'backup.written', {
        file,
        rows: summary.rows,
        tables: h.tables.length,
        schema: h.migrations[h.migrations.length - 1] ?? '-',
        version: h.stormbell_version,
      });
      // With the backup on standard output, words go to standard error.
      (toStdout ? console.error : console.log)(said);
      return 0;
    } finally {
      await store.close();
    }
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(`stormbell: ${err.in(lang)}`);
    return 1;
  }
}

/** The file holds password hashes and the organisation's secret: only its owner may read it. */
async function openOutput(path: string) {
  const stream = createWriteStream(path, { mode: 0o600 });
  await new Promise<void>((done, fail) => {
    stream.once('open', () => done());
    stream.once('error', (err: NodeJS.ErrnoException) =>
      fail(new BackupError('backup.cannot_write', { file: path, code: err.code ?? 'error' })),
    );
  });
  return stream;
}
