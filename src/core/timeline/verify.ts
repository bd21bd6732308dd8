// Walks a chain event by event and reports the first event that was changed, removed or reordered.
import { GENESIS_HASH, eventHash, type ChainedEvent } from './hash.js';

export interface StoredEvent extends ChainedEvent {
  id: string;
  hash: string;
}

export type ChainProblem =
  | { kind: 'changed'; chainId: string; seq: number; id: string; type: string }
  | { kind: 'missing'; chainId: string; seq: number; afterId: string | null }
  | { kind: 'reordered'; chainId: string; seq: number; id: string; type: string }
  | { kind: 'head_mismatch'; chainId: string; expectedSeq: number; foundSeq: number }
  | { kind: 'head_missing'; chainId: string };

/** Feed one chain's events in ascending seq order; the first problem found is kept. */
export class ChainVerifier {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  private prevId: string | null = null;
  problem: ChainProblem | null = null;
  count = 0;

  constructor(readonly chainId: string) {}

  push(e: StoredEvent): void {
    if (this.problem) return;
    this.count++;
    if (e.seq !== this.expectedSeq) {
      this.problem =
        e.seq > this.expectedSeq
          ? { kind: 'missing', chainId: this.chainId, seq: this.expectedSeq, afterId: this.prevId }
          : { kind: 'reordered', chainId: this.chainId, seq: e.seq, id: e.id, type: e.type };
      return;
    }
    if (eventHash(e) !== e.hash) {
      this.problem = { kind: 'changed', chainId: this.chainId, seq: e.seq, id: e.id, type: e.type };
      return;
    }
    if (e.prevHash !== this.prevHash) {
      // The event itself is intact but does not follow the one before it: removed or moved.
      this.problem = { kind: 'reordered', chainId: this.chainId, seq: e.seq, id: e.id, type: e.type };
      return;
    }
    this.prevHash = e.hash;
    this.prevId = e.id;
    this.expectedSeq++;
  }

  /** Compare with the chain's head (last seq and hash), which catches removal of the newest events. */
  finish(head: { lastSeq: number; lastHash: string } | 'missing'): ChainProblem | null {
    if (this.problem) return this.problem;
    if (head === 'missing') return (this.problem = { kind: 'head_missing', chainId: this.chainId });
    const lastSeq = this.expectedSeq - 1;
    if (head.lastSeq !== lastSeq || head.lastHash !== this.prevHash) {
      this.problem =
        head.lastSeq > lastSeq
          ? { kind: 'missing', chainId: this.chainId, seq: lastSeq + 1, afterId: this.prevId }
          : { kind: 'head_mismatch', chainId: this.chainId, expectedSeq: head.lastSeq, foundSeq: lastSeq };
    }
    return this.problem;
  }
}

export function describeProblem(p: ChainProblem): string {
  const chain = p.chainId === 'org' ? 'the organisation chain' : `chain ${p.chainId}`;
  switch (p.kind) {
    case 'changed':
      return `event ${p.id} (number ${p.seq} in ${chain}, type ${p.type}) was changed after it was written`;
    case 'missing':
      return `event number ${p.seq} in ${chain} is missing (removed)${p.afterId ? `; it followed event ${p.afterId}` : ''}`;
    case 'reordered':
      return `event ${p.id} (number ${p.seq} in ${chain}, type ${p.type}) does not follow the event before it: events were removed or reordered`;
    case 'head_mismatch':
      return `${chain} should end at event number ${p.expectedSeq} but ends at ${p.foundSeq}`;
    case 'head_missing':
      return `${chain} has events but its head record (last number and hash) was removed`;
  }
}
