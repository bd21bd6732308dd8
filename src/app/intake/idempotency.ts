// Idempotency-Key: a retried request gets the first answer again; the same key with another body is refused.
import { DomainError, invalid } from '../../core/errors.js';
import { IDEMPOTENCY_KEY, requestHash } from '../../core/intake/request-hash.js';
import {
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
  insertIdempotencyKey,
  lockIdempotencyKey,
} from '../../store/repos/idempotency.js';
import type { Tx } from '../../store/db.js';
import type { Ctx, Unit } from '../context.js';

/** The key was used before for a different request: RFC draft-ietf-httpapi-idempotency-key-header says 422. */
export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super('invalid', 'error.idempotency_mismatch');
    this.name = 'IdempotencyKeyReused';
  }
}

export interface IdempotentRequest {
  scope: string;
  key: string;
  hash: string;
}

export interface StoredAnswer<T> {
  status: number;
  body: T;
}

// A retry comes within minutes; a day covers a sender that was down overnight, and keeps the table small.
const KEEP_MS = 24 * 3600_000;
const keptSince = (now: string) => new Date(Date.parse(now) - KEEP_MS).toISOString();

export function idempotentRequest(
  scope: string,
  key: string | undefined,
  body: unknown,
): IdempotentRequest | null {
  if (key === undefined) return null;
  if (!IDEMPOTENCY_KEY.test(key)) throw invalid('Idempotency-Key', 'field.idempotency_key');
  return { scope, key, hash: requestHash(body) };
}

/** The earlier answer to this request, or null when there is none; throws when the key came with another body. */
export async function earlierAnswer<T>(
  tx: Tx,
  req: IdempotentRequest | null,
  now: string,
): Promise<StoredAnswer<T> | null> {
  if (!req) return null;
  const row = await findIdempotencyKey(tx, req.scope, req.key);
  // Past its day the key is forgotten, even if no later request has cleared it out yet.
  if (!row || row.created_at < keptSince(now)) return null;
  if (row.request_hash !== req.hash) throw new IdempotencyKeyReused();
  return { status: Number(row.status), body: JSON.parse(row.response) as T };
}

/** Inside the transaction: waits for a request with the same key that is still running, then asks again. */
export async function earlierAnswerLocked<T>(
  ctx: Ctx,
  u: Unit,
  req: IdempotentRequest | null,
): Promise<StoredAnswer<T> | null> {
  if (!req) return null;
  await lockIdempotencyKey(u.tx, ctx.store.dialect, req.scope, req.key);
  return earlierAnswer<T>(u.tx, req, u.now);
}

/** Keeps the answer in the transaction of the change, so the key and what it did commit together. */
export async function rememberAnswer(u: Unit, req: IdempotentRequest | null, answer: StoredAnswer<unknown>) {
  if (!req) return;
  await deleteIdempotencyKeysBefore(u.tx, keptSince(u.now));
  await insertIdempotencyKey(u.tx, {
    scope: req.scope,
    key: req.key,
    request_hash: req.hash,
    status: answer.status,
    response: JSON.stringify(answer.body),
    created_at: u.now,
  });
}
