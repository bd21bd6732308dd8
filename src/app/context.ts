// What every use case receives: the store, the clock, the configuration, and who is acting.
import type { Config } from '../config.js';
import type { Store, Tx } from '../store/db.js';
import type { AccessLevel } from '../core/access.js';
import type { Language } from '../core/api/common.js';
import { appendEvent } from '../store/repos/timeline.js';
import { appendEvents } from '../store/repos/timeline-append-many.js';
import { enqueue, type NewDelivery } from '../store/repos/outbox.js';
import { DomainError } from '../core/errors.js';
import { hasAccess } from '../core/access.js';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export interface Actor {
  id: string;
  name: string;
  email: string;
  level: AccessLevel;
  language: Language;
  /** How the actor proved who they are; tokens cannot do what only a person in the browser should. */
  via: 'session' | 'token' | 'cli';
}

export interface Services {
  readonly store: Store;
  readonly clock: Clock;
  readonly config: Config;
  /** Called after a transaction that enqueued deliveries has committed. */
  readonly wakeOutbox: () => void;
  /** Called after a transaction that appended timeline events has committed: live pages update. */
  readonly timelineChanged?: (chainIds: string[]) => void;
  /** Where live pages subscribe to a chain's new events (absent in one-off CLI commands). */
  readonly notifier?: {
    subscribe(chainId: string, onChange: () => void): () => void;
    /** Every chain's changes (the public status page). */
    subscribeAll?(onChange: (chainId: string) => void): () => void;
  };
}

export interface Ctx extends Services {
  readonly actor: Actor | null;
  readonly ip?: string;
}

/** One event for `Unit.events`: its type and payload, and the `subject` and `chainId` options of `Unit.event`. */
export interface UnitEvent {
  type: string;
  payload: Record<string, unknown>;
  subject?: string | null;
  chainId?: string;
}

/** What a use case can do inside its transaction: change rows, record events, enqueue deliveries. */
export interface Unit {
  readonly tx: Tx;
  readonly now: string;
  event(
    type: string,
    payload: Record<string, unknown>,
    options?: { subject?: string | null; chainId?: string },
  ): Promise<void>;
  /**
   * Several events at once, in this order (an arrival of alerts): the same chains and hashes as calling `event` for
   * each, in a few statements (each chain's head locked once). Append them last in the transaction: on PostgreSQL
   * the `org` chain's head stays locked until commit, and every other change that records an event waits for it.
   */
  events(list: readonly UnitEvent[]): Promise<void>;
  deliver(d: Omit<NewDelivery, 'at'>): Promise<string>;
}

/**
 * Runs `work` in one transaction, so a change and its timeline event commit together or not at all. Deliveries
 * enqueued inside are handed to the outbox worker once the transaction has committed.
 */
export async function inTransaction<T>(ctx: Ctx, work: (u: Unit) => Promise<T>): Promise<T> {
  let enqueued = false;
  const chains = new Set<string>();
  const now = ctx.clock.now().toISOString();
  const result = await ctx.store.db.transaction().execute(async (tx) => {
    const unit: Unit = {
      tx,
      now,
      event: async (type, payload, options = {}) => {
        chains.add(options.chainId ?? 'org');
        await appendEvent(tx, ctx.store.dialect, {
          chainId: options.chainId ?? 'org',
          at: now,
          actorId: ctx.actor?.id ?? null,
          type,
          subject: options.subject ?? null,
          payload,
        });
      },
      events: async (list) => {
        for (const e of list) chains.add(e.chainId ?? 'org');
        await appendEvents(
          tx,
          ctx.store.dialect,
          list.map((e) => ({
            chainId: e.chainId ?? 'org',
            at: now,
            actorId: ctx.actor?.id ?? null,
            type: e.type,
            subject: e.subject ?? null,
            payload: e.payload,
          })),
        );
      },
      deliver: async (d) => {
        enqueued = true;
        return enqueue(tx, { ...d, at: now });
      },
    };
    return work(unit);
  });
  if (enqueued) ctx.wakeOutbox();
  if (chains.size > 0) ctx.timelineChanged?.([...chains]);
  return result;
}

export function requireActor(ctx: Ctx, level: AccessLevel = 'viewer'): Actor {
  if (!ctx.actor) throw new DomainError('unauthenticated', 'error.unauthenticated');
  if (!hasAccess(ctx.actor.level, level)) throw new DomainError('forbidden', 'error.forbidden');
  return ctx.actor;
}
