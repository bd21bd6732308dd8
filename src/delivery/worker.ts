// The outbox worker: claims due deliveries, sends each through its channel, and records the outcome with backoff.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { backoffDelayMs, defaultBackoff, type BackoffPolicy } from '../core/backoff.js';
import type { Store } from '../store/db.js';
import { claimDue, nextDueAt, recordFailure, recordSuccesses } from '../store/repos/outbox.js';
import { classify, permanentError, type Channel, type Clock, type Delivery } from './channel.js';

/** The slice of a pino logger the worker uses. */
export interface WorkerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface OutboxWorkerOptions {
  store: Store;
  channels: readonly Channel[];
  clock?: Clock;
  logger?: WorkerLogger;
  /** Unique per worker (and per process): a claim is recorded under it. */
  workerId?: string;
  /** Deliveries claimed per transaction. */
  batchSize?: number;
  /** How long a claim holds; a worker that dies mid-send releases its deliveries when this runs out. Keep it well
   * above the slowest send (the email channel gives up on a silent server after 60 s by default). */
  leaseSeconds?: number;
  /** Longest sleep between looks at the outbox when nothing wakes the worker. */
  pollMs?: number;
  /** Sends in flight at once within a batch. */
  concurrency?: number;
  backoff?: BackoffPolicy;
  /** Source of the backoff's jitter, in [0, 1). */
  random?: () => number;
  /** Called after each outcome is recorded: for metrics and live updates. Must not throw. */
  onOutcome?: (outcome: Outcome) => void;
  /**
   * Expands one batch of a fan-out job into deliveries (a status-page notice to many subscribers); resolves with
   * how many it enqueued, or null when there was no job. Runs at the start of every pass. The server passes the
   * status page's fan-out jobs (src/runtime.ts); without it there is nothing to expand.
   */
  expand?: (now: Date) => Promise<number | null>;
}

export type Outcome =
  | { kind: 'sent'; delivery: Delivery; at: string }
  | { kind: 'retry'; delivery: Delivery; at: string; error: string; retryAt: string }
  | { kind: 'failed'; delivery: Delivery; at: string; error: string };

export interface RunResult {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
}

const silent: WorkerLogger = { info: () => {}, warn: () => {}, error: () => {} };

async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}

export class OutboxWorker {
  readonly workerId: string;
  private readonly store: Store;
  private readonly channels: ReadonlyMap<string, Channel>;
  private readonly clock: Clock;
  private readonly log: WorkerLogger;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private readonly pollMs: number;
  private readonly concurrency: number;
  private readonly backoff: BackoffPolicy;
  private readonly random: () => number;
  private readonly onOutcome: (outcome: Outcome) => void;
  private readonly expand: (now: Date) => Promise<number | null>;
  // A fan-out job was expanded in this pass: there may be more of it, so the next pass follows at once.
  private expanding = false;
  // Outcomes of sends whose recording failed (database down): recorded first on the next run, so a sent
  // delivery is not left to a lease expiry that would send it again.
  private unrecorded: Outcome[] = [];
  private running = false;
  private woken = false;
  private timer: NodeJS.Timeout | null = null;
  private current: Promise<number> | null = null;

  constructor(options: OutboxWorkerOptions) {
    this.store = options.store;
    this.channels = new Map(options.channels.map((c) => [c.name, c]));
    this.clock = options.clock ?? { now: () => new Date() };
    this.log = options.logger ?? silent;
    this.workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    // 100 claimed and 25 in flight keep the email channel's 5 SMTP connections busy between claims (a fan-out to
    // 50,000 waited on each pass's last sends with 25 and 8). A batch still takes at most 4 rounds of the slowest
    // send (60 s), well within the 300 s lease.
    this.batchSize = options.batchSize ?? 100;
    this.leaseMs = (options.leaseSeconds ?? 300) * 1000;
    this.pollMs = options.pollMs ?? 5000;
    this.concurrency = options.concurrency ?? 25;
    this.backoff = options.backoff ?? defaultBackoff;
    this.random = options.random ?? Math.random;
    this.onOutcome = options.onOutcome ?? (() => {});
    this.expand = options.expand ?? (() => Promise.resolve(null));
  }

  /** Starts the loop: a run at once, then whenever woken, a batch was full, a retry falls due, or pollMs passed. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.schedule(0);
  }

  /** Stops the loop and resolves once the sends in flight are finished and recorded. */
  async stop(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.current;
    // Outcomes still unrecorded would otherwise be lost with the process, and their deliveries sent again.
    if (this.unrecorded.length > 0) await this.recordLeftovers();
  }

  /** Something was enqueued and committed: look now rather than at the next poll. */
  wake(): void {
    if (!this.running) return;
    if (this.current) this.woken = true;
    else this.schedule(0);
  }

