// The login throttle's rule: at most a few failures per key in a fixed window, then wait until it ends.

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export const LOGIN_PER_EMAIL: ThrottleRule = { maxFailures: 5, windowMs: 15 * 60_000 };
export const LOGIN_PER_IP: ThrottleRule = { maxFailures: 50, windowMs: 15 * 60_000 };

export interface ThrottleState {
  failures: number;
  windowStartedAt: string;
}

/** Seconds to wait before trying again, or 0 when the key may try now. */
export function retryAfterSeconds(state: ThrottleState | undefined, rule: ThrottleRule, now: Date): number {
  if (!state) return 0;
  const endsAt = Date.parse(state.windowStartedAt) + rule.windowMs;
  if (endsAt <= now.getTime() || state.failures < rule.maxFailures) return 0;
  return Math.ceil((endsAt - now.getTime()) / 1000);
}

/** The state after one more failure: a new window when the old one ended. */
export function afterFailure(state: ThrottleState | undefined, rule: ThrottleRule, now: Date): ThrottleState {
  if (!state || Date.parse(state.windowStartedAt) + rule.windowMs <= now.getTime()) {
    return { failures: 1, windowStartedAt: now.toISOString() };
  }
  return { failures: state.failures + 1, windowStartedAt: state.windowStartedAt };
}

/** Reset links per account: enough for a lost mail, not enough to flood an inbox. */
export const RESET_PER_EMAIL: ThrottleRule = { maxFailures: 3, windowMs: 60 * 60_000 };

/** Guesses at a secret link (a password link, a contact check, a subscription) from one address. */
export const LINK_GUESSES_PER_IP: ThrottleRule = { maxFailures: 20, windowMs: 15 * 60_000 };

/** Password reset requests from one address, whichever addresses they name. */
export const RESET_REQUESTS_PER_IP: ThrottleRule = { maxFailures: 10, windowMs: 60 * 60_000 };
