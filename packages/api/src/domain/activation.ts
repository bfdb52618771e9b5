import {
  type ActivateInput,
  type activateInputSchema,
  type CollaborationStatus,
  optionsToStore,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
  serviceSelectionProblems,
} from '@collab/contracts';
import {
  collaborations,
  type customerAccounts,
  customers,
  type Transaction,
  type tasks,
  transact,
} from '@collab/db';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { fail, failField } from '../errors.js';
import {
  agencyNameOf,
  type EmployeeActor,
  maskEmail,
  requireEmployee,
  requireFullRights,
} from './actors.js';
import { recordAudit } from './audit.js';
import { findTaskForCustomer } from './collaboration-scope.js';
import { companyAccountOf, openAccountForContact } from './company-account.js';
import { recordCollaborationEvent } from './events/domain-events.js';
import { invitationSnapshot } from './events/snapshots.js';
import { rederiveGrants } from './grants.js';
import { findIdempotentResult, hashRequest, storeIdempotentResult } from './idempotency.js';
import { sendInvitation } from './invitation-send.js';
import { openCollaborationsOf } from './service-occupancy.js';

export type ParsedActivateInput = z.output<typeof activateInputSchema>;

export interface ActivationResult {
  /** `activated`: the company had no account, so it got one and everything is active now.
   *  `invited`: the company has an account, and its admins were invited to accept. */
  flow: 'activated' | 'invited';
  accountCreated: boolean;
  services: { service: ServiceId; collaborationId: string; status: CollaborationStatus }[];
  invitation: { id: string; expiresAt: string } | null;
  /** Who was e-mailed; addresses are masked, since they may belong to the company, not the agency. */
  emailsQueued: { name: string; maskedEmail: string }[];
}

/**
 * Activates one or more services for a customer (flow 1 in docs/flows.md), all in one
 * transaction: every service is activated or invited, or none is.
 */
export async function activateCollaborations(
  context: InnerContext,
  input: ParsedActivateInput,
): Promise<ActivationResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  const { idempotencyKey, ...request } = input;
  const requestHash = hashRequest(request);
  return transact(context.db, (transaction) => {
    if (idempotencyKey) {
      const earlier = findIdempotentResult<ActivationResult>(
        transaction,
        employee.id,
        idempotencyKey,
        requestHash,
      );
      if (earlier) return earlier;
    }
    const result = activateInTransaction(transaction, context, employee, input);
    if (idempotencyKey) {
      storeIdempotentResult(
        transaction,
        { actorId: employee.id, key: idempotencyKey, requestHash, response: result },
        context.clock.now(),
      );
    }
    return result;
  });
}

/**
 * The rules an activation is checked by before anything is written: the customer and the task
 * are the agency's, the services are free, and the selection keeps the catalog's rules. A
 * prepared activation for a colleague to send (activation-request.ts) is checked by the same.
 */
export function checkActivation(
  transaction: Transaction,
  employee: EmployeeActor,
  input: Pick<ParsedActivateInput, 'customerId' | 'taskId' | 'services'>,
  now: Date,
): { customer: typeof customers.$inferSelect; task: typeof tasks.$inferSelect } {
  const customer = transaction
    .select()
    .from(customers)
    .where(and(eq(customers.id, input.customerId), eq(customers.agencyId, employee.agencyId)))
    .get();
  if (!customer) throw fail('CUSTOMER_NOT_FOUND');
  const task = findTaskForCustomer(transaction, employee, input.taskId, customer.id);

  const activeServices = checkServicesAreFree(transaction, employee, customer.id, input, now);
  // Listed twice, or needing a service neither active nor chosen: the rule is the contracts'.
  const [problem] = serviceSelectionProblems(
    input.services.map((selection) => selection.service),
    activeServices,
  );
  if (problem) throw failField(`services.${problem.index}.service`, problem.code, problem.params);
  return { customer, task };
}

/** The activation itself, in the caller's transaction: also how a colleague sends a request. */
export function activateInTransaction(
  transaction: Transaction,
  context: InnerContext,
  employee: EmployeeActor,
  input: Pick<ParsedActivateInput, 'customerId' | 'taskId' | 'services'>,
): ActivationResult {
  const now = context.clock.now();
  const { customer, task } = checkActivation(transaction, employee, input, now);

  const agencyName = agencyNameOf(transaction, employee.agencyId);
  const selections = input.services.map((selection) => ({
    service: selection.service,
    options: optionsToStore(selection.service, selection.options, customer.companyType),
  }));
  const company = companyAccountOf(transaction, customer.orgNumber);
  const common = {
    transaction,
    context,
    employee,
    customer,
    taskId: task.id,
    selections,
    agencyName,
    now,
  };
  return company.account && company.mustAgree
    ? inviteExistingAccount({ ...common, account: company.account })
    : activateForNewAccount({ ...common, emptyAccount: company.account });
}

/**
 * A service already pending or active for the customer is a conflict that names the
 * existing collaboration. Returns the services that are active for the customer now.
 */
