// Unit tests for the retry delay: doubling, the cap, and the jitter's bounds.
import { describe, expect, it } from 'vitest';
import { backoffDelayMs, defaultBackoff } from './backoff.js';

const none = () => 0;

describe('backoffDelayMs', () => {
  it('doubles from 10 seconds per failed attempt', () => {
    expect([1, 2, 3, 4, 5].map((n) => backoffDelayMs(n, none))).toEqual([
      10_000, 20_000, 40_000, 80_000, 160_000,
    ]);
  });

  it('never waits longer than an hour, however many attempts failed', () => {
    expect(backoffDelayMs(10, none)).toBe(3_600_000);
    expect(backoffDelayMs(1_000, none)).toBe(3_600_000);
    expect(backoffDelayMs(Number.MAX_SAFE_INTEGER, none)).toBe(3_600_000);
  });

  it('takes up to half the delay off at random, never more', () => {
    expect(backoffDelayMs(1, () => 0.5)).toBe(7_500);
    expect(backoffDelayMs(1, () => 0.999999)).toBeGreaterThanOrEqual(5_000);
    expect(backoffDelayMs(12, () => 0.999999)).toBeGreaterThanOrEqual(1_800_000);
    for (let i = 0; i < 200; i++) {
      const d = backoffDelayMs(3, Math.random);
      expect(d).toBeGreaterThanOrEqual(20_000);
      expect(d).toBeLessThanOrEqual(40_000);
    }
  });

  it('spreads deliveries that failed together', () => {
    const seen = new Set(Array.from({ length: 50 }, () => backoffDelayMs(4, Math.random)));
    expect(seen.size).toBeGreaterThan(10);
  });

  it('treats nonsense attempt numbers and random values as the first attempt and the bounds', () => {
    expect(backoffDelayMs(0, none)).toBe(10_000);
    expect(backoffDelayMs(-3, none)).toBe(10_000);
    expect(backoffDelayMs(Number.NaN, none)).toBe(10_000);
    expect(backoffDelayMs(1, () => 7)).toBe(5_000);
    expect(backoffDelayMs(1, () => -1)).toBe(10_000);
  });

  it('follows a custom policy', () => {
    const policy = { ...defaultBackoff, baseMs: 1_000, maxMs: 5_000, jitter: 0 };
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, Math.random, policy))).toEqual([
      1_000, 2_000, 4_000, 5_000,
    ]);
  });
});
