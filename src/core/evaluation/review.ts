// The review's rules, pure: when it can be worked on, completed, skipped or reopened; when an action item is
// overdue; and the close guard (an incident closes only once its review is done or skipped).
import type { ActionItemStatus, ReviewState } from '../api/evaluation.js';
import type { CloseGuard } from '../incident/phases.js';
import { DEFAULT_TIME_ZONE } from '../format-time.js';

/** The phases in which contributions, texts and new action items are accepted: once the incident is contained. */
const WORKING_PHASES: ReadonlySet<string> = new Set(['recovery', 'evaluation']);

export interface ReviewPermissions {
  editable: boolean;
  canComplete: boolean;
  canSkip: boolean;
  canReopen: boolean;
}

/** What may be done with a review now; `mayAct` is whether the caller may change the incident at all. */
export function reviewPermissions(phase: string, state: ReviewState, mayAct: boolean): ReviewPermissions {
  const live = mayAct && phase !== 'closed';
  return {
    editable: live && state === 'open' && WORKING_PHASES.has(phase),
    canComplete: live && state === 'open' && phase === 'evaluation',
    canSkip: live && state === 'open',
    canReopen: live && state !== 'open',
  };
}

/** The catalogue key explaining why the review cannot be worked on now, or null when it can. */
export function whyNotEditable(phase: string, state: ReviewState): string | null {
  if (state !== 'open') return 'evaluation.review_completed';
  if (!WORKING_PHASES.has(phase)) return 'evaluation.review_not_yet';
  return null;
}

/** A calendar date (YYYY-MM-DD) in the organisation's time zone. */
export function localDate(now: Date, timeZone = DEFAULT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** An open or doing item is overdue from the day after its due date. */
export function isActionItemOverdue(status: ActionItemStatus, dueOn: string | null, today: string): boolean {
  return (status === 'open' || status === 'doing') && dueOn !== null && dueOn < today;
}

/** The close guard: the review is done, or skipped with a reason. */
export const reviewCompleted: CloseGuard<{ reviewState: ReviewState }> = (s) =>
  s.reviewState === 'open' ? [{ key: 'evaluation.review_open' }] : [];
