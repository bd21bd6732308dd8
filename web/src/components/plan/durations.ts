// Spans of time in words: update cadences ("every 2 hours") and how fast someone answered ("after 4 min").
import type { TFunction } from 'i18next';

/** 30 -> "30 min", 120 -> "2 hours", 90 -> "1 h 30 min". */
export function minutesText(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('plan.duration.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (rest === 0) {
    return hours % 24 === 0 && hours >= 24
      ? t('plan.duration.days', { count: hours / 24 })
      : t('plan.duration.hours', { count: hours });
  }
  return t('plan.duration.hours_minutes', { hours, minutes: rest });
}

/** A number of seconds, rounded to what matters: seconds under a minute, then minutes, then hours. */
export function secondsText(t: TFunction, seconds: number): string {
  if (seconds < 60) return t('plan.duration.seconds', { count: Math.max(0, Math.round(seconds)) });
  return minutesText(t, Math.floor(seconds / 60));
}

/** How often: "every hour", "every day", else "every 30 minutes". */
export function everyText(t: TFunction, minutes: number): string {
  if (minutes === 60) return t('plan.duration.every_hour');
  if (minutes === 24 * 60) return t('plan.duration.every_day');
  return t('plan.duration.every', { time: minutesText(t, minutes) });
}
