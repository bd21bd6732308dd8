// The status page screens' pure rules: statuses from impact, the accent colour's contrast, zoned times.
import { describe, expect, it } from 'vitest';
import {
  contrastOnWhite,
  fromZonedInput,
  incidentStatusForKind,
  statusForImpact,
  toZonedInput,
} from './status-rules';

describe('status page rules', () => {
  it('suggests a component status from the impact, and operational once resolved', () => {
    expect(statusForImpact('critical', 'investigating')).toBe('major_outage');
    expect(statusForImpact('major', 'identified')).toBe('partial_outage');
    expect(statusForImpact('minor', 'monitoring')).toBe('degraded_performance');
    expect(statusForImpact('none', 'investigating')).toBe('operational');
    expect(statusForImpact('critical', 'resolved')).toBe('operational');
    expect(incidentStatusForKind('holding')).toBe('investigating');
    expect(incidentStatusForKind('resolved')).toBe('resolved');
  });

  it('measures contrast against white as WCAG does', () => {
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the classic lightest grey that passes 4.5:1; #777777 fails.
    expect(contrastOnWhite('#767676')!).toBeGreaterThanOrEqual(4.5);
    expect(contrastOnWhite('#777777')!).toBeLessThan(4.5);
    expect(contrastOnWhite('red')).toBeNull();
  });

  it('reads and writes the clock of the organisation, across summer time', () => {
    // Amsterdam is UTC+1 in winter and UTC+2 in summer.
    expect(fromZonedInput('2026-12-01T09:30', 'Europe/Amsterdam')).toBe('2026-12-01T08:30:00.000Z');
    expect(fromZonedInput('2026-07-01T09:30', 'Europe/Amsterdam')).toBe('2026-07-01T07:30:00.000Z');
    expect(fromZonedInput('2026-07-01T09:30', 'America/New_York')).toBe('2026-07-01T13:30:00.000Z');
    expect(toZonedInput('2026-12-01T08:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-12-01T09:30');
    expect(toZonedInput('2026-07-01T07:30:00.000Z', 'Europe/Amsterdam')).toBe('2026-07-01T09:30');
    expect(fromZonedInput('', 'Europe/Amsterdam')).toBeNull();
  });
});
