// The outbox worker's side of a large status-page notice: expands the oldest open fan-out job by one batch of
// subscribers. The batch's deliveries and the job's cursor move commit together, so a crash redoes at most the batch
// in flight (and its idempotency keys make a redone batch add nothing); a second worker skips a job another holds.
import type { Store } from '../../store/db.js';
import { advanceFanOut, hasOpenFanOut, nextOpenFanOut } from '../../store/repos/status-subscribers.js';
import { deliveryMaker, enqueueBatch, type FanOutPlan } from './notify-subscribers.js';
import { senderOf } from './subscribers-support.js';

/** A fan-out whose cursor another worker moved first: this worker's batch is rolled back. */
class Overtaken extends Error {}

/**
 * Expands one batch of the oldest open fan-out job. Returns how many deliveries it enqueued, or null when no job
 * was open (the worker then has nothing to expand until the next notice).
 */
export async function expandStatusFanOut(store: Store, now: Date): Promise<number | null> {
  // Most passes of the worker find no job: they look without opening a transaction.
  if (!(await hasOpenFanOut(store.db))) return null;
  try {
    return await store.db.transaction().execute(async (tx) => {
      const job = await nextOpenFanOut(tx, store.dialect);
      if (!job) return null;
      const saved = JSON.parse(job.plan) as FanOutPlan;
      // The organisation's secret (webhook subscribers' signing keys) is not copied into the job.
      const plan: FanOutPlan = { ...saved, sender: { ...saved.sender, secret: (await senderOf(tx)).secret } };
      const b = await enqueueBatch(tx, plan, deliveryMaker(plan), job.after_id, job.created_at);
      const moved = await advanceFanOut(tx, job, {
        afterId: b.lastId ?? job.after_id,
        added: b.added,
        doneAt: b.end ? now.toISOString() : null,
      });
      if (!moved) throw new Overtaken();
      return b.added;
    });
  } catch (error) {
    if (error instanceof Overtaken) return 0;
    throw error;
  }
}
