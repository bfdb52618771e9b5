import { createHash } from 'node:crypto';
import { idempotencyRecords, type Transaction } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { fail } from '../errors.js';

export function hashRequest(request: unknown): string {
  return createHash('sha256').update(JSON.stringify(request)).digest('base64url');
}

/**
 * The stored first result for this caller's key, if any. The same key with a different
 * request is a client bug, so it is refused rather than answered with an unrelated result.
 */
export function findIdempotentResult<Result>(
  transaction: Transaction,
  actorId: string,
  key: string,
  requestHash: string,
): Result | undefined {
  const record = transaction
    .select()
    .from(idempotencyRecords)
    .where(and(eq(idempotencyRecords.actorId, actorId), eq(idempotencyRecords.key, key)))
    .get();
  if (!record) return undefined;
  if (record.requestHash !== requestHash) throw fail('IDEMPOTENCY_KEY_REUSED');
  return record.response as Result;
}

export function storeIdempotentResult(
  transaction: Transaction,
  record: { actorId: string; key: string; requestHash: string; response: unknown },
  now: Date,
): void {
  transaction
    .insert(idempotencyRecords)
    .values({ ...record, createdAt: now })
    .run();
}
