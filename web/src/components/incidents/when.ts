// Times on incident screens: "12 min ago", "in 3 h", and the browser's datetime-local value to and from ISO.
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

const locales = { nl: 'nl-NL', en: 'en-GB' } as const;

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "5 minutes ago" / "over 2 uur": for how long something has been going on, or how soon it is due. */
export function relativeTime(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '';
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return '';
  const format = new Intl.RelativeTimeFormat(locales[currentLanguage()], { numeric: 'auto', style: 'long' });
  for (const [unit, ms] of units) {
    if (Math.abs(diff) >= ms || unit === 'minute') return format.format(Math.round(diff / ms), unit);
  }
  return '';
}

/** A date and time with how long ago (or how soon) it is, e.g. "14 May 2026, 09:12 (3 hours ago)". */
export function dateTimeWithRelative(iso: string | null | undefined): string {
  if (!iso) return '';
  return `${formatDateTime(iso)} (${relativeTime(iso)})`;
}

/** Today's moments as "07:32", older ones as "26 Nov, 07:32": short enough for a timeline's first column. */
export function shortDateTime(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const today = d.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(locales[currentLanguage()], {
    ...(today ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO -> the value of an `<input type="datetime-local">` in the browser's time zone. */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The value of an `<input type="datetime-local">` -> ISO, or undefined when empty or not a time. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
