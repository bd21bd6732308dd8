// How long the outbox waits before trying a delivery again: exponential, capped, with jitter.

export interface BackoffPolicy {
  /** The delay after the first failed attempt. */
  readonly baseMs: number;
  /** No delay is longer than this. */
  readonly maxMs: number;
  /** Up to this fraction of the delay is taken off at random, so deliveries that failed together do not all
   * come back together (an SMTP server that was down would otherwise be hit by the whole queue at once). */
  readonly jitter: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 10_000, maxMs: 60 * 60_000, jitter: 0.5 };

/**
 * The delay in milliseconds before the next try, after `attempt` (1 for the first) failed.
 * `random` returns a number in [0, 1), like Math.random; tests pass a fixed one.
 */
export function backoffDelayMs(
  attempt: number,
  random: () => number = Math.random,
  policy: BackoffPolicy = defaultBackoff,
): number {
  const n = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1;
  // Past 2^40 the product is far beyond any cap; stopping there keeps the arithmetic finite.
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(n - 1, 40));
  const r = Math.min(Math.max(random(), 0), 1);
  const jitter = Math.min(Math.max(policy.jitter, 0), 1);
  return Math.round(ceiling * (1 - jitter * r));
}
