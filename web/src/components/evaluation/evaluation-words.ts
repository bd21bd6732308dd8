// The evaluation in words and colours: durations from whole seconds, an action item's status, a deadline's outcome,
// and the part of the plan an item changes ("Scenarios: Ransomware") with where to read it.
import type { TFunction } from 'i18next';
import type { ActionItemStatus, DeadlineMetric, ReviewState } from '../../api/evaluation';
import { formatDuration } from '../legal/countdown';

/** "40 s", "45 min", "41 h 12 min", "12 d 4 h"; `null` (not reached yet) as "not yet". */
export function durationText(t: TFunction, seconds: number | null): string {
  if (seconds === null) return t('evaluation.metrics.not_yet');
  if (seconds < 60) return t('evaluation.duration.seconds', { count: Math.max(0, Math.round(seconds)) });
  return formatDuration(t, Math.floor(seconds / 60));
}

export const STATUS_COLOR: Record<ActionItemStatus, string> = {
  open: 'blue',
  doing: 'violet',
  done: 'green',
  dropped: 'gray',
};

export const REVIEW_STATE_COLOR: Record<ReviewState, string> = {
  open: 'blue',
  done: 'green',
  skipped: 'gray',
};

export const OUTCOME_COLOR: Record<DeadlineMetric['outcome'], string> = {
  met: 'green',
  missed: 'red',
  pending: 'blue',
  not_required: 'gray',
  no_deadline: 'gray',
};

/** "Met, 5 h 12 min before the deadline", "Missed by 1 h", "Still running", ... */
export function outcomeText(t: TFunction, d: Pick<DeadlineMetric, 'outcome' | 'minutes' | 'status'>): string {
  if (d.outcome === 'met' && d.minutes !== null)
    return t('evaluation.deadline.met_by', { time: formatDuration(t, d.minutes) });
  if (d.outcome === 'missed' && d.minutes !== null)
    return t(d.status === 'open' ? 'evaluation.deadline.late_open' : 'evaluation.deadline.missed_by', {
      time: formatDuration(t, d.minutes),
    });
  return t(`evaluation.deadline.${d.outcome}`);
}

/** The plan's sections an action item can change, as its overview page shows them (each with an anchor there). */
export const PLAN_SECTIONS = [
  'team',
  'contacts',
  'severities',
  'services',
  'audiences',
  'scenarios',
  'regulatory',
] as const;

export interface PlanNames {
  scenarios: Map<string, string>;
  audiences: Map<string, string>;
}

/** `scenarios.ransomware` -> "Scenarios: Ransomware"; a section alone by its title; anything else as written. */
export function planPartText(t: TFunction, part: string, names?: PlanNames): string {
  const [section, id] = part.split('.', 2) as [string, string | undefined];
  if (!(PLAN_SECTIONS as readonly string[]).includes(section)) return part;
  const title = t(`plan.${section}.title`);
  if (!id) return title;
  const name =
    section === 'scenarios'
      ? names?.scenarios.get(id)
      : section === 'audiences'
        ? names?.audiences.get(id)
        : null;
  return `${title}: ${name ?? id}`;
}

/** Where the plan shows that part: its section on the plan's overview page; null for a free reference. */
export function planPartHref(part: string): string | null {
  const [section] = part.split('.', 1);
  return section && (PLAN_SECTIONS as readonly string[]).includes(section) ? `/plan#${section}` : null;
}

/** Today as YYYY-MM-DD in the browser's calendar (the date input's value). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A calendar date (YYYY-MM-DD) in the reader's language, "15 Dec 2026", whatever the computer's time zone. */
export function dueDateText(date: string | null, language: 'nl' | 'en'): string {
  if (!date) return '';
  const d = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(d);
}
