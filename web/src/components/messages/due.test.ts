// The update rhythm in words: minutes until due or overdue, and short durations a phone's line can hold.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { agoText, dueState, dueText, formatMinutes } from './due';

// A stand-in for i18next that shows the key and its values, so the choices are visible without the catalogues.
const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key.replace('messages.', '')}(${Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')})`) as unknown as TFunction;

const now = Date.parse('2026-05-14T10:00:00Z');

describe('due', () => {
  it('counts whole minutes until the next update, never "in 0 minutes"', () => {
    expect(dueState('2026-05-14T10:45:00Z', now)).toEqual({ overdue: false, minutes: 45 });
    expect(dueState('2026-05-14T10:00:20Z', now)).toEqual({ overdue: false, minutes: 1 });
    expect(dueState('2026-05-14T10:44:30Z', now)).toEqual({ overdue: false, minutes: 45 });
  });

  it('turns overdue the moment the time has passed, and counts how long', () => {
    expect(dueState('2026-05-14T09:59:50Z', now)).toEqual({ overdue: true, minutes: 1 });
    expect(dueState('2026-05-14T08:40:00Z', now)).toEqual({ overdue: true, minutes: 80 });
  });

  it('treats a time it cannot read as not overdue', () => {
    expect(dueState('soon', now)).toEqual({ overdue: false, minutes: 0 });
  });

  it('writes minutes, hours and days the short way', () => {
    expect(formatMinutes(t, 45)).toBe('duration.minutes(minutes=45)');
    expect(formatMinutes(t, 120)).toBe('duration.hours(hours=2)');
    expect(formatMinutes(t, 80)).toBe('duration.hours_minutes(hours=1,minutes=20)');
    expect(formatMinutes(t, 1440)).toBe('duration.days(days=1)');
    expect(formatMinutes(t, 1440 + 185)).toBe('duration.days_hours(days=1,hours=3)');
  });

  it('says "due in" before and "overdue by" after', () => {
    expect(dueText(t, '2026-05-14T11:20:00Z', now)).toBe(
      'due.in(time=duration.hours_minutes(hours=1,minutes=20))',
    );
    expect(dueText(t, '2026-05-14T09:45:00Z', now)).toBe('due.overdue_by(time=duration.minutes(minutes=15))');
    expect(dueText(t, '2026-05-14T09:45:00Z', now, true)).toBe('due.late(time=duration.minutes(minutes=15))');
    expect(dueText(t, '2026-05-14T10:15:00Z', now, true)).toBe(
      'due.in_short(time=duration.minutes(minutes=15))',
    );
  });

  it('says how long ago the last update went out', () => {
    expect(agoText(t, '2026-05-14T08:00:00Z', now)).toBe('due.ago(time=duration.hours(hours=2))');
    expect(agoText(t, '2026-05-14T09:59:40Z', now)).toBe('due.just_now()');
  });
});
