// A backup or restore that cannot go on: a key of the backup catalogue and its values, in words when shown.
import { backupText, type BackupMessageKey, type BackupParams } from '../../core/i18n/backup.js';
import type { Language } from '../../core/api/common.js';

export class BackupError extends Error {
  constructor(
    readonly key: BackupMessageKey,
    readonly params: BackupParams = {},
    /** Words that are themselves catalogue entries (the detail of a damaged file), filled in the reader's language. */
    readonly nested: Record<string, { key: BackupMessageKey; params?: BackupParams }> = {},
  ) {
    super(backupText('en', key, { ...params, ...fill('en', nested) }));
    this.name = 'BackupError';
  }

  in(lang: Language): string {
    return backupText(lang, this.key, { ...this.params, ...fill(lang, this.nested) });
  }
}

function fill(lang: Language, nested: BackupError['nested']): BackupParams {
  return Object.fromEntries(
    Object.entries(nested).map(([name, n]) => [name, backupText(lang, n.key, n.params ?? {})]),
  );
}
