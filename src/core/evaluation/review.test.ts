import { describe, expect, it } from 'vitest';
import { transition } from '../incident/phases.js';
import { isActionItemOverdue, localDate, reviewCompleted, reviewPermissions } from './review.js';

describe('review rules', () => {
  it('is worked on in recovery and evaluation, completed in evaluation, skipped in any open phase', () => {
    expect(reviewPermissions('containment', 'open', true)).toEqual({
      editable: false,
      canComplete: false,
      canSkip: true,
      canReopen: false,
    });
    expect(reviewPermissions('recovery', 'open', true)).toMatchObject({ editable: true, canComplete: false });
    expect(reviewPermissions('evaluation', 'open', true)).toMatchObject({
      editable: true,
      canComplete: true,
    });
    expect(reviewPermissions('evaluation', 'done', true)).toEqual({
      editable: false,
      canComplete: false,
      canSkip: false,
      canReopen: true,
    });
    expect(reviewPermissions('closed', 'done', true).canReopen).toBe(false);
    expect(Object.values(reviewPermissions('evaluation', 'open', false))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('an item is overdue from the day after its due date, in the organisation time zone', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    const today = localDate(new Date('2027-03-31T23:30:00Z'));
    expect(today).toBe('2027-04-01');
    expect(isActionItemOverdue('open', '2027-03-31', today)).toBe(true);
    expect(isActionItemOverdue('doing', '2027-04-01', today)).toBe(false);
    expect(isActionItemOverdue('done', '2027-01-01', today)).toBe(false);
    expect(isActionItemOverdue('open', null, today)).toBe(false);
  });

  it('closing waits for the review to be done or skipped', () => {
    const close = (reviewState: 'open' | 'done' | 'skipped') =>
      transition({ phase: 'evaluation', reviewState }, 'closed', '2027-01-01T00:00:00.000Z', null, [
        reviewCompleted,
      ]);
    expect(() => close('open')).toThrow('phase.close_blocked');
    expect(close('done').to).toBe('closed');
    expect(close('skipped').to).toBe('closed');
  });
});
