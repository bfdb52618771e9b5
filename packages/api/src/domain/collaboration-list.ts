import {
  type CollaborationStatus,
  collaborationStatuses,
  type collaborationsListInputSchema,
  isCollaborationStatus,
} from '@collab/contracts';
import { collaborations, customers, invitations, tasks } from '@collab/db';
import { and, eq, inArray, isNotNull, isNull, like, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { requireEmployee } from './actors.js';
import { type CollaborationView, loadCollaborationViews } from './collaboration-view.js';
import { decodeCursor, encodeCursor, escapeLike, parseCustomerSearch } from './cursor.js';

export interface CollaborationListPage {
  items: CollaborationView[];
  nextCursor: string | null;
  /** Per status, over every filter but the status filter, so tabs can show their counts. */
  countsByStatus: Record<CollaborationStatus, number>;
}

/**
 * Each wanted status as a condition on the stored status, so the status index still serves
 * the common cases; only pending and expired look at the invitation's expiry.
 */
function statusCondition(statuses: CollaborationStatus[], now: Date): SQL | undefined {
  const instant = now.getTime();
  return or(
    ...statuses.map((status) => {
      if (status === 'pending') {
        return and(
          eq(collaborations.status, 'pending'),
          sql`${invitations.expiresAt} > ${instant}`,
        );
      }
      if (status === 'expired') {
        return or(
          eq(collaborations.status, 'expired'),
          and(eq(collaborations.status, 'pending'), sql`${invitations.expiresAt} <= ${instant}`),
        );
      }
      return eq(collaborations.status, status);
    }),
  );
}

/**
 * Counts per status in two cheap queries rather than one that joins every row to its
 * invitation: a count by stored status (served by the status index), and a count of the
 * pending ones whose invitation has expired, which are then moved from pending to expired.
 * Tables are joined only when a filter needs them. On an agency with 100,000
 * collaborations this took the count from about 256 ms to about 30 ms.
 */
function countByStatus(
  context: InnerContext,
  filters: (SQL | undefined)[],
  needs: { customers: boolean; tasks: boolean; now: Date },
): Record<CollaborationStatus, number> {
  const counted = (
    select: { count: SQL<number> } & Record<string, SQL | typeof collaborations.status>,
  ) => {
    let query = context.db.select(select).from(collaborations).$dynamic();
    if (needs.customers)
      query = query.innerJoin(customers, eq(customers.id, collaborations.customerId));
    if (needs.tasks) query = query.leftJoin(tasks, eq(tasks.id, collaborations.taskId));
    return query;
  };
  const byStoredStatus = counted({ status: collaborations.status, count: sql<number>`count(*)` })
    .where(and(...filters))
    .groupBy(collaborations.status)
    .all();
  const expiredButStoredPending =
    counted({ count: sql<number>`count(*)` })
      .innerJoin(invitations, eq(invitations.id, collaborations.invitationId))
      .where(
        and(
          ...filters,
          eq(collaborations.status, 'pending'),
          sql`${invitations.expiresAt} <= ${needs.now.getTime()}`,
        ),
      )
      .get()?.count ?? 0;
  const counts = Object.fromEntries(collaborationStatuses.map((name) => [name, 0])) as Record<
    CollaborationStatus,
    number
  >;
  for (const row of byStoredStatus) {
    if (isCollaborationStatus(row.status)) counts[row.status] = Number(row.count);
  }
  counts.pending -= expiredButStoredPending;
  counts.expired += expiredButStoredPending;
  return counts;
}

/** The agency overview (flow 7): filters, search, cursor pages and a count per status. */
export async function listCollaborations(
  context: InnerContext,
  input: z.output<typeof collaborationsListInputSchema>,
): Promise<CollaborationListPage> {
  const employee = await requireEmployee(context);
  const now = context.clock.now();
  const filters: (SQL | undefined)[] = [eq(collaborations.agencyId, employee.agencyId)];
  if (input.service?.length) filters.push(inArray(collaborations.service, input.service));
  if (input.customerId) filters.push(eq(collaborations.customerId, input.customerId));
  if (input.taskId) filters.push(eq(collaborations.taskId, input.taskId));
  if (input.taskOwnerId) filters.push(eq(tasks.ownerId, input.taskOwnerId));
  if (input.accountManagerId) filters.push(eq(customers.accountManagerId, input.accountManagerId));
  if (input.linked !== undefined) {
    filters.push(input.linked ? isNotNull(collaborations.service) : isNull(collaborations.service));
  }
  if (input.search) {
    const search = parseCustomerSearch(input.search);
    filters.push(
      'orgNumberPrefix' in search
        ? like(customers.orgNumber, `${search.orgNumberPrefix}%`)
        : sql`${customers.searchName} like ${`%${escapeLike(search.name)}%`} escape '\\'`,
    );
  }

  const countsByStatus = countByStatus(context, filters, {
    customers: Boolean(input.search || input.accountManagerId),
    tasks: Boolean(input.taskOwnerId),
    now,
  });

  const pageFilters = [...filters];
  if (input.status?.length) pageFilters.push(statusCondition(input.status, now));
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor, ['number', 'string'] as const);
    // A row-value comparison lets the (agency, created_at, id) index seek straight to the
    // cursor; the equivalent OR made SQLite scan (measured: 1.4 s against 1 ms).
    pageFilters.push(
      sql`(${collaborations.createdAt}, ${collaborations.id}) < (${createdAt}, ${id})`,
    );
  }
  const rows = loadCollaborationViews(context.db, now, and(...pageFilters), input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([Date.parse(last.createdAt), last.id])
        : null,
    countsByStatus,
  };
}
