// "12 minutes ago" in the UI language: in triage, how fresh a report is matters more than its date.
import { currentLanguage } from '../../i18n';
import { formatDateTime } from '../../lib/format';

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

export function timeAgo(iso: string, now = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  if (Number.isNaN(value)) return '';
  const format = new Intl.RelativeTimeFormat(currentLanguage(), { numeric: 'auto' });
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return '';
}

/** A time of today as just the time ("07:25"); any other day with its date as well. */
export function formatWhen(iso: string | null | undefined, now = new Date()): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const today = d.toDateString() === now.toDateString();
  return today
    ? new Intl.DateTimeFormat(currentLanguage() === 'nl' ? 'nl-NL' : 'en-GB', { timeStyle: 'short' }).format(
        d,
      )
    : formatDateTime(iso);
}
