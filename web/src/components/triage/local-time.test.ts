// The datetime-local conversions keep the minute the person typed, in their own time zone.
import { describe, expect, it } from 'vitest';
import { fromLocalInput, isInFuture, toLocalInput } from './local-time';

describe('local time inputs', () => {
  it('round-trips a moment to the minute', () => {
    const d = new Date(2026, 2, 9, 7, 5, 42);
    const value = toLocalInput(d);
    expect(value).toBe('2026-03-09T07:05');
    expect(fromLocalInput(value)).toBe(new Date(2026, 2, 9, 7, 5).toISOString());
  });

  it('refuses what is not a time', () => {
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('yesterday')).toBeNull();
  });

  it('allows a minute of clock difference before calling a time the future', () => {
    const now = Date.parse('2026-03-09T10:00:00Z');
    expect(isInFuture('2026-03-09T10:00:30Z', now)).toBe(false);
    expect(isInFuture('2026-03-09T10:05:00Z', now)).toBe(true);
  });
});
