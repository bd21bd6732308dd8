// The one interface every delivery channel implements, and the error that tells the worker whether to retry.
import type { Delivery } from '../store/repos/outbox.js';

export type { Delivery };

export interface Channel {
  /** Matches `deliveries.channel`, e.g. 'email'. */
  readonly name: string;
  /**
   * Sends one delivery. Resolves when the recipient's side has accepted it; throws (preferably a DeliveryError)
   * when it has not. The worker may call this again for the same delivery after a crash, so a channel that can
   * deduplicate (a Message-ID, a webhook-id) should pass the delivery's stable identity along.
   */
  send(delivery: Delivery): Promise<void>;
}

export class DeliveryError extends Error {
  constructor(
    message: string,
    /** True when trying again cannot help (recipient rejected, payload invalid): the delivery fails at once. */
    readonly permanent: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DeliveryError';
  }
}

export const permanentError = (message: string, cause?: unknown) =>
  new DeliveryError(message, true, { cause });
export const temporaryError = (message: string, cause?: unknown) =>
  new DeliveryError(message, false, { cause });

/** Anything a channel throws that is not a DeliveryError is treated as temporary: better a retry than a loss. */
export function classify(error: unknown): { permanent: boolean; message: string } {
  if (error instanceof DeliveryError) return { permanent: error.permanent, message: error.message };
  if (error instanceof Error) return { permanent: false, message: error.message || error.name };
  return { permanent: false, message: String(error) };
}

/** The worker and channels read time through this, so tests can move it. */
export interface Clock {
  now(): Date;
}
