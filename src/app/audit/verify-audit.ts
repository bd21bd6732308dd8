// Checks every timeline chain for changed, removed or reordered events.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ChainVerifier, describeProblem, type ChainProblem } from '../../core/timeline/verify.js';
import { listChains } from '../../store/repos/timeline.js';
import type { DatabaseTarget, Store } from '../../store/db.js';
import { verifyRange, type ChainHead, type RangeResult } from './verify-range.js';

export interface AuditResult {
  intact: boolean;
  events: number;
  chains: number;
  problem: ChainProblem | null;
  message: string;
}

/**
 * A large history is checked by worker threads, one range of chains each, every one on its own connection to the
 * store's database (`store.target`); a small one, or an in-memory database, on this thread.
 */
export interface AuditOptions {
  /** From this many events on, worker threads are worth their start (about 100 ms each). */
  workersFrom?: number;
  /** How many worker threads: by default one per core, at most four. */
  workers?: number;
}

/**
 * Reads every event once, ordered by chain and seq (keyset pages, not a query per chain), and checks each chain
 * against its head; chains with a head but no events are checked last. Stops at the first problem, and reports the
 * same first problem (and the same counts) whether the chains are checked on one thread or on several: the ranges
 * are taken in chain order and the first range with a problem answers.
 */
export async function verifyAudit(
  store: Store,
  onProgress?: (events: number) => void,
  options: AuditOptions = {},
): Promise<AuditResult> {
  const list = await listChains(store.db);
  const heads = new Map(list.map((h) => [h.chainId, h]));
  let total = 0;
  for (const h of list) total += h.lastSeq;
  const workers = options.workers ?? Math.min(4, availableParallelism());
  const file = new URL('./verify-worker.js', import.meta.url);
  const parallel =
    !(store.target.dialect === 'sqlite' && store.target.file === ':memory:') &&
    workers > 1 &&
    total >= (options.workersFrom ?? 200_000) &&
    // The tests run the TypeScript sources, which a worker thread cannot load: there, one thread.
    file.protocol === 'file:' &&
    existsSync(fileURLToPath(file));
  const results = parallel
    ? await inWorkers(file, store.target, list, total, workers, onProgress)
    : [await verifyRange(store.db, heads, {}, onProgress)];

  let events = 0;
  let headless = 0;
  const failed = (problem: ChainProblem): AuditResult => ({
    intact: false,
    events,
    chains: heads.size + headless,
    problem,
    message: describeProblem(problem),
  });
  for (const r of results) {
    events += r.events;
    headless += r.headless;
    if (r.problem) return failed(r.problem);
  }
  for (const chainId of results.flatMap((r) => r.unseen).sort()) {
    const empty = new ChainVerifier(chainId).finish(heads.get(chainId)!);
    if (empty) return failed(empty);
  }
  const chains = heads.size + headless;
  return {
    intact: true,
    events,
    chains,
    problem: null,
    message: `intact: ${events} events in ${chains} chain${chains === 1 ? '' : 's'}`,
  };
}

/**
 * Splits the chains (in the database's order of chain ids, as listChains returns them) into `n` ranges of about
 * the same number of events and checks each in its own worker thread. Chains with events but no head fall into the
 * range their id sorts into, as they would on one thread.
 */
async function inWorkers(
  file: URL,
  target: DatabaseTarget,
  list: ChainHead[],
  total: number,
  n: number,
  onProgress?: (events: number) => void,
): Promise<RangeResult[]> {
  const ranges: Array<{ heads: ChainHead[]; from?: string; to?: string }> = [];
  let current: ChainHead[] = [];
  let sum = 0;
  for (const h of list) {
    if (current.length > 0 && sum >= (total * (ranges.length + 1)) / n && ranges.length < n - 1) {
      ranges.push({ heads: current });
      current = [];
    }
    current.push(h);
    sum += h.lastSeq;
  }
  ranges.push({ heads: current });
  // Range k runs from its first chain id (the first range from the start) up to the next range's first id.
  for (let k = 0; k < ranges.length; k++) {
    if (k > 0) ranges[k]!.from = ranges[k]!.heads[0]!.chainId;
    if (k < ranges.length - 1) ranges[k]!.to = ranges[k + 1]!.heads[0]!.chainId;
  }
  const progress = ranges.map(() => 0);
  return Promise.all(
    ranges.map(
      (range, k) =>
        new Promise<RangeResult>((resolve, reject) => {
          const worker = new Worker(file, { workerData: { target, ...range } });
          let result: RangeResult | null = null;
          worker.on('message', (m: { progress?: number; result?: RangeResult }) => {
            if (m.result) result = m.result;
            if (m.progress !== undefined) {
              progress[k] = m.progress;
              onProgress?.(progress.reduce((a, b) => a + b, 0));
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) =>
            result ? resolve(result) : reject(new Error(`audit verify: a worker thread stopped (${code})`)),
          );
        }),
    ),
  );
}