  /**
   * One pass: records outcomes left over from a database failure, claims a batch in one short transaction, sends
   * each outside it, and records the outcomes. Outcomes are recorded in groups: those that finish while a group is
   * being written go into the next group, one transaction each, so a large fan-out does not pay one commit per
   * message. A send is still recorded only after it happened (at least once), and before the pass ends.
   * Before the claim, one batch of a fan-out job is expanded into deliveries (when there is one).
   * Throws only when the claim itself fails (the loop logs that).
   */
  async runOnce(): Promise<RunResult> {
    await this.recordLeftovers();
    this.expanding = false;
    try {
      this.expanding = (await this.expand(this.clock.now())) !== null;
    } catch (error) {
      this.log.error({ err: error, worker: this.workerId }, 'fan-out expansion failed; will try again');
    }
    const now = this.clock.now();
    const batch = await this.store.db.transaction().execute((tx) =>
      claimDue(tx, this.store.dialect, {
        now: now.toISOString(),
        leaseUntil: new Date(now.getTime() + this.leaseMs).toISOString(),
        worker: this.workerId,
        limit: this.batchSize,
      }),
    );
    const result: RunResult = { claimed: batch.length, sent: 0, retrying: 0, failed: 0 };
    const waiting: Outcome[] = [];
    let writing: Promise<void> | null = null;
    const write = async () => {
      while (waiting.length > 0) await this.record(waiting.splice(0));
    };
    await eachLimited(batch, this.concurrency, async (delivery) => {
      const outcome = await this.attempt(delivery);
      result[outcome.kind === 'sent' ? 'sent' : outcome.kind === 'retry' ? 'retrying' : 'failed']++;
      waiting.push(outcome);
      writing ??= write().finally(() => {
        writing = null;
      });
    });
    await writing;
    if (waiting.length > 0) await write();
    return result;
  }

  private async attempt(delivery: Delivery): Promise<Outcome> {
    let failure: unknown = null;
    const channel = this.channels.get(delivery.channel);
    try {
      if (!channel) throw permanentError(`no "${delivery.channel}" channel is configured`);
      await channel.send(delivery);
    } catch (error) {
      failure = error;
    }
    const at = this.clock.now();
    if (failure === null) return { kind: 'sent', delivery, at: at.toISOString() };
    const { permanent, message } = classify(failure);
    const attempt = delivery.attempts + 1;
    if (permanent || attempt >= delivery.maxAttempts) {
      return { kind: 'failed', delivery, at: at.toISOString(), error: message };
    }
    const retryAt = new Date(at.getTime() + backoffDelayMs(attempt, this.random, this.backoff)).toISOString();
    return { kind: 'retry', delivery, at: at.toISOString(), error: message, retryAt };
  }

  /** Records outcomes in one transaction; when that fails they are kept and recorded first on the next run. */
  private async record(outcomes: Outcome[]): Promise<void> {
    if (outcomes.length === 0) return;
    const fieldsOf = ({ delivery }: Outcome) => ({
      delivery: delivery.id,
      channel: delivery.channel,
      attempt: delivery.attempts + 1,
    });
    const late: Outcome[] = [];
    try {
      await this.store.db.transaction().execute(async (tx) => {
        late.length = 0;
        // The sent ones with two statements for the whole group (a fan-out records hundreds a second).
        const sent = outcomes.filter((o) => o.kind === 'sent');
        const recorded = await recordSuccesses(
          tx,
          sent.map((o) => ({ id: o.delivery.id, at: o.at })),
          this.workerId,
        );
        for (const outcome of sent) if (!recorded.has(outcome.delivery.id)) late.push(outcome);
        for (const outcome of outcomes) {
          if (outcome.kind === 'sent') continue;
          const retryAt = outcome.kind === 'retry' ? outcome.retryAt : null;
          await recordFailure(tx, outcome.delivery.id, this.workerId, outcome.at, outcome.error, retryAt);
        }
      });
    } catch (error) {
      this.unrecorded.push(...outcomes);
      for (const outcome of outcomes)
        this.log.error(
          { ...fieldsOf(outcome), err: error },
          'could not record a delivery outcome; will try again',
        );
      return;
    }
    for (const outcome of late)
      this.log.warn(
        fieldsOf(outcome),
        'delivery sent after its lease ran out; raise leaseSeconds if this recurs',
      );
    for (const outcome of outcomes) {
      const fields = fieldsOf(outcome);
      if (outcome.kind === 'retry')
        this.log.warn(
          { ...fields, error: outcome.error, retryAt: outcome.retryAt },
          'delivery failed; will retry',
        );
      if (outcome.kind === 'failed')
        this.log.error({ ...fields, error: outcome.error }, 'delivery failed for good');
      try {
        this.onOutcome(outcome);
      } catch (error) {
        this.log.error({ ...fields, err: error }, 'outbox outcome listener threw');
      }
    }
  }

  private async recordLeftovers(): Promise<void> {
    const leftovers = this.unrecorded;
    this.unrecorded = [];
    await this.record(leftovers);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  private async tick(): Promise<void> {
    this.timer = null;
    if (!this.running || this.current) return;
    this.woken = false;
    // pass() never rejects: every failure in it is logged and turned into a delay.
    this.current = this.pass();
    const delay = await this.current;
    this.current = null;
    if (this.running) this.schedule(this.woken ? 0 : delay);
  }

  /** One run of the loop; resolves with how long to sleep before the next. */
  private async pass(): Promise<number> {
    try {
      const result = await this.runOnce();
      if (result.claimed === this.batchSize || this.expanding) return 0;
    } catch (error) {
      this.log.error({ err: error, worker: this.workerId }, 'outbox run failed; will try again');
      return this.pollMs;
    }
    return this.untilNextDue();
  }

  // A retry due before the next poll is picked up on time. A due time in the past belongs to a delivery another
  // worker holds: waiting the poll interval then avoids spinning on it.
  private async untilNextDue(): Promise<number> {
    try {
      const due = await nextDueAt(this.store.db);
      const wait = due === null ? this.pollMs : Date.parse(due) - this.clock.now().getTime();
      return wait > 0 ? Math.min(wait, this.pollMs) : this.pollMs;
    } catch {
      return this.pollMs;
    }
  }
}
