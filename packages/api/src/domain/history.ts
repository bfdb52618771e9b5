import type { auditListInputSchema } from '@collab/contracts';
import { accountUsers, auditEvents, type Database, employees } from '@collab/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import {
  type AccountUserActor,
  type EmployeeActor,
  requireAccountAdmin,
  requireActor,
} from './actors.js';
import { findCollaborationInScope } from './collaboration-scope.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export interface HistoryEntry {
  id: string;
  action: string;
  actor: { type: 'employee' | 'account_user'; id: string; name: string } | { type: 'system' };
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

/**
 * The agency and the company's admins may read a collaboration's history; a company user
 * who is not an admin may not, and anyone else is told it does not exist.
 */
export async function requireHistoryReader(
  context: InnerContext,
  collaborationId: string,
): Promise<EmployeeActor | AccountUserActor> {
  const actor = await requireActor(context);
  context.db.transaction((transaction) =>
    findCollaborationInScope(transaction, actor, collaborationId),
  );
  if (actor.kind === 'account_user') requireAccountAdmin(context.db, actor);
  return actor;
}

/** Newest first; audit events are append-only, so a cursor never skips or repeats one. */
export function readHistory(
  database: Database,
  collaborationId: string,
  page: { cursor?: string | undefined; limit: number },
): { items: HistoryEntry[]; nextCursor: string | null } {
  const conditions = [eq(auditEvents.collaborationId, collaborationId)];
  if (page.cursor) {
    const [createdAt, id] = decodeCursor(page.cursor, ['number', 'string'] as const);
    const after = or(
      lt(auditEvents.createdAt, new Date(createdAt)),
      and(eq(auditEvents.createdAt, new Date(createdAt)), lt(auditEvents.id, id)),
    );
    if (after) conditions.push(after);
  }
  const rows = database
    .select({
      id: auditEvents.id,
      action: auditEvents.action,
      actorType: auditEvents.actorType,
      actorId: auditEvents.actorId,
      employeeName: employees.name,
      accountUserName: accountUsers.name,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
    })
    .from(auditEvents)
    .leftJoin(
      employees,
      and(eq(auditEvents.actorType, 'employee'), eq(employees.id, auditEvents.actorId)),
    )
    .leftJoin(
      accountUsers,
      and(eq(auditEvents.actorType, 'account_user'), eq(accountUsers.id, auditEvents.actorId)),
    )
    .where(and(...conditions))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(page.limit + 1)
    .all();
  const items = rows.slice(0, page.limit).map(
    (row): HistoryEntry => ({
      id: row.id,
      action: row.action,
      actor:
        // A host's backend (an integration) changes things on the agency's behalf; to the
        // people in the widget that reads as the system, like the expiry job.
        row.actorType === 'system' || row.actorType === 'integration' || row.actorId === null
          ? { type: 'system' }
          : {
              type: row.actorType,
              id: row.actorId,
              name: row.employeeName ?? row.accountUserName ?? '',
            },
      before: row.before ?? null,
      after: row.after ?? null,
      createdAt: row.createdAt.toISOString(),
    }),
  );
  const last = items.at(-1);
  return {
    items,
    nextCursor:
      rows.length > page.limit && last ? encodeCursor([Date.parse(last.createdAt), last.id]) : null,
  };
}

export async function listHistory(
  context: InnerContext,
  input: z.output<typeof auditListInputSchema>,
): Promise<{ items: HistoryEntry[]; nextCursor: string | null }> {
  await requireHistoryReader(context, input.collaborationId);
  return readHistory(context.db, input.collaborationId, input);
}
