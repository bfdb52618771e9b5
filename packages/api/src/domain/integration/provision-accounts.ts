import type { AccountPut, AccountResource, ListPage, ListQuery } from '@collab/contracts';
import { formatOrgNumber } from '@collab/contracts';
import { agencies, collaborations, customerAccounts, transact } from '@collab/db';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { IntegrationContext } from './integration-context.js';
import {
  type AccountRow,
  auditProvisioning,
  cursorAfter,
  iso,
  orgNumberDigits,
  ownAccount,
  type PutOutcome,
  type PutResult,
  pageOf,
  type Reader,
} from './shared.js';

export function accountResource(row: AccountRow): AccountResource {
  return {
    object: 'account',
    id: row.externalId ?? '',
    name: row.name,
    orgNumber: formatOrgNumber(row.orgNumber),
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: AccountRow): Record<string, unknown> {
  return { externalId: row.externalId, name: row.name, orgNumber: row.orgNumber };
}

/**
 * An account made inside Collab (no external id) may be claimed by an integration when
 * nothing ties it to anyone else: it is unowned or already this integration's, and every
 * collaboration it has is with one of this integration's agencies. That is the account an
 * activation by one of the integration's agencies created.
 */
function claimable(reader: Reader, account: AccountRow, integrationId: string): boolean {
  if (account.externalId !== null) return false;
  if (account.integrationId !== null && account.integrationId !== integrationId) return false;
  const foreign = reader
    .select({ integrationId: agencies.integrationId })
    .from(collaborations)
    .innerJoin(agencies, eq(agencies.id, collaborations.agencyId))
    .where(eq(collaborations.accountId, account.id))
    .all()
    .some((row) => row.integrationId !== integrationId);
  return !foreign;
}

export async function putAccount(
  context: IntegrationContext,
  accountId: string,
  input: AccountPut,
): Promise<PutResult<AccountResource>> {
  const integrationId = context.integration.id;
  const wanted = { name: input.name, orgNumber: orgNumberDigits(input.orgNumber) };
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    let existing = transaction
      .select()
      .from(customerAccounts)
      .where(
        and(
          eq(customerAccounts.integrationId, integrationId),
          eq(customerAccounts.externalId, accountId),
        ),
      )
      .get();
    const sameOrgNumber = transaction
      .select()
      .from(customerAccounts)
      .where(eq(customerAccounts.orgNumber, wanted.orgNumber))
      .get();
    let outcome: PutOutcome = 'updated';
    if (sameOrgNumber && sameOrgNumber.id !== existing?.id) {
      if (existing || !claimable(transaction, sameOrgNumber, integrationId)) {
        throw fail('ACCOUNT_ORG_NUMBER_TAKEN');
      }
      existing = sameOrgNumber;
      outcome = 'created';
    }
    if (!existing) {
      const row: AccountRow = {
        id: crypto.randomUUID(),
        ...wanted,
        integrationId,
        externalId: accountId,
        version: 1,
        createdAt: now,
      };
      transaction.insert(customerAccounts).values(row).run();
      auditProvisioning(
        context,
        {
          agencyId: null,
          accountId: row.id,
          action: 'account.provisioned',
          before: null,
          after: snapshot(row),
        },
        now,
      );
      return { resource: accountResource(row), outcome: 'created' };
    }
    const current = existing;
    const claimed = current.externalId === null;
    if (!claimed && current.name === wanted.name && current.orgNumber === wanted.orgNumber) {
      return { resource: accountResource(current), outcome: 'unchanged' };
    }
    const row: AccountRow = {
      ...current,
      ...wanted,
      integrationId,
      externalId: accountId,
      version: current.version + 1,
    };
    transaction
      .update(customerAccounts)
      .set({ ...wanted, integrationId, externalId: accountId, version: row.version })
      .where(eq(customerAccounts.id, current.id))
      .run();
    auditProvisioning(
      context,
      {
        agencyId: null,
        accountId: row.id,
        action: 'account.provisioned',
        before: snapshot(current),
        after: snapshot(row),
      },
      now,
    );
    return { resource: accountResource(row), outcome };
  });
}

export async function getAccount(
  context: IntegrationContext,
  accountId: string,
): Promise<AccountResource> {
  return accountResource(ownAccount(context.db, context.integration.id, accountId));
}

export async function listAccounts(
  context: IntegrationContext,
  query: ListQuery,
): Promise<ListPage<AccountResource>> {
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(customerAccounts)
    .where(
      and(
        eq(customerAccounts.integrationId, context.integration.id),
        // An activation's account is the integration's too, but not provisioned yet.
        isNotNull(customerAccounts.externalId),
        after === null ? undefined : gt(customerAccounts.externalId, after),
      ),
    )
    .orderBy(asc(customerAccounts.externalId))
    .limit(query.limit + 1)
    .all();
  return pageOf(rows, query, accountResource);
}
