// Dates and times in the UI language (Dutch or British English conventions: 24-hour clock, day before month).
import { currentLanguage } from '../i18n';

const locales = { nl: 'nl-NL', en: 'en-GB' } as const;

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[currentLanguage()], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locales[currentLanguage()], { dateStyle: 'medium' }).format(d);
}
