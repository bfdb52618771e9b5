import {
  type ActivationRequestCreateInput,
  activateInputSchema,
  type activationRequestCreateInputSchema,
  optionsToStore,
  type ServiceId,
  type ServiceOptions,
  serviceCatalog,
} from '@collab/contracts';
import {
  activationRequests,
  customers,
  type Database,
  employees,
  type Transaction,
  tasks,
  transact,
} from '@collab/db';
import { and, desc, eq, inArray, ne, or } from 'drizzle-orm';
import type { z } from 'zod';
import * as zm from 'zod/mini';
import type { InnerContext } from '../context.js';
import { fail } from '../errors.js';
import {
  type ActivationResult,
  activateInTransaction,
  checkActivation,
  servicePayload,
} from './activation.js';
import { agencyNameOf, type EmployeeActor, requireEmployee, requireFullRights } from './actors.js';
import { recordAudit } from './audit.js';
import { findIdempotentResult, hashRequest, storeIdempotentResult } from './idempotency.js';
import { queueEmail } from './outbox.js';
import { openCollaborationsOf } from './service-occupancy.js';

/*
 * Flow 9 in docs/flows.md: an employee without full rights prepares an invitation and asks a
 * full-rights colleague of the same agency to send it. Only the colleague asked sends or
 * dismisses it: the request is addressed to a person, who got the e-mail, so two colleagues
 * never handle the same one. Every employee of the agency may read it (they see everything in
 * the agency); nobody outside the agency learns that it exists.
 */

type ParsedCreateInput = z.output<typeof activationRequestCreateInputSchema>;

export interface ActivationRequestPerson {
  id: string;
  name: string;
}

export interface ActivationRequestView {
  id: string;
  status: 'open' | 'sent' | 'dismissed';
  customer: { id: string; name: string };
  task: { id: string; name: string };
  services: { service: ServiceId; options: ServiceOptions }[];
  requestedBy: ActivationRequestPerson;
  colleague: ActivationRequestPerson;
  note: string | null;
  dismissReason: string | null;
  createdAt: string;
  handledAt: string | null;
}

export interface ActivationRequestCreated {
  activationRequestId: string;
  colleague: ActivationRequestPerson;
}

export type ActivationRequestSent = ActivationResult & { activationRequestId: string };

/**
 * The agency's active full-rights employees, whom the caller may ask. Names only: the request
 * reaches them by e-mail from Collab, so the requester needs no address.
 */
export async function listColleagues(context: InnerContext): Promise<ActivationRequestPerson[]> {
  const employee = await requireEmployee(context);
  return context.db
    .select({ id: employees.id, name: employees.name, deactivatedAt: employees.deactivatedAt })
    .from(employees)
    .where(
      and(
        eq(employees.agencyId, employee.agencyId),
        eq(employees.rights, 'full'),
        ne(employees.id, employee.id),
      ),
    )
    .orderBy(employees.name)
    .all()
    .filter((colleague) => colleague.deactivatedAt === null)
    .map(({ id, name }) => ({ id, name }));
}

/** A colleague of the same agency who can send: active and with full rights. */
function findColleague(
  transaction: Transaction,
  employee: EmployeeActor,
  colleagueId: string,
): { id: string; name: string; email: string; locale: 'sv' | 'en' } {
  const colleague = transaction
    .select()
    .from(employees)
    .where(and(eq(employees.id, colleagueId), eq(employees.agencyId, employee.agencyId)))
    .get();
  if (!colleague || colleague.id === employee.id) throw fail('COLLEAGUE_NOT_FOUND');
  if (colleague.deactivatedAt !== null) {
    throw fail('COLLEAGUE_DEACTIVATED', { name: colleague.name });
  }
  if (colleague.rights !== 'full') throw fail('COLLEAGUE_CANNOT_SEND', { name: colleague.name });
  return colleague;
}

