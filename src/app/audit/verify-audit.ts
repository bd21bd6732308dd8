// Checks every timeline chain for changed, removed or reordered events.
import { ChainVerifier, describeProblem, type ChainProblem } from '../../core/timeline/verify.js';
import { listChains, readAllChains } from '../../store/repos/timeline.js';
import type { Store } from '../../store/db.js';

export interface AuditResult {
  intact: boolean;
  events: number;
  chains: number;
  problem: ChainProblem | null;
  message: string;
}

/**
 * Reads every event once, ordered by chain and seq (keyset pages, not a query per chain), and checks each chain
 * against its head; chains with a head but no events are checked last. Stops at the first problem.
 */
export async function verifyAudit(store: Store, onProgress?: (events: number) => void): Promise<AuditResult> {
  const heads = new Map((await listChains(store.db)).map((h) => [h.chainId, h]));
  const seen = new Set<string>();
  let events = 0;
  let verifier = null as ChainVerifier | null;
  const failed = (problem: ChainProblem): AuditResult => ({
    intact: false,
    events,
    chains: new Set([...heads.keys(), ...seen]).size,
    problem,
    message: describeProblem(problem),
  });
  const finish = (v: ChainVerifier) => v.finish(heads.get(v.chainId) ?? 'missing');
  for await (const e of readAllChains(store.db)) {
    if (verifier?.chainId !== e.chainId) {
      const problem = verifier && finish(verifier);
      if (problem) return failed(problem);
      verifier = new ChainVerifier(e.chainId);
      seen.add(e.chainId);
    }
    verifier.push(e);
    events++;
    if (events % 50_000 === 0) onProgress?.(events);
    if (verifier.problem) return failed(verifier.problem);
  }
  const problem = verifier && finish(verifier);
  if (problem) return failed(problem);
  for (const chainId of [...heads.keys()].filter((id) => !seen.has(id)).sort()) {
    const empty = finish(new ChainVerifier(chainId));
    if (empty) return failed(empty);
  }
  const chains = new Set([...heads.keys(), ...seen]).size;
  return {
    intact: true,
    events,
    chains,
    problem: null,
    message: `intact: ${events} events in ${chains} chain${chains === 1 ? '' : 's'}`,
  };
}
