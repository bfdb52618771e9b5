import {
  type collaborationLinkInputSchema,
  optionsToStore,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
  serviceSelectionProblems,
} from '@collab/contracts';
import { customers, type Transaction, transact } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail, failField } from '../errors.js';
import { agencyNameOf, type EmployeeActor, requireEmployee, requireFullRights } from './actors.js';
import { changeCollaboration } from './collaboration-change.js';
import {
  type CollaborationRow,
  findCollaborationInScope,
  findTaskForCustomer,
} from './collaboration-scope.js';
import { type CollaborationView, loadCollaborationView } from './collaboration-view.js';
import { companyAccountOf, openAccountForContact } from './company-account.js';
import { sendInvitation } from './invitation-send.js';
import { openCollaborationsOf } from './service-occupancy.js';

/**
 * Flow 6: an unlinked collaboration from the old system gets its service and task. Until then
 * it grants nothing. Whether it is active at once follows the same rule as an activation
 * (`companyAccountOf`): a company whose account has users must agree first, so its admins
 * get an invitation and the collaboration is pending until one accepts; the import alone is
 * not the company's word. A company with no users is active at once, as in flow 1a.
 */
export async function linkCollaboration(
  context: InnerContext,
  input: z.output<typeof collaborationLinkInputSchema>,
): Promise<CollaborationView> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  await transact(context.db, (transaction) => {
    const now = context.clock.now();
    const collaboration = findCollaborationInScope(transaction, employee, input.collaborationId);
    if (collaboration.service !== null) throw fail('COLLABORATION_ALREADY_LINKED');
    if (collaboration.status !== 'active')
      throw fail('COLLABORATION_NOT_ACTIVE', { status: collaboration.status });
    const task = findTaskForCustomer(transaction, employee, input.taskId, collaboration.customerId);
    const service = input.selection.service;
    const open = openCollaborationsOf(
      transaction,
      { agencyId: employee.agencyId, customerId: collaboration.customerId },
      now,
    );
    const existing = open.find((candidate) => candidate.service === service);
    if (existing) {
      throw failField('selection.service', 'COLLABORATION_EXISTS', {
        service: serviceCatalog[service].name,
        status: existing.status,
        collaborationId: existing.id,
      });
    }
    const active = open.filter((candidate) => candidate.status === 'active');
    const [problem] = serviceSelectionProblems(
      [service],
      active.map((candidate) => candidate.service),
    );
    if (problem) throw failField('selection.service', problem.code, problem.params);
    const customer = transaction
      .select()
      .from(customers)
      .where(eq(customers.id, collaboration.customerId))
      .get();
    if (!customer) throw fail('CUSTOMER_NOT_FOUND');
    const options = optionsToStore(service, input.selection.options, customer.companyType);
    const link: Link = {
      transaction,
      context,
      employee,
      collaboration,
      customer,
      taskId: task.id,
      service,
      options,
      now,
    };
    if (companyAccountOf(transaction, customer.orgNumber).mustAgree) linkPendingConsent(link);
    else linkActive(link);
  });
  const view = loadCollaborationView(context.db, context.clock.now(), input.collaborationId);
  return view;
}

interface Link {
  transaction: Transaction;
  context: InnerContext;
  employee: EmployeeActor;
  collaboration: CollaborationRow;
  customer: typeof customers.$inferSelect;
  taskId: string;
  service: ServiceId;
  options: ServiceOptions;
  now: Date;
}

function invitedService(link: Link) {
  return { service: link.service, name: serviceCatalog[link.service].name, options: link.options };
}

/** The company must agree: its admins are invited, as in flow 1b, and nothing is granted yet. */
function linkPendingConsent(link: Link): void {
  const { transaction, collaboration, now } = link;
  const sent = sendInvitation(
    transaction,
    link.context,
    {
      sentBy: link.employee,
      agencyName: agencyNameOf(transaction, collaboration.agencyId),
      customer: link.customer,
      accountId: collaboration.accountId,
      services: [invitedService(link)],
    },
    now,
  );
  changeCollaboration(
    transaction,
    {
      collaboration,
      set: {
        service: link.service,
        taskId: link.taskId,
        options: link.options,
        status: 'pending',
        invitationId: sent.invitationId,
      },
      actor: link.employee,
      action: 'collaboration.linked',
      before: beforeLink(collaboration),
      event: {
        type: 'collaboration.linked',
        legacyServiceName: collaboration.legacyServiceName,
      },
      after: {
        service: link.service,
        taskId: link.taskId,
        options: link.options,
        status: 'pending',
        invitationId: sent.invitationId,
      },
    },
    now,
  );
}

/**
 * Nobody at the company could agree: active at once, as in flow 1a. A customer with a
 * contact e-mail gets the same as an activation would give it (the contact person as first
 * admin, and a sign-in e-mail); one without keeps the collaboration as the import left it.
 */
function linkActive(link: Link): void {
  const { transaction, collaboration, customer, now } = link;
  if (customer.contactEmail) {
    openAccountForContact(
      transaction,
      {
        customer,
        emptyAccount: companyAccountOf(transaction, customer.orgNumber).account,
        agencyName: agencyNameOf(transaction, collaboration.agencyId),
        services: [invitedService(link)],
      },
      now,
    );
  }
  changeCollaboration(
    transaction,
    {
      collaboration,
      set: { service: link.service, taskId: link.taskId, options: link.options },
      actor: link.employee,
      action: 'collaboration.linked',
      before: beforeLink(collaboration),
      event: {
        type: 'collaboration.linked',
        legacyServiceName: collaboration.legacyServiceName,
      },
      after: { service: link.service, taskId: link.taskId, options: link.options },
    },
    now,
  );
}

function beforeLink(collaboration: CollaborationRow) {
  return { service: null, taskId: null, legacyServiceName: collaboration.legacyServiceName };
}