/**
 * Prepares an invitation for a colleague to send: checked by the very rules of an activation
 * (`checkActivation`), so the colleague gets something that can be sent. The colleague's
 * e-mail is queued in the same transaction. A full-rights employee sends it themselves.
 */
export async function createActivationRequest(
  context: InnerContext,
  input: ParsedCreateInput,
): Promise<ActivationRequestCreated> {
  const employee = await requireEmployee(context);
  if (employee.rights === 'full') throw fail('ACTIVATION_REQUEST_NOT_NEEDED');
  const { idempotencyKey, ...request } = input;
  const requestHash = hashRequest({ activationRequest: request });
  return transact(context.db, (transaction) => {
    if (idempotencyKey) {
      const earlier = findIdempotentResult<ActivationRequestCreated>(
        transaction,
        employee.id,
        idempotencyKey,
        requestHash,
      );
      if (earlier) return earlier;
    }
    const now = context.clock.now();
    const colleague = findColleague(transaction, employee, input.colleagueId);
    const { customer, task } = checkActivation(transaction, employee, input, now);
    const id = crypto.randomUUID();
    const prepared = {
      customerId: input.customerId,
      taskId: input.taskId,
      services: input.services.map(({ service, options }) => ({ service, options })),
    };
    transaction
      .insert(activationRequests)
      .values({
        id,
        agencyId: employee.agencyId,
        requestedById: employee.id,
        colleagueId: colleague.id,
        customerId: customer.id,
        taskId: task.id,
        input: prepared,
        note: input.note ?? null,
        status: 'open',
        createdAt: now,
        updatedAt: now,
      })
      .run();
    queueEmail(
      transaction,
      {
        template: 'activation_request',
        to: colleague.email,
        locale: colleague.locale,
        relatedId: id,
        agencyId: employee.agencyId,
        payload: {
          activationRequestId: id,
          recipientName: colleague.name,
          requestedByName: employee.name,
          agencyName: agencyNameOf(transaction, employee.agencyId),
          customerName: customer.name,
          taskName: task.name,
          services: servicePayload(
            prepared.services.map(({ service, options }) => ({
              service,
              options: optionsToStore(service, options, customer.companyType),
            })),
          ),
          note: input.note ?? null,
        },
      },
      now,
    );
    recordAudit(
      transaction,
      {
        agencyId: employee.agencyId,
        accountId: null,
        collaborationId: null,
        invitationId: null,
        actor: employee,
        action: 'activation_request.created',
        before: null,
        after: { activationRequestId: id, colleagueId: colleague.id, ...prepared },
      },
      now,
    );
    const result = {
      activationRequestId: id,
      colleague: { id: colleague.id, name: colleague.name },
    };
    if (idempotencyKey) {
      storeIdempotentResult(
        transaction,
        { actorId: employee.id, key: idempotencyKey, requestHash, response: result },
        now,
      );
    }
    return result;
  });
}

type RequestRow = typeof activationRequests.$inferSelect;

/** A request of the caller's agency; another agency's is "not found", as if it did not exist. */
function findRequest(
  reader: Database | Transaction,
  employee: EmployeeActor,
  activationRequestId: string,
): RequestRow {
  const row = reader
    .select()
    .from(activationRequests)
    .where(
      and(
        eq(activationRequests.agencyId, employee.agencyId),
        eq(activationRequests.id, activationRequestId),
      ),
    )
    .get();
  if (!row) throw fail('ACTIVATION_REQUEST_NOT_FOUND');
  return row;
}

/** The stored activation, read back through the activation's own schema. */
function preparedInput(row: RequestRow) {
  return zm.parse(activateInputSchema, row.input);
}

function namesOf(reader: Database | Transaction, ids: string[]): Map<string, string> {
  if (ids.length === 0) return new Map();
  return new Map(
    reader
      .select({ id: employees.id, name: employees.name })
      .from(employees)
      .where(inArray(employees.id, ids))
      .all()
      .map(({ id, name }) => [id, name]),
  );
}

