// The update rhythm in words: how long until the next update is due, or how long it is overdue ("1 h 20 min").
import type { TFunction } from 'i18next';

export interface DueState {
  overdue: boolean;
  /** Whole minutes until due (or since, when overdue); never negative. */
  minutes: number;
}

export function dueState(nextDueAt: string, now: number): DueState {
  const diff = Date.parse(nextDueAt) - now;
  if (Number.isNaN(diff)) return { overdue: false, minutes: 0 };
  // Rounded away from the boundary, so "in 0 min" never shows: due in 20 s reads "in 1 min".
  return diff < 0
    ? { overdue: true, minutes: Math.max(1, Math.floor(-diff / 60_000)) }
    : { overdue: false, minutes: Math.max(1, Math.ceil(diff / 60_000)) };
}

/** "45 min", "2 h", "1 h 20 min", "3 d 4 h": short enough for a phone's line, exact enough for a deadline. */
export function formatMinutes(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  const days = Math.floor(m / 1440);
  const hours = Math.floor((m % 1440) / 60);
  const rest = m % 60;
  if (days > 0)
    return hours > 0
      ? t('messages.duration.days_hours', { days, hours })
      : t('messages.duration.days', { days });
  if (hours > 0)
    return rest > 0
      ? t('messages.duration.hours_minutes', { hours, minutes: rest })
      : t('messages.duration.hours', { hours });
  return t('messages.duration.minutes', { minutes: rest });
}

/** "Next update due in 1 h 20 min" or "Update overdue by 15 min"; short: "in 1 h 20 min", "15 min late". */
export function dueText(t: TFunction, nextDueAt: string, now: number, short = false): string {
  const s = dueState(nextDueAt, now);
  const time = formatMinutes(t, s.minutes);
  if (short) return s.overdue ? t('messages.due.late', { time }) : t('messages.due.in_short', { time });
  return s.overdue ? t('messages.due.overdue_by', { time }) : t('messages.due.in', { time });
}

/** "2 h ago": how long since the last update went out; a whole-minute resolution is enough. */
export function agoText(t: TFunction, at: string, now: number): string {
  const minutes = Math.floor((now - Date.parse(at)) / 60_000);
  if (Number.isNaN(minutes)) return '';
  if (minutes < 1) return t('messages.due.just_now');
  return t('messages.due.ago', { time: formatMinutes(t, minutes) });
}
