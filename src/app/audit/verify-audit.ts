// Checks every timeline chain for changed, removed or reordered events.
import { ChainVerifier, describeProblem, type ChainProblem } from '../../core/timeline/verify.js';
import { listChains, listEventChainIds, readChain } from '../../store/repos/timeline.js';
import type { Store } from '../../store/db.js';

export interface AuditResult {
  intact: boolean;
  events: number;
  chains: number;
  problem: ChainProblem | null;
  message: string;
}

export async function verifyAudit(store: Store, onProgress?: (events: number) => void): Promise<AuditResult> {
  const heads = new Map((await listChains(store.db)).map((h) => [h.chainId, h]));
  const chainIds = [...new Set([...heads.keys(), ...(await listEventChainIds(store.db))])].sort();
  let events = 0;
  for (const chainId of chainIds) {
    const verifier = new ChainVerifier(chainId);
    for await (const e of readChain(store.db, chainId)) {
      verifier.push(e);
      events++;
      if (events % 50_000 === 0) onProgress?.(events);
      if (verifier.problem) break;
    }
    const head = heads.get(chainId);
    const problem = verifier.finish(head ?? 'missing');
    if (problem)
      return { intact: false, events, chains: chainIds.length, problem, message: describeProblem(problem) };
  }
  return {
    intact: true,
    events,
    chains: chainIds.length,
    problem: null,
    message: `intact: ${events} events in ${chainIds.length} chain${chainIds.length === 1 ? '' : 's'}`,
  };
}