function viewsOf(reader: Database | Transaction, rows: RequestRow[]): ActivationRequestView[] {
  if (rows.length === 0) return [];
  const people = namesOf(reader, [
    ...new Set(rows.flatMap((row) => [row.requestedById, row.colleagueId])),
  ]);
  const customerRows = reader
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(
      inArray(
        customers.id,
        rows.map((row) => row.customerId),
      ),
    )
    .all();
  const taskNames = new Map(
    reader
      .select({ id: tasks.id, name: tasks.name })
      .from(tasks)
      .where(
        inArray(
          tasks.id,
          rows.map((row) => row.taskId),
        ),
      )
      .all()
      .map(({ id, name }) => [id, name]),
  );
  return rows.map((row) => {
    const customer = customerRows.find((candidate) => candidate.id === row.customerId);
    return {
      id: row.id,
      status: row.status,
      customer: { id: row.customerId, name: customer?.name ?? '' },
      task: { id: row.taskId, name: taskNames.get(row.taskId) ?? '' },
      services: preparedInput(row).services,
      requestedBy: { id: row.requestedById, name: people.get(row.requestedById) ?? '' },
      colleague: { id: row.colleagueId, name: people.get(row.colleagueId) ?? '' },
      note: row.note,
      dismissReason: row.dismissReason,
      createdAt: row.createdAt.toISOString(),
      handledAt: row.handledAt?.toISOString() ?? null,
    };
  });
}

/** The open requests addressed to the caller and those the caller made, newest first. */
export async function listActivationRequests(
  context: InnerContext,
): Promise<{ toMe: ActivationRequestView[]; byMe: ActivationRequestView[] }> {
  const employee = await requireEmployee(context);
  const rows = context.db
    .select()
    .from(activationRequests)
    .where(
      and(
        eq(activationRequests.agencyId, employee.agencyId),
        eq(activationRequests.status, 'open'),
        or(
          eq(activationRequests.colleagueId, employee.id),
          eq(activationRequests.requestedById, employee.id),
        ),
      ),
    )
    .orderBy(desc(activationRequests.createdAt))
    .all();
  const views = viewsOf(context.db, rows);
  return {
    toMe: views.filter((view) => view.colleague.id === employee.id),
    byMe: views.filter((view) => view.requestedBy.id === employee.id),
  };
}

export async function getActivationRequest(
  context: InnerContext,
  activationRequestId: string,
): Promise<ActivationRequestView> {
  const employee = await requireEmployee(context);
  const [view] = viewsOf(context.db, [findRequest(context.db, employee, activationRequestId)]);
  if (!view) throw fail('ACTIVATION_REQUEST_NOT_FOUND');
  return view;
}

/** Only the colleague asked handles a request, and only while it is open. */
function requireOpenRequestFor(
  transaction: Transaction,
  employee: EmployeeActor,
  activationRequestId: string,
): RequestRow {
  const row = findRequest(transaction, employee, activationRequestId);
  if (row.colleagueId !== employee.id) {
    throw fail('ACTIVATION_REQUEST_NOT_YOURS', {
      name: namesOf(transaction, [row.colleagueId]).get(row.colleagueId) ?? '',
    });
  }
  if (row.status !== 'open') throw fail('ACTIVATION_REQUEST_CLOSED');
  return row;
}

/**
 * The colleague sends the prepared invitation: the normal activation (flow 1), by them, and
 * the request marked `sent`, in one transaction. A service that got a pending or active
 * collaboration since the request was made is refused with `ACTIVATION_REQUEST_OUTDATED`.
 */
