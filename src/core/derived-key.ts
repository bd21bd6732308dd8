// Secret links derived from the organisation's secret: stable without being stored, one key per purpose.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** An HMAC of a fixed label, so a key for one purpose (the report form) is useless for another (the internal page). */
export function derivedKey(secret: string, label: string): string {
  return createHmac('sha256', secret).update(label).digest('base64url');
}

/** Compares in constant time, so response timing does not reveal how much of a guessed key was right. */
export function isDerivedKey(secret: string, label: string, candidate: string): boolean {
  const expected = Buffer.from(derivedKey(secret, label));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
