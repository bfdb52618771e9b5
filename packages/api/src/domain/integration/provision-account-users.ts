import type { AccountUserPut, AccountUserResource, ListPage, ListQuery } from '@collab/contracts';
import { accountUsers, transact } from '@collab/db';
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import { fail } from '../../errors.js';
import type { AuditAction } from '../audit.js';
import { rederiveForAccount } from './access-follows.js';
import type { IntegrationContext } from './integration-context.js';
import {
  type AccountRow,
  auditProvisioning,
  cursorAfter,
  iso,
  ownAccount,
  type PutOutcome,
  type PutResult,
  pageOf,
  type Reader,
} from './shared.js';

type AccountUserRow = typeof accountUsers.$inferSelect;

function accountUserResource(account: AccountRow, row: AccountUserRow): AccountUserResource {
  return {
    object: 'account_user',
    id: row.externalId ?? '',
    accountId: account.externalId ?? '',
    name: row.name,
    email: row.email,
    isAdmin: row.isAdmin,
    active: row.deactivatedAt === null,
    locale: row.locale,
    version: row.version,
    createdAt: iso(row.createdAt),
  };
}

function snapshot(row: AccountUserRow): Record<string, unknown> {
  return {
    externalId: row.externalId,
    name: row.name,
    email: row.email,
    isAdmin: row.isAdmin,
    locale: row.locale,
    active: row.deactivatedAt === null,
  };
}

function findUser(
  reader: Reader,
  accountId: string,
  column: 'externalId' | 'email',
  value: string,
): AccountUserRow | undefined {
  return reader
    .select()
    .from(accountUsers)
    .where(and(eq(accountUsers.accountId, accountId), eq(accountUsers[column], value)))
    .get();
}

/**
 * Creates or updates a user of one of the integration's company accounts. A user with the same
 * e-mail and no external id (the contact person an activation created) is adopted, not
 * duplicated. Admin flag, e-mail and deactivation decide access, so those re-derive the
 * grants of every collaboration of the account.
 */
export async function putAccountUser(
  context: IntegrationContext,
  accountId: string,
  userId: string,
  input: AccountUserPut,
): Promise<PutResult<AccountUserResource>> {
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const account = ownAccount(transaction, context.integration.id, accountId);
    let existing = findUser(transaction, account.id, 'externalId', userId);
    const sameEmail = findUser(transaction, account.id, 'email', input.email);
    let outcome: PutOutcome = 'updated';
    if (sameEmail && sameEmail.id !== existing?.id) {
      if (existing || sameEmail.externalId !== null) throw fail('EMAIL_TAKEN');
      existing = sameEmail;
      outcome = 'created';
    }
    const wanted = {
      name: input.name,
      email: input.email,
      isAdmin: input.isAdmin,
      locale: input.locale,
    };
    if (!existing) {
      const row: AccountUserRow = {
        id: crypto.randomUUID(),
        accountId: account.id,
        ...wanted,
        externalId: userId,
        deactivatedAt: input.active ? null : now,
        version: 1,
        createdAt: now,
      };
      transaction.insert(accountUsers).values(row).run();
      rederiveForAccount(transaction, account.id, now);
      auditProvisioning(
        context,
        {
          agencyId: null,
          accountId: account.id,
          action: 'account_user.provisioned',
          before: null,
          after: snapshot(row),
        },
        now,
      );
      return { resource: accountUserResource(account, row), outcome: 'created' };
    }
    const current = existing;
    const wasActive = current.deactivatedAt === null;
    const adopted = current.externalId === null;
    if (
      !adopted &&
      current.name === wanted.name &&
      current.email === wanted.email &&
      current.isAdmin === wanted.isAdmin &&
      current.locale === wanted.locale &&
      wasActive === input.active
    ) {
      return { resource: accountUserResource(account, current), outcome: 'unchanged' };
    }
    const row: AccountUserRow = {
      ...current,
      ...wanted,
      externalId: userId,
      deactivatedAt: input.active ? null : (current.deactivatedAt ?? now),
      version: current.version + 1,
    };
    transaction
      .update(accountUsers)
      .set({
        ...wanted,
        externalId: userId,
        deactivatedAt: row.deactivatedAt,
        version: row.version,
      })
      .where(eq(accountUsers.id, current.id))
      .run();
    if (
      current.email !== row.email ||
      current.isAdmin !== row.isAdmin ||
      wasActive !== input.active
    ) {
      rederiveForAccount(transaction, account.id, now);
    }
    let action: AuditAction = 'account_user.provisioned';
    if (wasActive !== input.active) {
      action = input.active ? 'account_user.reactivated' : 'account_user.deactivated';
    }
    auditProvisioning(
      context,
      {
        agencyId: null,
        accountId: account.id,
        action,
        before: snapshot(current),
        after: snapshot(row),
      },
      now,
    );
    return { resource: accountUserResource(account, row), outcome };
  });
}

export async function getAccountUser(
  context: IntegrationContext,
  accountId: string,
  userId: string,
): Promise<AccountUserResource> {
  const account = ownAccount(context.db, context.integration.id, accountId);
  const row = findUser(context.db, account.id, 'externalId', userId);
  if (!row) throw fail('ACCOUNT_USER_NOT_FOUND');
  return accountUserResource(account, row);
}

export async function listAccountUsers(
  context: IntegrationContext,
  accountId: string,
  query: ListQuery,
): Promise<ListPage<AccountUserResource>> {
  const account = ownAccount(context.db, context.integration.id, accountId);
  const after = cursorAfter(query);
  const rows = context.db
    .select()
    .from(accountUsers)
    .where(
      and(
        eq(accountUsers.accountId, account.id),
        isNotNull(accountUsers.externalId),
        after === null ? undefined : gt(accountUsers.externalId, after),
      ),
    )
    .orderBy(asc(accountUsers.externalId))
    .limit(query.limit + 1)
    .all();
  return pageOf(rows, query, (row) => accountUserResource(account, row));
}

/** DELETE deactivates: no sign-in, no access from now on; the history stays. */
export async function deactivateAccountUser(
  context: IntegrationContext,
  accountId: string,
  userId: string,
): Promise<AccountUserResource> {
  const account = ownAccount(context.db, context.integration.id, accountId);
  const row = findUser(context.db, account.id, 'externalId', userId);
  if (!row) throw fail('ACCOUNT_USER_NOT_FOUND');
  const { resource } = await putAccountUser(context, accountId, userId, {
    name: row.name,
    email: row.email,
    isAdmin: row.isAdmin,
    locale: row.locale,
    active: false,
  });
  return resource;
}