export async function sendActivationRequest(
  context: InnerContext,
  input: { activationRequestId: string; idempotencyKey?: string | undefined },
): Promise<ActivationRequestSent> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  const requestHash = hashRequest({ sendActivationRequest: input.activationRequestId });
  return transact(context.db, (transaction) => {
    if (input.idempotencyKey) {
      const earlier = findIdempotentResult<ActivationRequestSent>(
        transaction,
        employee.id,
        input.idempotencyKey,
        requestHash,
      );
      if (earlier) return earlier;
    }
    const now = context.clock.now();
    const row = requireOpenRequestFor(transaction, employee, input.activationRequestId);
    const prepared = preparedInput(row);
    const open = openCollaborationsOf(
      transaction,
      { agencyId: employee.agencyId, customerId: row.customerId },
      now,
    );
    for (const { service } of prepared.services) {
      const existing = open.find((collaboration) => collaboration.service === service);
      if (existing) {
        throw fail('ACTIVATION_REQUEST_OUTDATED', {
          service: serviceCatalog[service].name,
          status: existing.status,
        });
      }
    }
    const activation = activateInTransaction(transaction, context, employee, prepared);
    transaction
      .update(activationRequests)
      .set({
        status: 'sent',
        invitationId: activation.invitation?.id ?? null,
        handledAt: now,
        updatedAt: now,
      })
      .where(eq(activationRequests.id, row.id))
      .run();
    recordAudit(
      transaction,
      {
        agencyId: employee.agencyId,
        accountId: null,
        collaborationId: null,
        invitationId: activation.invitation?.id ?? null,
        actor: employee,
        action: 'activation_request.sent',
        before: { status: 'open' },
        after: {
          status: 'sent',
          activationRequestId: row.id,
          collaborationIds: activation.services.map((service) => service.collaborationId),
        },
      },
      now,
    );
    const result = { ...activation, activationRequestId: row.id };
    if (input.idempotencyKey) {
      storeIdempotentResult(
        transaction,
        { actorId: employee.id, key: input.idempotencyKey, requestHash, response: result },
        now,
      );
    }
    return result;
  });
}

/**
 * The colleague declines to send it, with a reason if they like; the employee who asked is told
 * by e-mail, in the same transaction. Nothing reaches the customer.
 */
export async function dismissActivationRequest(
  context: InnerContext,
  input: { activationRequestId: string; reason?: string | undefined },
): Promise<{ activationRequestId: string; status: 'dismissed' }> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  return transact(context.db, (transaction) => {
    const now = context.clock.now();
    const row = requireOpenRequestFor(transaction, employee, input.activationRequestId);
    const reason = input.reason ?? null;
    transaction
      .update(activationRequests)
      .set({ status: 'dismissed', dismissReason: reason, handledAt: now, updatedAt: now })
      .where(eq(activationRequests.id, row.id))
      .run();
    const requester = transaction
      .select()
      .from(employees)
      .where(eq(employees.id, row.requestedById))
      .get();
    const customer = transaction
      .select({ name: customers.name })
      .from(customers)
      .where(eq(customers.id, row.customerId))
      .get();
    // A requester deactivated since would not read it; the request is dismissed all the same.
    if (requester && requester.deactivatedAt === null) {
      queueEmail(
        transaction,
        {
          template: 'activation_request_dismissed',
          to: requester.email,
          locale: requester.locale,
          relatedId: row.id,
          agencyId: employee.agencyId,
          payload: {
            recipientName: requester.name,
            dismissedByName: employee.name,
            customerName: customer?.name ?? '',
            services: preparedInput(row).services.map(
              ({ service }) => serviceCatalog[service].name,
            ),
            reason,
          },
        },
        now,
      );
    }
    recordAudit(
      transaction,
      {
        agencyId: employee.agencyId,
        accountId: null,
        collaborationId: null,
        invitationId: null,
        actor: employee,
        action: 'activation_request.dismissed',
        before: { status: 'open' },
        after: { status: 'dismissed', activationRequestId: row.id, reason },
      },
      now,
    );
    return { activationRequestId: row.id, status: 'dismissed' as const };
  });
}

export type { ActivationRequestCreateInput };
