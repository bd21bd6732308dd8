// The hash chain of the timeline: how an event's hash is computed from its content and its predecessor's hash.
import { createHash } from 'node:crypto';

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

/** JSON with object keys sorted, so the same content always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function eventHash(e: ChainedEvent): string {
  const content = canonicalJson([
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
