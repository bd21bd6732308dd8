// The small phrases an incident report is made of: durations, times in the organisation's timezone, a duty's
// result against its deadline, shortened text. Shared by the full report and the executive one-pager.
import type { Language } from '../api/common.js';
import { formatDateTime } from '../format-time.js';
import { t } from '../i18n/index.js';
import type { ReportInput, ReportObligation } from './report-input.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "2 hours 5 minutes", "3 days 4 hours", "less than a minute"; the two largest units, rounded to the minute. */
export function formatDuration(ms: number, lang: Language): string {
  const minutes = Math.round(Math.abs(ms) / MINUTE);
  if (minutes === 0) return t(lang, 'report.duration.none');
  const d = Math.floor(minutes / (DAY / MINUTE));
  const h = Math.floor((minutes % (DAY / MINUTE)) / 60);
  const m = minutes % 60;
  const unit = (n: number, one: string, many: string) => t(lang, n === 1 ? one : many, { n });
  const parts: string[] = [];
  if (d > 0) parts.push(unit(d, 'report.duration.day', 'report.duration.days'));
  if (h > 0) parts.push(unit(h, 'report.duration.hour', 'report.duration.hours'));
  if (m > 0 && d === 0) parts.push(unit(m, 'report.duration.minute', 'report.duration.minutes'));
  return parts.slice(0, 2).join(' ');
}

/** A duration, or what to say when there is none yet. */
export function durationOrDash(ms: number | null, lang: Language): string {
  return ms === null ? t(lang, 'report.not_reached') : formatDuration(ms, lang);
}

export function when(input: Pick<ReportInput, 'language' | 'timeZone'>, iso: string): string {
  return formatDateTime(iso, input.language, input.timeZone);
}

/** A calendar date (2027-06-01) as "1 June 2027"; an instant as a date and time in the timezone. */
export function dateOnly(input: Pick<ReportInput, 'language' | 'timeZone'>, value: string): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(input.language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'long',
    timeZone: plain ? 'UTC' : input.timeZone,
  }).format(new Date(plain ? `${value}T00:00:00.000Z` : value));
}

/** The duty's name as the legal clocks call it. */
export function dutyName(lang: Language, kind: string): string {
  return t(lang, `legal.kind.${kind}`);
}

/** "Met: submitted 20 hours before the deadline" / "Missed by 3 hours" / "Not required: ..." / "Open". */
export function dutyResult(input: ReportInput, o: ReportObligation): string {
  const lang = input.language;
  if (o.status === 'not_required')
    return o.notRequiredReasoning
      ? t(lang, 'report.duty.not_required_because', { reasoning: o.notRequiredReasoning })
      : t(lang, 'report.duty.not_required');
  if (o.met === true && o.marginMs !== null)
    return t(lang, 'report.duty.met', { margin: formatDuration(o.marginMs, lang) });
  if (o.met === false && o.marginMs !== null)
    return t(lang, o.status === 'submitted' ? 'report.duty.missed_late' : 'report.duty.missed_open', {
      margin: formatDuration(o.marginMs, lang),
    });
  if (o.status === 'submitted') return t(lang, 'report.duty.submitted');
  return o.dueAt ? t(lang, 'report.duty.open') : t(lang, 'report.duty.no_clock');
}

/** The phase in words ("Recovery"), or "Closed on 3 May 2027 at 17:00 CEST". */
export function statusLine(input: ReportInput): string {
  const { incident } = input;
  if (incident.phase === 'closed' && incident.closedAt)
    return t(input.language, 'report.status.closed_at', { at: when(input, incident.closedAt) });
  return t(input.language, 'report.status.open', {
    phase: t(input.language, `report.phase.${incident.phase}`),
  });
}

/** Text cut at a word boundary before `max` characters, with an ellipsis; blank text stays blank. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}

/** A share as a whole percentage ("83 %" / "83%"). */
export function percent(lang: Language, part: number, whole: number): string {
  return t(lang, 'report.percent', { n: whole === 0 ? 0 : Math.round((part / whole) * 100) });
}
