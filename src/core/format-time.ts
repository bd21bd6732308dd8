// Dates and times as people read them, in their language and the organisation's timezone.
import type { Language } from './api/common.js';

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** "30 November 2026 at 23:15 CET" / "30 november 2026 om 23:15 CET". */
export function formatDateTime(iso: string, language: Language, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone,
  })
    .format(new Date(iso))
    .concat(' ', zoneName(iso, language, timeZone));
}

function zoneName(iso: string, language: Language, timeZone: string): string {
  const part = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone,
    timeZoneName: 'short',
  })
    .formatToParts(new Date(iso))
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? '';
}
