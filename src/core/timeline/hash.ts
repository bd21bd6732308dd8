// The hash chain of the timeline: how an event's hash is computed from its content and its predecessor's hash.
import { hash } from 'node:crypto';

/** The hash a chain starts from: no predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedEvent {
  chainId: string;
  seq: number;
  at: string;
  actorId: string | null;
  type: string;
  subject: string | null;
  payload: unknown;
  prevHash: string;
}

/**
 * JSON with object keys sorted, so the same content always gives the same bytes. Written with loops and string
 * concatenation rather than entries/filter/sort/map/join: `audit verify` canonicalises a million events, and the
 * bytes must stay exactly those of the first version (hash.test.ts compares the two): keys in UTF-16 code unit order
 * (the default sort of strings), undefined members left out, a hole in an array left empty as `join` leaves it.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      if (i in value) out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const k of keys) {
    const v = record[k];
    if (v === undefined) continue;
    if (!first) out += ',';
    first = false;
    out += `${JSON.stringify(k)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** SHA-256 (hex) of the canonical JSON of [chainId, seq, at, actorId, type, subject, payload, prevHash]. */
export function eventHash(e: ChainedEvent): string {
  const content =
    `[${canonicalJson(e.chainId)},${canonicalJson(e.seq)},${canonicalJson(e.at)},${canonicalJson(e.actorId)},` +
    `${canonicalJson(e.type)},${canonicalJson(e.subject)},${canonicalJson(e.payload)},${canonicalJson(e.prevHash)}]`;
  // crypto.hash: one call, without a Hash object per event (Node.js 20.12 and later).
  return hash('sha256', content, 'hex');
}
