import { deriveGrants } from '@collab/contracts';
import type { Database } from '../client.js';
import {
  accessGrants,
  accountUsers,
  collaborations,
  customers,
  employees,
  taskParticipants,
} from '../schema.js';

/**
 * Every grant that should exist according to `deriveGrants`, computed from scratch from the
 * collaborations and tasks, next to every grant that is stored. Tests compare the two.
 * Deactivated employees and account users hold no access, so they are left out of the inputs,
 * as `rederiveGrants` leaves them out.
 */
export function storedAndDerivedGrants(db: Database): { stored: string[]; derived: string[] } {
  const deactivatedEmployees = new Set(
    db
      .select({ id: employees.id, deactivatedAt: employees.deactivatedAt })
      .from(employees)
      .all()
      .filter((employee) => employee.deactivatedAt !== null)
      .map((employee) => employee.id),
  );
  const participants = db
    .select()
    .from(taskParticipants)
    .all()
    .filter((participant) => !deactivatedEmployees.has(participant.employeeId));
  const users = db
    .select()
    .from(accountUsers)
    .all()
    .filter((user) => user.deactivatedAt === null);
  const contactByCustomer = new Map(
    db
      .select({ id: customers.id, contactEmail: customers.contactEmail })
      .from(customers)
      .all()
      .map((customer) => [customer.id, customer.contactEmail]),
  );
  const derived = db
    .select()
    .from(collaborations)
    .all()
    .flatMap((collaboration) =>
      deriveGrants({
        status: collaboration.status,
        service: collaboration.service,
        taskId: collaboration.taskId,
        participantIds: participants
          .filter((participant) => participant.taskId === collaboration.taskId)
          .map((participant) => participant.employeeId),
        accountUsers: users.filter((user) => user.accountId === collaboration.accountId),
        contactEmail: contactByCustomer.get(collaboration.customerId) ?? null,
      }).map(
        (grant) =>
          `${collaboration.id}|${collaboration.accountId}|${collaboration.service}|${grant.subjectType}|${grant.subjectId}|${grant.reason}`,
      ),
    );
  const stored = db
    .select()
    .from(accessGrants)
    .all()
    .map(
      (grant) =>
        `${grant.collaborationId}|${grant.accountId}|${grant.service}|${grant.subjectType}|${grant.subjectId}|${grant.reason}`,
    );
  return { stored: stored.sort(), derived: derived.sort() };
}
