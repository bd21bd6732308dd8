import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalJson, eventHash, type ChainedEvent } from './hash.js';

// The first version of canonicalJson and eventHash, kept here as the reference: every stored hash was computed with
// it, so the faster version must give the same bytes for every value.
function referenceJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(referenceJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${referenceJson(v)}`).join(',')}}`;
}
function referenceHash(e: ChainedEvent): string {
  const content = referenceJson([
    e.chainId,
    e.seq,
    e.at,
    e.actorId,
    e.type,
    e.subject,
    e.payload,
    e.prevHash,
  ]);
  return createHash('sha256').update(content).digest('hex');
}

const tricky: ChainedEvent = {
  chainId: 'inc-1',
  seq: 7,
  at: '2026-01-01T00:00:07.000Z',
  actorId: null,
  type: 'note.added',
  subject: 'x',
  payload: {
    text: 'Zürich "quoted" \u2028 😀',
    pinned: true,
    b: [1, 2.5, null, { z: 1, a: [] }],
    a: undefined,
    é: -0,
    '10': 1,
    '9': 2,
    Z: {},
  },
  prevHash: GENESIS_HASH,
};

describe('eventHash', () => {
  it('gives the hash the first version gave (a stored chain stays intact)', () => {
    expect(eventHash(tricky)).toBe('3aacc74d421a991810589340a40c9522398f0be0fd866ff1188ed161907bb301');
    expect(eventHash(tricky)).toBe(referenceHash(tricky));
  });

  it('canonicalises like the first version, value for value', () => {
    const sparse: unknown[] = [1];
    sparse[3] = 'x';
    const values: unknown[] = [
      null,
      undefined,
      0,
      -1.5e-7,
      Number.NaN,
      'a\u0000b\ud800',
      true,
      [],
      [undefined, null, [[]]],
      sparse,
      {},
      { b: 1, a: { d: [1, { y: undefined, x: 2 }], c: 'é' }, A: null, _: false },
      new Date(0),
      { toJSON: undefined, ä: 1, a: 2, '2': 3, '-1': 4 },
    ];
    for (const v of values) expect(canonicalJson(v)).toBe(referenceJson(v));
  });

  it('hashes random payloads as the first version did', () => {
    let seed = 42;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = (depth: number): unknown => {
      const r = rnd();
      if (depth > 2 || r < 0.3) return [null, 1, -2.25, 'tekst', true, '"\\\n'][Math.floor(rnd() * 6)];
      if (r < 0.6) return Array.from({ length: Math.floor(rnd() * 4) }, () => pick(depth + 1));
      const o: Record<string, unknown> = {};
      for (let i = Math.floor(rnd() * 5); i > 0; i--)
        o[String.fromCharCode(65 + Math.floor(rnd() * 60))] = pick(depth + 1);
      return o;
    };
    for (let i = 0; i < 500; i++) {
      const e: ChainedEvent = { ...tricky, seq: i + 1, subject: i % 2 ? null : `s${i}`, payload: pick(0) };
      expect(eventHash(e)).toBe(referenceHash(e));
    }
  });
});
