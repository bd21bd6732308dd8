// The language of what backup and restore say: --language, like `plan validate`; English unless nl is asked for.
import type { Language } from '../core/api/common.js';

export function cliLanguage(option: string | undefined): Language {
  return option === 'nl' ? 'nl' : 'en';
}
