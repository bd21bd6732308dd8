// Every row of SPEC section 6's table, and the clock arithmetic around daylight-saving changes and short months.
import { describe, expect, it } from 'vitest';
import { addCalendarMonth, addHours } from './clock.js';
import { deadline, obligationsFor, reminderStep, type ClockMoments } from './obligations.js';

const tz = 'Europe/Amsterdam';
const moments = (over: Partial<ClockMoments> = {}): ClockMoments => ({
  awarenessAt: '2027-05-10T08:00:00.000Z',
  classifiedAt: null,
  submittedAt: {},
  timeZone: tz,
  ...over,
});

describe('which duties an assessment creates', () => {
  const profile = { nis2Entity: 'important' as const, doraFinancialEntity: true };
  const none = { nis2: { significant: 'no' as const }, dora: { major: 'no' as const, classified_at: null } };
  it('GDPR: the register always, the authority unless no risk, data subjects at high risk', () => {
    const kinds = (risk: 'none' | 'risk' | 'high' | 'unknown') =>
      obligationsFor({ gdpr: { personal_data: 'yes', risk }, ...none }, profile);
    expect(kinds('none')).toEqual([
      { kind: 'gdpr_register' },
      { kind: 'gdpr_authority', notRequired: 'no_risk' },
    ]);
    expect(kinds('risk')).toEqual([{ kind: 'gdpr_register' }, { kind: 'gdpr_authority' }]);
    expect(kinds('high').map((o) => o.kind)).toEqual([
      'gdpr_register',
      'gdpr_authority',
      'gdpr_data_subjects',
    ]);
    expect(kinds('unknown')).toEqual([{ kind: 'gdpr_register' }]);
    expect(obligationsFor({ gdpr: { personal_data: 'no', risk: 'high' }, ...none }, profile)).toEqual([]);
  });
  it('NIS2 only for essential and important entities, DORA only for financial entities once classified', () => {
    const a = {
      gdpr: { personal_data: 'no' as const, risk: 'unknown' as const },
      nis2: { significant: 'yes' as const },
      dora: { major: 'yes' as const, classified_at: '2027-05-10T09:00:00.000Z' },
    };
    expect(obligationsFor(a, profile).map((o) => o.kind)).toEqual([
      'nis2_early_warning',
      'nis2_notification',
      'nis2_final',
      'dora_initial',
      'dora_intermediate',
      'dora_final',
    ]);
    expect(obligationsFor(a, { nis2Entity: 'none', doraFinancialEntity: false })).toEqual([]);
    expect(
      obligationsFor({ ...a, dora: { major: 'yes', classified_at: null } }, profile).map((o) => o.kind),
    ).not.toContain('dora_initial');
  });
});

describe('deadlines', () => {
  it('GDPR authority and NIS2 notification 72 h, NIS2 early warning 24 h after awareness', () => {
    expect(deadline('gdpr_authority', moments())?.dueAt).toBe('2027-05-13T08:00:00.000Z');
    expect(deadline('nis2_notification', moments())?.dueAt).toBe('2027-05-13T08:00:00.000Z');
    expect(deadline('nis2_early_warning', moments())?.dueAt).toBe('2027-05-11T08:00:00.000Z');
    expect(deadline('gdpr_register', moments())).toBeNull();
    expect(deadline('gdpr_data_subjects', moments())).toBeNull();
  });
  it('72 real hours across the spring and autumn clock changes', () => {
    // 27 March 2027 23:30 in Amsterdam (CET); summer time starts 28 March 02:00.
    const spring = deadline('gdpr_authority', moments({ awarenessAt: '2027-03-27T22:30:00.000Z' }))!;
    expect(Date.parse(spring.dueAt) - Date.parse(spring.startsAt)).toBe(72 * 3600_000);
    expect(spring.dueAt).toBe('2027-03-30T22:30:00.000Z'); // 31 March 00:30 CEST: the wall clock moved an hour
    // 30 October 2027 23:30 CEST; winter time starts 31 October 03:00.
    const autumn = deadline('nis2_early_warning', moments({ awarenessAt: '2027-10-30T21:30:00.000Z' }))!;
    expect(autumn.dueAt).toBe('2027-10-31T21:30:00.000Z');
  });
  it('DORA initial: 4 h after classification, but never later than 24 h after awareness', () => {
    const early = moments({ classifiedAt: '2027-05-10T10:00:00.000Z' });
    expect(deadline('dora_initial', early)?.dueAt).toBe('2027-05-10T14:00:00.000Z');
    const late = moments({ classifiedAt: '2027-05-11T06:00:00.000Z' });
    expect(deadline('dora_initial', late)?.dueAt).toBe('2027-05-11T08:00:00.000Z');
    expect(deadline('dora_initial', moments())).toBeNull();
  });
  it('DORA intermediate 72 h after the initial report; finals one calendar month after the report before', () => {
    const m = moments({
      classifiedAt: '2027-05-10T10:00:00.000Z',
      submittedAt: {
        dora_initial: '2027-05-10T12:00:00.000Z',
        dora_intermediate: '2027-01-31T09:00:00.000Z',
        nis2_notification: '2027-03-15T08:00:00.000Z',
      },
    });
    expect(deadline('dora_intermediate', m)?.dueAt).toBe('2027-05-13T12:00:00.000Z');
    // 31 January 10:00 in Amsterdam + 1 month = 28 February 10:00.
    expect(deadline('dora_final', m)?.dueAt).toBe('2027-02-28T09:00:00.000Z');
    // 15 March 09:00 CET + 1 month = 15 April 09:00 CEST.
    expect(deadline('nis2_final', m)?.dueAt).toBe('2027-04-15T07:00:00.000Z');
    expect(deadline('nis2_final', moments())).toBeNull();
  });
  it('calendar months: leap years and the end of the year', () => {
    expect(addCalendarMonth('2028-01-31T09:00:00.000Z', tz)).toBe('2028-02-29T09:00:00.000Z');
    expect(addCalendarMonth('2027-12-31T22:30:00.000Z', tz)).toBe('2028-01-31T22:30:00.000Z');
    expect(addCalendarMonth('2027-08-31T10:00:00.000Z', tz)).toBe('2027-09-30T10:00:00.000Z');
    expect(addHours('2027-03-27T12:00:00.000Z', 24)).toBe('2027-03-28T12:00:00.000Z');
  });
});

describe('reminders at 50, 75 and 90 % and when overdue', () => {
  const clock = { startsAt: '2027-05-10T08:00:00.000Z', dueAt: '2027-05-13T08:00:00.000Z' };
  const at = (hours: number) => new Date(Date.parse(clock.startsAt) + hours * 3600_000);
  it('steps through each threshold', () => {
    expect(reminderStep(clock, at(35.9))).toBeNull();
    expect(reminderStep(clock, at(36))).toBe('50');
    expect(reminderStep(clock, at(54))).toBe('75');
    expect(reminderStep(clock, at(64.8))).toBe('90');
    expect(reminderStep(clock, at(72))).toBe('overdue');
  });
});
