import { describe, expect, it } from 'vitest';
import { addMonths, monthOf, monthStart, monthsBetween, trendMonths, type TrendIncident } from './trends.js';

const AMS = 'Europe/Amsterdam';

describe('trend months', () => {
  it('puts an instant in the month of the Amsterdam wall clock, not of UTC', () => {
    // 23:30 UTC on 31 May is 01:30 on 1 June in Amsterdam (summer time).
    expect(monthOf('2027-05-31T23:30:00.000Z', AMS)).toBe('2027-06');
    expect(monthOf('2027-05-31T21:59:00.000Z', AMS)).toBe('2027-05');
    // Winter time: one hour ahead.
    expect(monthOf('2026-12-31T23:00:00.000Z', AMS)).toBe('2027-01');
  });

  it('starts a month at local midnight, in summer and in winter', () => {
    expect(monthStart('2027-06', AMS)).toBe('2027-05-31T22:00:00.000Z');
    expect(monthStart('2027-01', AMS)).toBe('2026-12-31T23:00:00.000Z');
    // The months around the daylight-saving changes.
    expect(monthStart('2027-04', AMS)).toBe('2027-03-31T22:00:00.000Z');
    expect(monthStart('2027-11', AMS)).toBe('2027-10-31T23:00:00.000Z');
  });

  it('counts months across a year end', () => {
    expect(addMonths('2026-11', 3)).toBe('2027-02');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(monthsBetween('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsBetween('2027-02', '2027-01')).toEqual([]);
  });

  it('counts by scenario and severity, takes means over measured incidents only, counts deadlines', () => {
    const base: TrendIncident = {
      month: '2027-05',
      scenarioId: 'ransomware',
      severityId: 'critical',
      detectSeconds: 600,
      containSeconds: 3600,
      recoverSeconds: 7200,
      deadlines: ['met'],
    };
    const months = trendMonths(
      ['2027-04', '2027-05'],
      [
        base,
        {
          ...base,
          scenarioId: 'data_breach',
          detectSeconds: 1200,
          recoverSeconds: null,
          deadlines: ['missed', 'pending'],
        },
        {
          ...base,
          severityId: 'minor',
          detectSeconds: 301,
          containSeconds: null,
          recoverSeconds: null,
          deadlines: [],
        },
      ],
    );
    expect(months[0]).toMatchObject({ month: '2027-04', incidents: 0, mean_time_to_detect_seconds: null });
    expect(months[1]).toEqual({
      month: '2027-05',
      incidents: 3,
      by_scenario: { ransomware: 2, data_breach: 1 },
      by_severity: { critical: 2, minor: 1 },
      mean_time_to_detect_seconds: 700, // (600 + 1200 + 301) / 3 = 700.33
      mean_time_to_contain_seconds: 3600,
      mean_time_to_recover_seconds: 7200,
      measured: { detect: 3, contain: 2, recover: 1 },
      deadlines_met: 1,
      deadlines_missed: 1,
    });
  });
});
