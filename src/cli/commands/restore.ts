// `stormbell restore FILE [--force]`: checks the whole file first (what it is, its version, its checksum), then
// restores it in one transaction into a database without data (--force: replacing everything in it), brings it up
// to date when the backup is older, and verifies the timeline's hash chains.
import { loadConfig } from '../../config.js';
import { openStore } from '../../store/db.js';
import { checkBackupFile } from '../../store/backup/read-backup.js';
import { checkCompatible, restoreBackup } from '../../store/backup/restore-backup.js';
import { BackupError } from '../../store/backup/errors.js';
import { backupText } from '../../core/i18n/backup.js';
import { verifyAudit } from '../../app/audit/verify-audit.js';
import { version } from '../../app/version.js';
import { cliLanguage } from '../backup-language.js';

export async function restore(
  file: string,
  options: { force?: boolean; language?: string },
): Promise<number> {
  const lang = cliLanguage(options.language);
  try {
    // Everything that can be known from the file alone is checked before the database is opened.
    const header = await checkBackupFile(file, version);
    checkCompatible(header, file, version);
    const config = loadConfig();
    const store = openStore(config.database, { poolSize: 2 });
    try {
      const result = await restoreBackup(store, file, header, {
        force: options.force === true,
        stormbellVersion: version,
      });
      console.log(
        backupText(lang, 'backup.restored', {
          file,
          rows: result.rows,
          tables: result.tables,
          made_at: header.created_at,
          version: header.stormbell_version,
          dialect: header.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL',
          database: store.describe,
        }),
      );
      if (result.migratedAfter.length > 0)
        console.log(
          backupText(lang, 'backup.migrated_after', { migrations: result.migratedAfter.join(', ') }),
        );
      const audit = await verifyAudit(store);
      if (audit.intact) {
        console.log(
          backupText(lang, 'backup.timeline_intact', { events: audit.events, chains: audit.chains }),
        );
        return 0;
      }
      console.error(backupText(lang, 'backup.timeline_broken', { message: audit.message }));
      return 1;
    } finally {
      await store.close();
    }
  } catch (err) {
    if (!(err instanceof BackupError)) throw err;
    console.error(`stormbell: ${err.in(lang)}`);
    return 1;
  }
}
