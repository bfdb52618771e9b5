import type { ListPage, ListQuery } from '@collab/contracts';
import { type agencies, customerAccounts, type Database, type Transaction } from '@collab/db';
import { and, eq } from 'drizzle-orm';
import { fail, failField } from '../../errors.js';
import type { AuditAction } from '../audit.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { IntegrationContext } from './integration-context.js';
import { selectOwnAgency } from './prepared-reads.js';
import { insertIntegrationAudit } from './prepared-writes.js';

export type Reader = Database | Transaction;
export type AgencyRow = typeof agencies.$inferSelect;
export type AccountRow = typeof customerAccounts.$inferSelect;
export type PutOutcome = 'created' | 'updated' | 'unchanged';
export interface PutResult<Resource> {
  resource: Resource;
  outcome: PutOutcome;
}

/**
 * The integration's own agency by the host's id. Another integration's agency answers exactly
 * as an absent one, so a key cannot even learn which ids others use.
 */
export function ownAgency(reader: Reader, integrationId: string, externalId: string): AgencyRow {
  // On every /v1 call under an agency: a prepared statement, not the query builder.
  const agency = selectOwnAgency(reader, integrationId, externalId);
  if (!agency) throw fail('AGENCY_NOT_FOUND');
  return agency;
}

/** The integration's own company account by the host's id; others' answer as absent. */
export function ownAccount(reader: Reader, integrationId: string, externalId: string): AccountRow {
  const account = reader
    .select()
    .from(customerAccounts)
    .where(
      and(
        eq(customerAccounts.integrationId, integrationId),
        eq(customerAccounts.externalId, externalId),
      ),
    )
    .get();
  if (!account) throw fail('ACCOUNT_NOT_FOUND');
  return account;
}

/** Org numbers are stored as ten digits (an index range for prefix search) and shown with a dash. */
export function orgNumberDigits(formatted: string): string {
  return formatted.replace('-', '');
}

export function iso(date: Date): string {
  return date.toISOString();
}

/**
 * One audit event of a provisioning change, made by the integration itself. It is written on
 * the connection of `context.db`, inside whatever transaction the caller has open there.
 */
export function auditProvisioning(
  context: IntegrationContext,
  entry: {
    agencyId: string | null;
    accountId?: string | null;
    action: AuditAction;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  },
  now: Date,
): void {
  // The same row `recordAudit` writes, through a prepared statement: a sync writes thousands.
  insertIntegrationAudit(
    context.db,
    {
      agencyId: entry.agencyId,
      accountId: entry.accountId ?? null,
      actorId: context.integration.id,
      action: entry.action,
      before: entry.before,
      after: entry.after,
    },
    now,
  );
}

/**
 * The external id after which a list page starts, from the opaque cursor; none on page one.
 * A cursor that is not one of ours is an error about the `cursor` query parameter.
 */
export function cursorAfter(query: ListQuery): string | null {
  if (query.cursor === undefined) return null;
  try {
    const [externalId] = decodeCursor(query.cursor, ['string'] as const);
    return externalId;
  } catch {
    throw failField('cursor', 'INVALID_CURSOR');
  }
}

/**
 * A page of rows fetched with `limit + 1` rows ordered by external id: the extra row only
 * says that there is a next page.
 */
export function pageOf<Row extends { externalId: string | null }, Item>(
  rows: Row[],
  query: ListQuery,
  toResource: (row: Row) => Item,
): ListPage<Item> {
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > query.limit && last?.externalId ? encodeCursor([last.externalId]) : null;
  return { object: 'list', data: page.map(toResource), nextCursor };
}

/** Whether two lists hold the same ids, in any order. */
export function sameSet(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  const set = new Set(left);
  return right.every((id) => set.has(id));
}
