// The evaluation in words: durations from whole seconds, deadlines met or missed by how much, the part of the plan
// an action item changes with where to read it, and due dates that do not move with the computer's time zone.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { dueDateText, durationText, outcomeText, planPartHref, planPartText } from './evaluation-words';

// A stand-in for i18next that shows the key and its values, so the choices are visible without the catalogues.
const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key}(${Object.entries(values)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join(',')})`) as unknown as TFunction;

describe('evaluation words', () => {
  it('says a duration in seconds under a minute, else in minutes, hours and days; null is "not yet"', () => {
    expect(durationText(t, null)).toBe('evaluation.metrics.not_yet()');
    expect(durationText(t, 42)).toBe('evaluation.duration.seconds(count=42)');
    expect(durationText(t, 35 * 60 + 59)).toBe('legal.duration.minutes(minutes=35)');
    expect(durationText(t, 32 * 3600 + 35 * 60)).toBe('legal.duration.hours_minutes(hours=32,minutes=35)');
    expect(durationText(t, 5 * 86400 + 3 * 3600)).toBe('legal.duration.days_hours(days=5,hours=3)');
  });

  it('says how a deadline went and by how much', () => {
    expect(outcomeText(t, { outcome: 'met', minutes: 2725, status: 'submitted' })).toBe(
      'evaluation.deadline.met_by(time=legal.duration.hours_minutes(hours=45,minutes=25))',
    );
    expect(outcomeText(t, { outcome: 'missed', minutes: 60, status: 'submitted' })).toBe(
      'evaluation.deadline.missed_by(time=legal.duration.hours(hours=1))',
    );
    // Still open past its deadline: late so far, and not sent.
    expect(outcomeText(t, { outcome: 'missed', minutes: 30, status: 'open' })).toBe(
      'evaluation.deadline.late_open(time=legal.duration.minutes(minutes=30))',
    );
    expect(outcomeText(t, { outcome: 'pending', minutes: null, status: 'open' })).toBe(
      'evaluation.deadline.pending()',
    );
  });

  it('names the part of the plan an item changes and links to it; a free reference stays as written', () => {
    const names = { scenarios: new Map([['ransomware', 'Ransomware']]), audiences: new Map() };
    expect(planPartText(t, 'scenarios.ransomware', names)).toBe('plan.scenarios.title(): Ransomware');
    expect(planPartText(t, 'scenarios.gone', names)).toBe('plan.scenarios.title(): gone');
    expect(planPartText(t, 'team')).toBe('plan.team.title()');
    expect(planPartText(t, 'runbook.md')).toBe('runbook.md');
    expect(planPartHref('scenarios.ransomware')).toBe('/plan#scenarios');
    expect(planPartHref('audiences')).toBe('/plan#audiences');
    expect(planPartHref('runbook.md')).toBeNull();
  });

  it('shows a due date as the calendar date it is, in the reader language', () => {
    expect(dueDateText('2027-01-15', 'en')).toBe('15 Jan 2027');
    expect(dueDateText('2027-01-15', 'nl')).toBe('15 jan 2027');
    expect(dueDateText(null, 'en')).toBe('');
  });
});
