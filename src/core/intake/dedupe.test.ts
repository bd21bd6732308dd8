import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dedupeAction, type KnownReport } from './dedupe.js';

type Step =
  | { kind: 'alert'; state: 'firing' | 'resolved' }
  | { kind: 'handle'; as: 'declared' | 'merged' | 'dismissed' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('alert' as const),
    state: fc.constantFrom('firing' as const, 'resolved' as const),
  }),
  fc.record({
    kind: fc.constant('handle' as const),
    as: fc.constantFrom('declared' as const, 'merged' as const, 'dismissed' as const),
  }),
);

describe('deduplication by fingerprint', () => {
  it('never keeps two firing reports for one alert, and wakes someone only for a new firing one', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const kept: KnownReport[] = [];
        for (const s of steps) {
          const latest = kept[kept.length - 1];
          if (s.kind === 'handle') {
            if (latest?.status === 'new') latest.status = s.as;
            continue;
          }
          const action = dedupeAction(s.state, latest);
          if (action.kind === 'create') {
            expect(latest?.alertState).not.toBe('firing');
            expect(action.notify).toBe(s.state === 'firing');
            kept.push({ status: 'new', alertState: s.state });
          } else {
            expect(latest).toBeDefined();
            if (action.kind === 'repeat') latest!.alertState = 'firing';
            if (action.kind === 'resolve') latest!.alertState = 'resolved';
          }
          expect(kept.filter((r) => r.alertState === 'firing').length).toBeLessThanOrEqual(1);
          // The alert's last word is what its newest report says.
          expect(kept[kept.length - 1]!.alertState).toBe(s.state);
        }
      }),
    );
  });

  it('counts repeats on the firing report, also when it was dismissed', () => {
    expect(dedupeAction('firing', { status: 'dismissed', alertState: 'firing' })).toEqual({
      kind: 'repeat',
      reopened: false,
    });
    expect(dedupeAction('firing', { status: 'new', alertState: 'resolved' })).toEqual({
      kind: 'repeat',
      reopened: true,
    });
    expect(dedupeAction('firing', { status: 'merged', alertState: 'resolved' })).toEqual({
      kind: 'create',
      notify: true,
    });
    expect(dedupeAction('resolved', undefined)).toEqual({ kind: 'create', notify: false });
    expect(dedupeAction('resolved', { status: 'new', alertState: 'resolved' })).toEqual({ kind: 'touch' });
  });
});
