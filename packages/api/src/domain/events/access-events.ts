import type { GrantReason, GrantSubjectType, ServiceId } from '@collab/contracts';
import { accountUsers, customerAccounts, employees, type Transaction } from '@collab/db';
import { eq, inArray } from 'drizzle-orm';
import { recordEvent } from './record-event.js';

/** One grant that came or went, as `rederiveGrants` (grants.ts) found it. */
export interface AccessChange {
  type: 'access.granted' | 'access.revoked';
  service: ServiceId;
  subjectType: GrantSubjectType;
  subjectId: string;
  reason: GrantReason;
}

/**
 * Records one access event per change, in order (revocations first, so a replay that applies
 * them one by one never holds two grants for one person). The people are read once, also
 * deactivated ones: a revocation is often about someone who just left.
 */
export function recordAccessEvents(
  transaction: Transaction,
  scope: { collaborationId: string; agencyId: string; accountId: string },
  changes: AccessChange[],
  now: Date,
): void {
  if (changes.length === 0) return;
  const account = transaction
    .select({
      id: customerAccounts.externalId,
      collabId: customerAccounts.id,
      orgNumber: customerAccounts.orgNumber,
    })
    .from(customerAccounts)
    .where(eq(customerAccounts.id, scope.accountId))
    .get();
  if (!account) throw new Error(`No account ${scope.accountId} to describe in an event`);
  const people = peopleOf(transaction, changes);
  for (const change of changes) {
    const person = people.get(`${change.subjectType}:${change.subjectId}`);
    recordEvent(
      transaction,
      {
        type: change.type,
        agencyId: scope.agencyId,
        collaborationId: scope.collaborationId,
        data: {
          collaborationCollabId: scope.collaborationId,
          service: change.service,
          account,
          subject: {
            type: change.subjectType,
            id: person?.id ?? null,
            collabId: change.subjectId,
            name: person?.name ?? '',
            email: person?.email ?? '',
          },
          reason: change.reason,
        },
      },
      now,
    );
  }
}

function peopleOf(
  transaction: Transaction,
  changes: AccessChange[],
): Map<string, { id: string | null; name: string; email: string }> {
  const people = new Map<string, { id: string | null; name: string; email: string }>();
  for (const [subjectType, table] of [
    ['employee', employees],
    ['account_user', accountUsers],
  ] as const) {
    const ids = changes
      .filter((change) => change.subjectType === subjectType)
      .map((change) => change.subjectId);
    if (ids.length === 0) continue;
    const rows = transaction
      .select({ collabId: table.id, id: table.externalId, name: table.name, email: table.email })
      .from(table)
      .where(inArray(table.id, [...new Set(ids)]))
      .all();
    for (const row of rows) people.set(`${subjectType}:${row.collabId}`, row);
  }
  return people;
}
