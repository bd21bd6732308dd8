import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, eventHash } from './hash.js';
import { ChainVerifier, describeProblem, type StoredEvent } from './verify.js';

function chain(n: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e: StoredEvent = {
      id: `e${i}`,
      chainId: 'org',
      seq: i,
      at: `2026-01-01T00:00:0${i}.000Z`,
      actorId: 'a',
      type: 't',
      subject: null,
      payload: { i },
      prevHash: prev,
      hash: '',
    };
    e.hash = eventHash(e);
    prev = e.hash;
    out.push(e);
  }
  return out;
}

function verify(events: StoredEvent[], head = { lastSeq: 5, lastHash: chain(5)[4]!.hash }) {
  const v = new ChainVerifier('org');
  for (const e of events) v.push(e);
  return v.finish(head);
}

describe('timeline hash chain', () => {
  it('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonicalJson({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it('an untouched chain is intact', () => {
    expect(verify(chain(5))).toBeNull();
  });

  it('names a changed event', () => {
    const events = chain(5);
    events[2] = { ...events[2]!, payload: { i: 99 } };
    expect(verify(events)).toMatchObject({ kind: 'changed', seq: 3, id: 'e3' });
  });

  it('names a removed event in the middle', () => {
    const events = chain(5);
    events.splice(1, 1);
    const p = verify(events);
    expect(p).toMatchObject({ kind: 'missing', seq: 2, afterId: 'e1' });
    expect(describeProblem(p!)).toContain('number 2');
  });

  it('notices the newest event removed, from the chain head', () => {
    expect(verify(chain(5).slice(0, 4))).toMatchObject({ kind: 'missing', seq: 5 });
  });

  it('notices two events swapped together with their numbers', () => {
    const events = chain(5);
    const a = events[1]!;
    const b = events[2]!;
    events[1] = { ...b, seq: 2 };
    events[2] = { ...a, seq: 3 };
    expect(verify(events)).toMatchObject({ kind: 'changed', seq: 2 });
  });
});
