import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOnWhite } from './contrast.js';
import { dayBuckets, datesEndingWith, localDate } from './days.js';
import { indicatorOf, describeIndicator } from './indicator.js';
import { maintenanceStatus, nextMaintenanceChange } from './maintenance.js';
import { worstStatus } from './order.js';
import { componentIdProblems, DEFAULT_ACCENT_COLOR, isTimeZone, localised } from './validate.js';

describe('maintenance status from its times', () => {
  const m = { scheduled_for: '2026-12-01T10:00:00.000Z', scheduled_until: '2026-12-01T12:00:00.000Z' };
  it('is scheduled before, in progress during, completed after; cancelled whenever called off', () => {
    expect(maintenanceStatus({ ...m, cancelled_at: null }, '2026-12-01T09:59:59.999Z')).toBe('scheduled');
    expect(maintenanceStatus({ ...m, cancelled_at: null }, '2026-12-01T10:00:00.000Z')).toBe('in_progress');
    expect(maintenanceStatus({ ...m, cancelled_at: null }, '2026-12-01T12:00:00.000Z')).toBe('completed');
    expect(
      maintenanceStatus({ ...m, cancelled_at: '2026-12-01T10:30:00.000Z' }, '2026-12-01T11:00:00.000Z'),
    ).toBe('cancelled');
  });
  it('the next change is the soonest future start or end of a maintenance not called off', () => {
    const later = { scheduled_for: '2026-12-02T10:00:00.000Z', scheduled_until: '2026-12-02T11:00:00.000Z' };
    const list = [
      { ...later, cancelled_at: null },
      { ...m, cancelled_at: null },
      {
        scheduled_for: '2026-12-01T09:30:00.000Z',
        scheduled_until: '2026-12-01T09:45:00.000Z',
        cancelled_at: 'x',
      },
    ];
    expect(nextMaintenanceChange(list, '2026-12-01T09:00:00.000Z')).toBe('2026-12-01T10:00:00.000Z');
    expect(nextMaintenanceChange(list, '2026-12-01T10:00:00.000Z')).toBe('2026-12-01T12:00:00.000Z');
    expect(nextMaintenanceChange(list, '2026-12-02T11:00:00.000Z')).toBeNull();
  });
});

describe('the overall indicator', () => {
  it('follows the worst component and the worst open incident', () => {
    expect(
      indicatorOf({ componentStatuses: ['operational'], openImpacts: [], maintenanceInProgress: false }),
    ).toBe('none');
    expect(
      indicatorOf({
        componentStatuses: ['degraded_performance'],
        openImpacts: [],
        maintenanceInProgress: false,
      }),
    ).toBe('minor');
    expect(
      indicatorOf({
        componentStatuses: ['partial_outage', 'degraded_performance'],
        openImpacts: ['minor'],
        maintenanceInProgress: true,
      }),
    ).toBe('major');
    expect(
      indicatorOf({
        componentStatuses: ['major_outage'],
        openImpacts: ['minor'],
        maintenanceInProgress: false,
      }),
    ).toBe('critical');
    expect(
      indicatorOf({
        componentStatuses: ['operational'],
        openImpacts: ['critical'],
        maintenanceInProgress: false,
      }),
    ).toBe('critical');
  });
  it('says maintenance only when nothing is worse', () => {
    expect(
      indicatorOf({ componentStatuses: ['operational'], openImpacts: [], maintenanceInProgress: true }),
    ).toBe('maintenance');
    expect(
      indicatorOf({
        componentStatuses: ['under_maintenance'],
        openImpacts: ['none'],
        maintenanceInProgress: false,
      }),
    ).toBe('maintenance');
  });
  it('describes itself in both languages', () => {
    expect(describeIndicator('none')).toEqual({ nl: 'Alle systemen werken', en: 'All systems operational' });
  });
});

describe('day buckets', () => {
  const tz = 'Europe/Amsterdam';
  it('names calendar days in the time zone', () => {
    // 23:30 UTC on 30 November is already 1 December in Amsterdam.
    expect(localDate('2026-11-30T23:30:00.000Z', tz)).toBe('2026-12-01');
    expect(localDate('2026-11-30T23:30:00.000Z', 'UTC')).toBe('2026-11-30');
    expect(datesEndingWith('2026-03-01', 3)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('gives the worst status of each day, the status at the start of a day carrying over, null before creation', () => {
    const days = dayBuckets({
      created_at: '2026-11-27T08:00:00.000Z',
      changes: [
        { at: '2026-11-27T08:00:00.000Z', status: 'operational' },
        { at: '2026-11-28T09:00:00.000Z', status: 'major_outage' },
        { at: '2026-11-28T10:00:00.000Z', status: 'degraded_performance' },
        { at: '2026-11-29T22:59:00.000Z', status: 'operational' }, // 23:59 in Amsterdam
      ],
      now: '2026-12-01T12:00:00.000Z',
      timeZone: tz,
      days: 7,
    });
    expect(days).toEqual([
      null, // 25 Nov
      null, // 26 Nov
      'operational', // 27 Nov
      'major_outage', // 28 Nov
      'degraded_performance', // 29 Nov: degraded until 23:59
      'operational', // 30 Nov
      'operational', // 1 Dec
    ]);
  });

  it('carries the status from before the window and ignores the future; maintenance shows as under_maintenance', () => {
    const days = dayBuckets({
      created_at: '2026-01-01T00:00:00.000Z',
      changes: [
        { at: '2026-01-01T00:00:00.000Z', status: 'operational' },
        { at: '2026-11-01T00:00:00.000Z', status: 'partial_outage' },
        { at: '2026-11-29T12:00:00.000Z', status: 'operational' },
        { at: '2026-12-05T12:00:00.000Z', status: 'major_outage' },
      ],
      maintenances: [
        { scheduled_for: '2026-11-30T22:00:00.000Z', scheduled_until: '2026-11-30T23:00:00.000Z' }, // 23:00-00:00 on 30 Nov local
        { scheduled_for: '2026-12-03T10:00:00.000Z', scheduled_until: '2026-12-03T12:00:00.000Z' }, // future
      ],
      now: '2026-12-01T12:00:00.000Z',
      timeZone: tz,
      days: 3,
    });
    expect(days).toEqual(['partial_outage', 'under_maintenance', 'operational']);
    expect(worstStatus(['operational', 'under_maintenance', 'degraded_performance'])).toBe(
      'degraded_performance',
    );
  });
});

describe('accent colour contrast (WCAG)', () => {
  it('computes the WCAG ratio and asks 4.5:1 on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(readableOnWhite('#767676')).toBe(true);
    expect(readableOnWhite('#777777')).toBe(false);
    expect(readableOnWhite('#ffcc00')).toBe(false);
    expect(readableOnWhite(DEFAULT_ACCENT_COLOR)).toBe(true);
  });
});

describe('validation helpers', () => {
  it('knows IANA time zones', () => {
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
  it('names unknown and repeated component ids by field', () => {
    expect(componentIdProblems(['a', 'x', 'a'], new Set(['a', 'b']), (i) => `component_ids.${i}`)).toEqual([
      { field: 'component_ids.1', key: 'status.unknown_component', params: { id: 'x' } },
      { field: 'component_ids.2', key: 'status.component_twice', params: { id: 'a' } },
    ]);
  });
  it('fills a missing language from the other', () => {
    expect(localised('', 'Website')).toEqual({ nl: 'Website', en: 'Website' });
    expect(localised('Site', 'Website')).toEqual({ nl: 'Site', en: 'Website' });
  });
});
