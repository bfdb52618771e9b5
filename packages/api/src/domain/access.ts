import {
  type accessListInputSchema,
  type GrantReason,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import {
  accessGrants,
  accountUsers,
  agencies,
  collaborations,
  customerAccounts,
  customers,
  type Database,
  employees,
} from '@collab/db';
import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail, failField } from '../errors.js';
import { requireActor } from './actors.js';

export interface GrantHolder {
  id: string;
  name: string;
  reason: GrantReason;
}

export interface ServiceAccess {
  collaborationId: string;
  service: ServiceId;
  serviceName: string;
  agency: { id: string; name: string };
  /** Agency staff with access, each with the reason. */
  staff: GrantHolder[];
  /** The company's own users with access, each with the reason. */
  customerUsers: GrantHolder[];
}

/** Stored grants with the names of who holds them, grouped per collaboration. */
export function loadServiceAccess(database: Database, where: SQL | undefined): ServiceAccess[] {
  const rows = database
    .select({
      collaborationId: accessGrants.collaborationId,
      service: collaborations.service,
      agencyId: agencies.id,
      agencyName: agencies.name,
      subjectType: accessGrants.subjectType,
      subjectId: accessGrants.subjectId,
      reason: accessGrants.reason,
      employeeName: employees.name,
      accountUserName: accountUsers.name,
    })
    .from(accessGrants)
    .innerJoin(collaborations, eq(collaborations.id, accessGrants.collaborationId))
    .innerJoin(agencies, eq(agencies.id, collaborations.agencyId))
    .leftJoin(
      employees,
      and(eq(accessGrants.subjectType, 'employee'), eq(employees.id, accessGrants.subjectId)),
    )
    .leftJoin(
      accountUsers,
      and(
        eq(accessGrants.subjectType, 'account_user'),
        eq(accountUsers.id, accessGrants.subjectId),
      ),
    )
    .where(where)
    .orderBy(asc(collaborations.service), asc(employees.name), asc(accountUsers.name))
    .all();
  const byCollaboration = new Map<string, ServiceAccess>();
  for (const row of rows) {
    if (row.service === null) continue;
    const entry = byCollaboration.get(row.collaborationId) ?? {
      collaborationId: row.collaborationId,
      service: row.service,
      serviceName: serviceCatalog[row.service].name,
      agency: { id: row.agencyId, name: row.agencyName },
      staff: [],
      customerUsers: [],
    };
    const holder = {
      id: row.subjectId,
      name: row.employeeName ?? row.accountUserName ?? '',
      reason: row.reason,
    };
    if (row.subjectType === 'employee') entry.staff.push(holder);
    else entry.customerUsers.push(holder);
    byCollaboration.set(row.collaborationId, entry);
  }
  return [...byCollaboration.values()];
}

/**
 * Who has access to which service of a company, and why. A company user sees its own
 * company across every agency it works with; an employee sees one customer, and only the
 * access that comes from the employee's own agency.
 */
export async function listAccess(
  context: InnerContext,
  input: z.output<typeof accessListInputSchema>,
): Promise<ServiceAccess[]> {
  const actor = await requireActor(context);
  if (actor.kind === 'account_user') {
    return loadServiceAccess(context.db, eq(accessGrants.accountId, actor.accountId));
  }
  if (!input.customerId) throw failField('customerId', 'REQUIRED');
  const customer = context.db
    .select({ accountId: customerAccounts.id })
    .from(customers)
    .leftJoin(customerAccounts, eq(customerAccounts.orgNumber, customers.orgNumber))
    .where(and(eq(customers.id, input.customerId), eq(customers.agencyId, actor.agencyId)))
    .get();
  if (!customer) throw fail('CUSTOMER_NOT_FOUND');
  if (!customer.accountId) return [];
  return loadServiceAccess(
    context.db,
    and(
      eq(accessGrants.accountId, customer.accountId),
      eq(collaborations.agencyId, actor.agencyId),
    ),
  );
}
