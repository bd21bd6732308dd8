// The words of backup and restore in a language (their own catalogue pair, backup-en.ts and backup-nl.ts).
import type { Language } from '../api/common.js';
import { backupEn, type BackupMessageKey } from './backup-en.js';
import { backupNl } from './backup-nl.js';
import { t } from './index.js';

export type { BackupMessageKey };
export type BackupParams = Record<string, string | number>;

export function backupText(lang: Language, key: BackupMessageKey, params: BackupParams = {}): string {
  // A catalogue text that is not a key of the shared catalogues is filled as its own template.
  return t(lang, (lang === 'nl' ? backupNl : backupEn)[key], params);
}
