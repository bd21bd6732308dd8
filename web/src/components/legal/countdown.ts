// A legal clock in words and colour: "41 h 12 min left", amber past 75 % of the time, red once overdue; or why
// there is no countdown (no fixed deadline, not started yet, submitted, not required).
import type { TFunction } from 'i18next';
import type { Obligation, ObligationKind } from '../../api/legal';

/** Past this share of the time a clock turns amber (the second reminder goes out at the same moment). */
export const AMBER_SHARE = 0.75;

export type ClockTone = 'calm' | 'amber' | 'red' | 'done';

export type ClockState =
  | { state: 'running' | 'overdue'; minutes: number; share: number; tone: ClockTone; dueAt: string }
  | { state: 'no_deadline' | 'register' | 'not_started' | 'submitted' | 'not_required'; tone: ClockTone };

type ClockInput = Pick<Obligation, 'kind' | 'status' | 'starts_from' | 'starts_at' | 'due_at' | 'overdue'>;

/** Where the clock stands at `now` (milliseconds). */
export function clockState(o: ClockInput, now: number): ClockState {
  if (o.status === 'submitted') return { state: 'submitted', tone: 'done' };
  if (o.status === 'not_required') return { state: 'not_required', tone: 'done' };
  if (o.kind === 'gdpr_register') return { state: 'register', tone: 'calm' };
  // No deadline: "without undue delay" (starts from nothing), or its starting moment is still ahead.
  if (!o.due_at) return { state: o.starts_from === 'none' ? 'no_deadline' : 'not_started', tone: 'calm' };
  const due = Date.parse(o.due_at);
  const start = o.starts_at ? Date.parse(o.starts_at) : NaN;
  const left = due - now;
  // The server's word counts too: its clock decides the reminders, ours only runs between two answers.
  if (left <= 0 || o.overdue)
    return {
      state: 'overdue',
      minutes: Math.max(1, Math.floor(Math.max(0, -left) / 60_000)),
      share: 1,
      tone: 'red',
      dueAt: o.due_at,
    };
  const share =
    Number.isNaN(start) || due <= start ? 0 : Math.min(1, Math.max(0, (now - start) / (due - start)));
  return {
    state: 'running',
    // Rounded up, so "0 min left" never shows while there is still time.
    minutes: Math.max(1, Math.ceil(left / 60_000)),
    share,
    tone: share >= AMBER_SHARE ? 'amber' : 'calm',
    dueAt: o.due_at,
  };
}

/** "45 min", "41 h 12 min", "12 d 4 h": hours up to four days (a 72-hour clock reads in hours), days beyond. */
export function formatDuration(t: TFunction, minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m >= 4 * 1440) {
    const days = Math.floor(m / 1440);
    const hours = Math.floor((m % 1440) / 60);
    return hours > 0 ? t('legal.duration.days_hours', { days, hours }) : t('legal.duration.days', { days });
  }
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  if (hours > 0)
    return rest > 0
      ? t('legal.duration.hours_minutes', { hours, minutes: rest })
      : t('legal.duration.hours', { hours });
  return t('legal.duration.minutes', { minutes: rest });
}

/** The countdown's words: "41 h 12 min left", "overdue by 3 h", "without undue delay", "starts when ...". */
export function clockText(t: TFunction, c: ClockState, kind: ObligationKind): string {
  switch (c.state) {
    case 'running':
      return t('legal.clock.left', { time: formatDuration(t, c.minutes) });
    case 'overdue':
      return t('legal.clock.overdue_by', { time: formatDuration(t, c.minutes) });
    case 'not_started':
      return t(`legal.clock.not_started.${kind}`, { defaultValue: t('legal.clock.not_started.default') });
    default:
      return t(`legal.clock.${c.state}`);
  }
}

/** Mantine colours for a tone: text and the progress bar. */
export const TONE_COLOR: Record<ClockTone, string> = {
  calm: 'blue',
  amber: 'orange',
  red: 'red',
  done: 'gray',
};

/** Open duties in the order they need attention: overdue first, then the soonest deadline, then no deadline. */
export function byUrgency<T extends ClockInput>(items: readonly T[], now: number): T[] {
  const rank = (o: T) => {
    const c = clockState(o, now);
    if (c.state === 'overdue') return [0, Date.parse(c.dueAt)];
    if (c.state === 'running') return [1, Date.parse(c.dueAt)];
    if (c.state === 'no_deadline') return [2, 0];
    if (c.state === 'not_started' || c.state === 'register') return [3, 0];
    return [4, 0];
  };
  return items
    .map((o, i) => ({ o, i, r: rank(o) }))
    .sort((a, b) => a.r[0]! - b.r[0]! || a.r[1]! - b.r[1]! || a.i - b.i)
    .map((x) => x.o);
}