function checkServicesAreFree(
  transaction: Transaction,
  employee: EmployeeActor,
  customerId: string,
  input: Pick<ParsedActivateInput, 'services'>,
  now: Date,
): Set<ServiceId> {
  const open = openCollaborationsOf(transaction, { agencyId: employee.agencyId, customerId }, now);
  for (const [index, selection] of input.services.entries()) {
    const existing = open.find((collaboration) => collaboration.service === selection.service);
    if (existing) {
      throw failField(`services.${index}.service`, 'COLLABORATION_EXISTS', {
        service: serviceCatalog[existing.service].name,
        status: existing.status,
        collaborationId: existing.id,
      });
    }
  }
  return new Set(
    open.filter((collaboration) => collaboration.status === 'active').map(({ service }) => service),
  );
}

interface ActivationStep {
  transaction: Transaction;
  context: InnerContext;
  employee: EmployeeActor;
  customer: typeof customers.$inferSelect;
  taskId: string;
  selections: { service: ServiceId; options: ServiceOptions }[];
  agencyName: string;
  now: Date;
}

export function servicePayload(selections: ActivationStep['selections']) {
  return selections.map(({ service, options }) => ({
    service,
    name: serviceCatalog[service].name,
    options,
  }));
}

/**
 * Writes one collaboration per selected service, with its audit event: active ones (a new
 * account) get their access at once, pending ones (an invitation) when it is accepted.
 * Then each one's event, once all are written (an invitation's event lists all its
 * services), before the access events of its grants (docs/events.md).
 */
function createCollaborations(
  step: ActivationStep,
  target: { accountId: string; status: 'active' | 'pending'; invitationId: string | null },
): ActivationResult['services'] {
  const { transaction, employee, customer, now } = step;
  const created = step.selections.map(({ service, options }) => {
    const collaborationId = crypto.randomUUID();
    transaction
      .insert(collaborations)
      .values({
        id: collaborationId,
        agencyId: employee.agencyId,
        customerId: customer.id,
        accountId: target.accountId,
        service,
        taskId: step.taskId,
        options,
        status: target.status,
        invitationId: target.invitationId,
        createdById: employee.id,
        activatedAt: target.status === 'active' ? now : null,
        createdAt: now,
        updatedAt: now,
      })
      .run();
    recordAudit(
      transaction,
      {
        agencyId: employee.agencyId,
        accountId: target.accountId,
        collaborationId,
        invitationId: target.invitationId,
        actor: employee,
        action: target.status === 'active' ? 'collaboration.activated' : 'collaboration.invited',
        before: null,
        after: { status: target.status, service, options, taskId: step.taskId },
      },
      now,
    );
    return { service, collaborationId, status: target.status };
  });
  const invitation =
    target.invitationId === null
      ? null
      : invitationSnapshot(transaction, target.invitationId, now, { collaborations: false })
          .invitation;
  for (const { collaborationId } of created) {
    const scope = { agencyId: employee.agencyId, collaborationId, actor: employee };
    if (invitation === null) {
      recordCollaborationEvent(transaction, scope, { type: 'collaboration.activated' }, now);
      rederiveGrants(transaction, collaborationId, now);
    } else {
      recordCollaborationEvent(
        transaction,
        scope,
        { type: 'collaboration.invited', invitation },
        now,
      );
    }
  }
  return created;
}

/**
 * Flow 1a: no account yet (or only the empty one an import left). Open it with the contact
 * person as its first admin, and activate.
 */
function activateForNewAccount(
  step: ActivationStep & { emptyAccount: typeof customerAccounts.$inferSelect | null },
): ActivationResult {
  const { transaction, customer, now } = step;
  const opened = openAccountForContact(
    transaction,
    {
      customer,
      emptyAccount: step.emptyAccount,
      agencyName: step.agencyName,
      services: servicePayload(step.selections),
    },
    now,
  );
  const services = createCollaborations(step, {
    accountId: opened.accountId,
    status: 'active',
    invitationId: null,
  });
  // An import's empty account counts as created here: it gets its first user only now.
  const accountCreated = true;
  return {
    flow: 'activated',
    accountCreated,
    services,
    invitation: null,
    emailsQueued: [opened.emailed],
  };
}

/** Flow 1b: the company has an account. Invite its admins; nothing is active until one accepts. */
function inviteExistingAccount(
  step: ActivationStep & { account: typeof customerAccounts.$inferSelect },
): ActivationResult {
  const { transaction, context, employee, customer, account, now } = step;
  const sent = sendInvitation(
    transaction,
    context,
    {
      sentBy: employee,
      agencyName: step.agencyName,
      customer,
      accountId: account.id,
      services: servicePayload(step.selections),
    },
    now,
  );
  const services = createCollaborations(step, {
    accountId: account.id,
    status: 'pending',
    invitationId: sent.invitationId,
  });
  return {
    flow: 'invited',
    accountCreated: false,
    services,
    invitation: { id: sent.invitationId, expiresAt: sent.expiresAt.toISOString() },
    emailsQueued: sent.admins.map((admin) => ({
      name: admin.name,
      maskedEmail: maskEmail(admin.email),
    })),
  };
}

export type { ActivateInput };
