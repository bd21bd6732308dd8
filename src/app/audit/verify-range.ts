// Checks the chains of one range of chain ids, event by event: the work of `audit verify`, on one thread.
import { ChainVerifier, checkHashes, type ChainProblem } from '../../core/timeline/verify.js';
import { readAllChainPages } from '../../store/repos/timeline.js';
import type { Tx } from '../../store/db.js';

export type ChainHead = { chainId: string; lastSeq: number; lastHash: string };

export interface RangeResult {
  /** Events checked, up to and including the one with the problem. */
  events: number;
  /** Chains seen with events but without a head, up to and including the one with the problem. */
  headless: number;
  problem: ChainProblem | null;
  /** Chains of the range with a head but no events (checked by the caller, after every range). */
  unseen: string[];
}

/**
 * Reads the events of the chains from `from` up to `to` (both optional) in chain and seq order and checks each chain
 * against its head in `heads`; stops at the first problem.
 */
export async function verifyRange(
  tx: Tx,
  heads: Map<string, ChainHead>,
  range: { from?: string | undefined; to?: string | undefined },
  onProgress?: (events: number) => void,
): Promise<RangeResult> {
  const seen = new Set<string>();
  let events = 0;
  let headless = 0;
  let verifier = null as ChainVerifier | null;
  const failed = (problem: ChainProblem): RangeResult => ({ events, headless, problem, unseen: [] });
  const finish = (v: ChainVerifier) => v.finish(heads.get(v.chainId) ?? 'missing');
  for await (const page of readAllChainPages(tx, range)) {
    const intact = checkHashes(page);
    for (let i = 0; i < page.length; i++) {
      const e = page[i]!;
      if (verifier?.chainId !== e.chainId) {
        const problem = verifier && finish(verifier);
        if (problem) return failed(problem);
        verifier = new ChainVerifier(e.chainId);
        seen.add(e.chainId);
        if (!heads.has(e.chainId)) headless++;
      }
      verifier.push(e, intact[i] === 1);
      events++;
      if (events % 50_000 === 0) onProgress?.(events);
      if (verifier.problem) return failed(verifier.problem);
    }
  }
  const problem = verifier && finish(verifier);
  if (problem) return failed(problem);
  return { events, headless, problem: null, unseen: [...heads.keys()].filter((id) => !seen.has(id)) };
}
