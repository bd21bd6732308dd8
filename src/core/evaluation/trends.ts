// Trends across incidents, pure: months on the organisation's wall clock, and per month the incidents by scenario
// and severity, the mean times to detect, contain and recover, and the legal deadlines met and missed.
import type { DeadlineOutcome } from '../api/evaluation.js';
import type { TrendMonth } from '../api/evaluation-reports.js';

/** The month (YYYY-MM) an instant falls in, in the time zone. */
export function monthOf(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/** The month `n` months after (or before, when negative) the given one. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** The instant a month starts on the time zone's wall clock (midnight of its first day). */
export function monthStart(month: string, timeZone: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const utcMidnight = Date.UTC(y, m - 1, 1);
  // The zone's offset at that moment; a month never starts inside a daylight-saving change (those are at night on
  // a Sunday late in March and October), so one correction is exact.
  const offset = (at: number) => {
    const p = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).formatToParts(new Date(at));
    const g = (type: string) => Number(p.find((x) => x.type === type)?.value);
    return Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute')) - at;
  };
  return new Date(utcMidnight - offset(utcMidnight - offset(utcMidnight))).toISOString();
}

/** One incident as the trends count it. */
export interface TrendIncident {
  month: string;
  scenarioId: string;
  severityId: string;
  detectSeconds: number | null;
  containSeconds: number | null;
  recoverSeconds: number | null;
  deadlines: DeadlineOutcome[];
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);

export function trendMonths(months: string[], incidents: TrendIncident[]): TrendMonth[] {
  return months.map((month) => {
    const here = incidents.filter((i) => i.month === month);
    const count = (key: (i: TrendIncident) => string) => {
      const out: Record<string, number> = {};
      for (const i of here) out[key(i)] = (out[key(i)] ?? 0) + 1;
      return out;
    };
    const measured = (pick: (i: TrendIncident) => number | null) =>
      here.map(pick).filter((v): v is number => v !== null);
    const detect = measured((i) => i.detectSeconds);
    const contain = measured((i) => i.containSeconds);
    const recover = measured((i) => i.recoverSeconds);
    const outcomes = here.flatMap((i) => i.deadlines);
    return {
      month,
      incidents: here.length,
      by_scenario: count((i) => i.scenarioId),
      by_severity: count((i) => i.severityId),
      mean_time_to_detect_seconds: mean(detect),
      mean_time_to_contain_seconds: mean(contain),
      mean_time_to_recover_seconds: mean(recover),
      measured: { detect: detect.length, contain: contain.length, recover: recover.length },
      deadlines_met: outcomes.filter((o) => o === 'met').length,
      deadlines_missed: outcomes.filter((o) => o === 'missed').length,
    };
  });
}
