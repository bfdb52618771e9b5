import {
  type CollaborationStatus,
  collaborationStatuses,
  type collaborationsListInputSchema,
  isCollaborationStatus,
} from '@collab/contracts';
import { collaborations, customers, invitations, tasks } from '@collab/db';
import { and, eq, inArray, isNotNull, isNull, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { requireEmployee } from './actors.js';
import {
  type CollaborationView,
  effectiveStatusSql,
  loadCollaborationViews,
} from './collaboration-view.js';
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

  const status = effectiveStatusSql(now);
  const countRows = context.db
    .select({ status, count: sql<number>`count(*)` })
    .from(collaborations)
    .innerJoin(customers, eq(customers.id, collaborations.customerId))
    .leftJoin(tasks, eq(tasks.id, collaborations.taskId))
    .leftJoin(invitations, eq(invitations.id, collaborations.invitationId))
    .where(and(...filters))
    .groupBy(status)
    .all();
  const countsByStatus = Object.fromEntries(
    collaborationStatuses.map((name) => [name, 0]),
  ) as Record<CollaborationStatus, number>;
  for (const row of countRows)
    if (isCollaborationStatus(row.status)) countsByStatus[row.status] = row.count;

  const pageFilters = [...filters];
  if (input.status?.length) pageFilters.push(statusCondition(input.status, now));
  if (input.cursor) {
    const [createdAt, id] = decodeCursor(input.cursor, ['number', 'string'] as const);
    pageFilters.push(
      or(
        lt(collaborations.createdAt, new Date(createdAt)),
        and(eq(collaborations.createdAt, new Date(createdAt)), lt(collaborations.id, id)),
      ),
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
