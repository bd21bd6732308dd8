// Legal clocks in words and colour: the countdown, amber past 75 %, red when overdue, and the clocks without one.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Obligation } from '../../api/legal';
import { byUrgency, clockState, clockText, formatDuration } from './countdown';

// A stand-in for i18next that shows the key and its values, so the choices are visible without the catalogues.
const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key.replace('legal.', '')}(${Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')})`) as unknown as TFunction;

const awareness = '2026-05-14T10:00:00.000Z';
const due = '2026-05-17T10:00:00.000Z'; // 72 h later
const at = (iso: string) => Date.parse(iso);

const authority = (extra: Partial<Obligation> = {}): Obligation => ({
  id: 'o1',
  kind: 'gdpr_authority',
  status: 'open',
  starts_from: 'awareness',
  starts_at: awareness,
  due_at: due,
  overdue: false,
  not_required: null,
  submission: null,
  created_at: awareness,
  follows_id: null,
  sequence: 0,
  can_follow_up: false,
  ...extra,
});

describe('clockState', () => {
  it('counts down the time left, rounded up to the minute', () => {
    const c = clockState(authority(), at('2026-05-15T16:48:00Z'));
    expect(c).toMatchObject({ state: 'running', minutes: 41 * 60 + 12, tone: 'calm' });
    expect(clockState(authority(), at('2026-05-17T09:59:30Z'))).toMatchObject({ minutes: 1 });
  });

  it('stays calm up to 75 % of the time and turns amber from there', () => {
    // 75 % of 72 h is 54 h after awareness.
    expect(clockState(authority(), at('2026-05-16T15:59:00Z')).tone).toBe('calm');
    expect(clockState(authority(), at('2026-05-16T16:00:00Z')).tone).toBe('amber');
    expect(clockState(authority(), at('2026-05-17T09:00:00Z')).tone).toBe('amber');
  });

  it('turns red the moment the deadline passes, and counts how late', () => {
    expect(clockState(authority(), at(due))).toMatchObject({ state: 'overdue', tone: 'red', minutes: 1 });
    expect(clockState(authority(), at('2026-05-17T13:05:00Z'))).toMatchObject({
      state: 'overdue',
      minutes: 185,
    });
  });

  it("believes the server's overdue even when the browser's clock runs behind", () => {
    expect(clockState(authority({ overdue: true }), at('2026-05-15T00:00:00Z')).state).toBe('overdue');
  });

  it('has no countdown for "without undue delay", a clock not started, the register, or a finished duty', () => {
    const none = { starts_from: 'none' as const, starts_at: null, due_at: null };
    expect(clockState(authority({ kind: 'gdpr_data_subjects', ...none }), 0).state).toBe('no_deadline');
    expect(clockState(authority({ kind: 'gdpr_register', ...none }), 0).state).toBe('register');
    expect(
      clockState(
        authority({ kind: 'nis2_final', starts_from: 'previous_report', starts_at: null, due_at: null }),
        0,
      ).state,
    ).toBe('not_started');
    expect(clockState(authority({ status: 'submitted' }), at('2026-06-01T00:00:00Z'))).toEqual({
      state: 'submitted',
      tone: 'done',
    });
    expect(clockState(authority({ status: 'not_required' }), 0).state).toBe('not_required');
  });
});

describe('formatDuration and clockText', () => {
  it('reads in hours and minutes up to four days, in days and hours beyond', () => {
    expect(formatDuration(t, 45)).toBe('duration.minutes(minutes=45)');
    expect(formatDuration(t, 41 * 60 + 12)).toBe('duration.hours_minutes(hours=41,minutes=12)');
    expect(formatDuration(t, 72 * 60)).toBe('duration.hours(hours=72)');
    expect(formatDuration(t, 4 * 1440)).toBe('duration.days(days=4)');
    expect(formatDuration(t, 29 * 1440 + 5 * 60 + 30)).toBe('duration.days_hours(days=29,hours=5)');
  });

  it('says what is left, how late, or why there is no countdown', () => {
    expect(clockText(t, clockState(authority(), at('2026-05-15T16:48:00Z')), 'gdpr_authority')).toBe(
      'clock.left(time=duration.hours_minutes(hours=41,minutes=12))',
    );
    expect(clockText(t, clockState(authority(), at('2026-05-17T13:00:00Z')), 'gdpr_authority')).toBe(
      'clock.overdue_by(time=duration.hours(hours=3))',
    );
    expect(clockText(t, { state: 'no_deadline', tone: 'calm' }, 'gdpr_data_subjects')).toBe(
      'clock.no_deadline()',
    );
    expect(clockText(t, { state: 'not_started', tone: 'calm' }, 'nis2_final')).toMatch(
      /^clock\.not_started\.nis2_final\(defaultValue=/,
    );
  });
});

describe('byUrgency', () => {
  it('puts overdue first, then the soonest deadline, then clocks without one, then finished duties', () => {
    const now = at('2026-05-16T00:00:00Z');
    const items = [
      authority({ id: 'done', status: 'submitted' }),
      authority({ id: 'later', due_at: '2026-05-20T00:00:00Z' }),
      authority({
        id: 'none',
        kind: 'gdpr_data_subjects',
        starts_from: 'none',
        starts_at: null,
        due_at: null,
      }),
      authority({ id: 'soon' }),
      authority({ id: 'late', due_at: '2026-05-15T00:00:00Z' }),
    ];
    expect(byUrgency(items, now).map((o) => o.id)).toEqual(['late', 'soon', 'later', 'none', 'done']);
  });
});
