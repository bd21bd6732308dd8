// Walks a chain event by event and reports the first event that was changed, removed or reordered.
import { GENESIS_HASH, eventHash, type ChainedEvent } from './hash.js';

export interface StoredEvent extends ChainedEvent {
  id: string;
  hash: string;
}

/** An event as read for `audit verify`: its payload still the JSON text it is stored as. */
export type StoredEventText = Omit<StoredEvent, 'payload'> & { payload: string };

/**
 * Whether each event hashes to its stored hash: 1 where it does, 0 where it does not. The payload is parsed first;
 * text that does not parse is hashed as the string it is (tampered: it will not match). `audit verify` checks its
 * pages of events with it, on whichever thread (src/app/audit/verify-range.ts).
 */
export function checkHashes(events: readonly StoredEventText[]): Uint8Array<ArrayBuffer> {
  const intact = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    let payload: unknown;
    try {
      payload = JSON.parse(e.payload);
    } catch {
      payload = e.payload;
    }
    const hash = eventHash({
      chainId: e.chainId,
      seq: e.seq,
      at: e.at,
      actorId: e.actorId,
      type: e.type,
      subject: e.subject,
      payload,
      prevHash: e.prevHash,
    });
    intact[i] = hash === e.hash ? 1 : 0;
  }
  return intact;
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

  /**
   * `intact` says whether the event hashes to its stored hash, when that was checked already (checkHashes); without
   * it the hash is computed here.
   */
  push(e: StoredEvent): void;
  push(e: StoredEvent | StoredEventText, intact: boolean): void;
  push(e: StoredEvent | StoredEventText, intact?: boolean): void {
    if (this.problem) return;
    this.count++;
    if (e.seq !== this.expectedSeq) {
      this.problem =
        e.seq > this.expectedSeq
          ? { kind: 'missing', chainId: this.chainId, seq: this.expectedSeq, afterId: this.prevId }
          : { kind: 'reordered', chainId: this.chainId, seq: e.seq, id: e.id, type: e.type };
      return;
    }
    if (!(intact ?? eventHash(e as StoredEvent) === e.hash)) {
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
