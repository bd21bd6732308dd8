import { describe, expect, it } from 'vitest';
import type { ReportInput, ReportObligation } from './report-input.js';
import { dateOnly, dutyResult, formatDuration, shorten, statusLine } from './report-words.js';

const HOUR = 3_600_000;
const input = (language: 'nl' | 'en', phase: ReportInput['incident']['phase'] = 'recovery') =>
  ({
    language,
    timeZone: 'Europe/Amsterdam',
    incident: { phase, closedAt: phase === 'closed' ? '2027-01-15T12:00:00.000Z' : null },
  }) as ReportInput;
const duty = (over: Partial<ReportObligation>): ReportObligation => ({
  kind: 'gdpr_authority',
  status: 'submitted',
  dueAt: '2027-05-13T08:00:00.000Z',
  submittedAt: '2027-05-12T08:00:00.000Z',
  reference: 'AP-1',
  notRequiredReasoning: null,
  met: true,
  marginMs: 24 * HOUR,
  ...over,
});

describe('report words', () => {
  it('durations: the two largest units, minutes dropped once it runs into days', () => {
    expect(formatDuration(0, 'en')).toBe('less than a minute');
    expect(formatDuration(29_999, 'nl')).toBe('minder dan een minuut');
    expect(formatDuration(61 * 60_000, 'en')).toBe('1 hour 1 minute');
    expect(formatDuration(25 * HOUR + 59 * 60_000, 'en')).toBe('1 day 1 hour');
    expect(formatDuration(3 * 24 * HOUR, 'nl')).toBe('3 dagen');
    // A margin late is given as its size.
    expect(formatDuration(-2 * HOUR, 'en')).toBe('2 hours');
  });

  it("a duty's result: met or missed and by how much, open, not required with its reasoning", () => {
    expect(dutyResult(input('en'), duty({}))).toBe('Met: 1 day before the deadline');
    expect(dutyResult(input('nl'), duty({ met: false, marginMs: -90 * 60_000 }))).toBe(
      'Niet gehaald: 1 uur 30 minuten te laat ingediend',
    );
    expect(
      dutyResult(input('en'), duty({ status: 'open', submittedAt: null, met: false, marginMs: -5 * HOUR })),
    ).toBe('Missed: not submitted, 5 hours past the deadline');
    expect(
      dutyResult(input('en'), duty({ status: 'open', submittedAt: null, met: null, marginMs: null })),
    ).toBe('Open: the deadline has not passed');
    expect(
      dutyResult(input('en'), duty({ status: 'not_required', met: null, notRequiredReasoning: 'No risk.' })),
    ).toBe('Not required: No risk.');
  });

  it('status, dates in the organisation’s calendar, shortened text', () => {
    expect(statusLine(input('nl', 'containment'))).toBe('Open, in de fase inperking');
    // 12:00 UTC in January is 13:00 in Amsterdam (winter time).
    expect(statusLine(input('en', 'closed'))).toBe('Closed on 15 January 2027 at 13:00 CET');
    expect(dateOnly(input('nl'), '2027-06-01')).toBe('1 juni 2027');
    expect(dateOnly(input('en'), '2027-05-31T22:30:00.000Z')).toBe('1 June 2027');
    expect(shorten('short', 10)).toBe('short');
    expect(shorten('one two three four five six', 16)).toBe('one two three…');
  });
});
