// The lists the evaluation client mirrors from core (to keep zod out of the bundle) must hold the same values; its
// per-incident review sits under the incident's key (so the live stream refreshes it), the rest under one prefix.
import { describe, expect, it, vi } from 'vitest';
import {
  actionItemStatuses,
  deadlineOutcomes,
  firstSignalSources,
  reviewStates,
} from '../../../src/core/api/evaluation';
import {
  ACTION_ITEM_STATUSES,
  DEADLINE_OUTCOMES,
  FIRST_SIGNAL_SOURCES,
  REVIEW_STATES,
  evaluationKeys,
  isEvaluationEvent,
  reportUrl,
  trendsCsvUrl,
} from './evaluation';

// The client reads the browser's language and cookies; these values do not need it.
vi.mock('./client', () => ({ api: {}, ApiError: class {} }));

describe('evaluation client', () => {
  it('mirrors core, in the same order', () => {
    expect([...REVIEW_STATES]).toEqual([...reviewStates]);
    expect([...ACTION_ITEM_STATUSES]).toEqual([...actionItemStatuses]);
    expect([...DEADLINE_OUTCOMES]).toEqual([...deadlineOutcomes]);
    expect([...FIRST_SIGNAL_SOURCES]).toEqual([...firstSignalSources]);
  });

  it("keeps an incident's review under its key, and the backlog and trends under one prefix", () => {
    expect(evaluationKeys.review('INC-1').slice(0, 2)).toEqual(['incident', 'INC-1']);
    expect(evaluationKeys.backlog({ status: 'active' }).slice(0, 1)).toEqual([...evaluationKeys.across]);
    expect(evaluationKeys.trends({}).slice(0, 1)).toEqual([...evaluationKeys.across]);
  });

  it('builds download addresses with the id encoded and the language when chosen', () => {
    expect(reportUrl('a b', 'report', 'pdf')).toBe('/api/v1/incidents/a%20b/report.pdf');
    expect(reportUrl('i1', 'report-executive', 'md', 'nl')).toBe(
      '/api/v1/incidents/i1/report-executive.md?lang=nl',
    );
    expect(trendsCsvUrl({})).toBe('/api/v1/evaluation/trends.csv');
    expect(trendsCsvUrl({}, 'nl')).toBe('/api/v1/evaluation/trends.csv?lang=nl');
    expect(trendsCsvUrl({ from: '2026-01', to: '2026-06', exercise: 'true' })).toBe(
      '/api/v1/evaluation/trends.csv?from=2026-01&to=2026-06&exercise=true',
    );
  });

  it("tells the review's and the action items' events from the rest", () => {
    expect(isEvaluationEvent('review.done')).toBe(true);
    expect(isEvaluationEvent('action_item.closed')).toBe(true);
    expect(isEvaluationEvent('incident.phase_changed')).toBe(false);
    expect(isEvaluationEvent('reviewer.added')).toBe(false);
  });
});
