import { deriveGrants } from '@collab/contracts';
import type { collaborations } from '../schema.js';
import type { DemoAgency, DemoCustomer, DemoEnding } from './demo-data.js';
import {
  type AuditEventDraft,
  buildDirectPlan,
  buildImportPlan,
  buildInvitationPlan,
  type CustomerBuild,
} from './demo-plans.js';
import type { BuildContext, EmployeeRow } from './demo-rows.js';
import { emailLocalPart, mobilePhoneNumber } from './names.js';
import { randomInteger, seededUuid } from './random.js';
import { day } from './units.js';

/*
 * An agency of `demo-data.ts` and its customers as rows: the customer, its tasks, its
 * account and people, then its plans (`demo-plans.ts`).
 */

export function buildAgency(agency: DemoAgency, context: BuildContext): void {
  const { rows, random, clock } = context;
  const agencyId = seededUuid(random);
  rows.agencies.push({
    id: agencyId,
    name: agency.name,
    orgNumber: context.orgNumber(agency.orgPrefix),
    createdAt: clock.daysAgo(randomInteger(random, 1500, 2500)),
  });
  const agencyEmployees = agency.employees.map(
    (employee): EmployeeRow => ({
      id: seededUuid(random),
      agencyId,
      name: employee.name,
      email: `${emailLocalPart(employee.name)}@${agency.domain}`,
      rights: employee.rights,
      locale: employee.locale ?? 'sv',
      createdAt: clock.daysAgo(randomInteger(random, 900, 1400)),
    }),
  );
  rows.employees.push(...agencyEmployees);
  for (const customer of agency.customers) {
    buildCustomer(customer, agencyId, agencyEmployees, context);
  }
}

function buildCustomer(
  customer: DemoCustomer,
  agencyId: string,
  agencyEmployees: EmployeeRow[],
  context: BuildContext,
): void {
  const { rows, random, clock } = context;
  const employee = (index: number): EmployeeRow => {
    const found = agencyEmployees[index];
    if (found === undefined) throw new Error(`Demo data: ${customer.name} names employee ${index}`);
    return found;
  };
  const fullRightsEmployee = (index: number): EmployeeRow => {
    const found = employee(index);
    if (found.rights !== 'full') {
      throw new Error(`Demo data: ${customer.name} has ${found.name} act with standard rights`);
    }
    return found;
  };

  const customerId = seededUuid(random);
  const customerCreatedAt = clock.daysAgo(randomInteger(random, 700, 1100));
  const orgNumber = context.orgNumber(customer.orgPrefix);
  const contactEmail =
    customer.contactHasEmail === false
      ? null
      : `${emailLocalPart(customer.contactName)}@${customer.domain}`;
  rows.customers.push({
    id: customerId,
    agencyId,
    name: customer.name,
    searchName: customer.name.toLocaleLowerCase('sv'),
    orgNumber,
    companyType: customer.companyType,
    contactName: customer.contactName,
    contactEmail,
    contactPhone: mobilePhoneNumber(random),
    accountManagerId: employee(customer.accountManager).id,
    createdAt: customerCreatedAt,
  });

  const taskParticipantIds = new Map<string, string[]>();
  const taskIdsByName = new Map<string, string>();
  for (const task of customer.tasks) {
    const taskId = seededUuid(random);
    taskIdsByName.set(task.name, taskId);
    rows.tasks.push({
      id: taskId,
      agencyId,
      customerId,
      name: task.name,
      ownerId: employee(task.owner).id,
      createdAt: new Date(customerCreatedAt.getTime() + randomInteger(random, 1, 30) * day),
    });
    const participantIds = [...new Set([task.owner, ...task.with])].map(
      (index) => employee(index).id,
    );
    taskParticipantIds.set(taskId, participantIds);
    for (const employeeId of participantIds) rows.taskParticipants.push({ taskId, employeeId });
  }
  const taskIdNamed = (name: string): string => {
    const taskId = taskIdsByName.get(name);
    if (taskId === undefined) throw new Error(`Demo data: ${customer.name} has no task ${name}`);
    return taskId;
  };

  const accountSpec = customer.account;
  if (accountSpec === undefined) {
    if (customer.plans.length > 0) {
      throw new Error(`Demo data: ${customer.name} has collaborations but no account`);
    }
    return;
  }

  // An account made by a direct activation starts that day, with the contact person as its
  // first admin; any other account was there before the agency's first invitation.
  const firstPlan = customer.plans[0];
  const createdByActivation = firstPlan?.flow === 'direct';
  const accountCreatedAt = createdByActivation
    ? clock.daysAgo(firstPlan.daysAgo)
    : clock.daysAgo(randomInteger(random, 550, 900));
  const accountId = seededUuid(random);
  rows.customerAccounts.push({
    id: accountId,
    orgNumber,
    name: customer.name,
    createdAt: accountCreatedAt,
  });
  const contactIsAdmin = accountSpec.contactIsAdmin ?? contactEmail !== null;
  if (createdByActivation && (!contactIsAdmin || contactEmail === null)) {
    throw new Error(`Demo data: ${customer.name} was activated directly without a contact admin`);
  }
  const people = [
    ...(contactIsAdmin && contactEmail !== null
      ? [
          {
            name: customer.contactName,
            email: contactEmail,
            locale: customer.contactLocale,
            isAdmin: true,
          },
        ]
      : []),
    ...accountSpec.admins.map((admin) => ({
      name: admin.name,
      email: `${emailLocalPart(admin.name)}@${customer.domain}`,
      locale: admin.locale,
      isAdmin: true,
    })),
    {
      name: accountSpec.user.name,
      email: `${emailLocalPart(accountSpec.user.name)}@${customer.domain}`,
      locale: accountSpec.user.locale,
      isAdmin: false,
    },
  ];
  const accountUserRows = people.map((person, index) => ({
    id: seededUuid(random),
    accountId,
    name: person.name,
    email: person.email,
    isAdmin: person.isAdmin,
    locale: person.locale ?? 'sv',
    createdAt:
      index === 0
        ? accountCreatedAt
        : new Date(accountCreatedAt.getTime() + randomInteger(random, 2, 14) * day),
  }));
  rows.accountUsers.push(...accountUserRows);
  const firstAdmin = accountUserRows.find((user) => user.isAdmin);
  if (firstAdmin === undefined) throw new Error(`Demo data: ${customer.name} has no admin`);

  const addAudit = (event: AuditEventDraft) => {
    rows.auditEvents.push({
      id: seededUuid(random),
      agencyId,
      accountId,
      collaborationId: event.collaborationId,
      invitationId: event.invitationId ?? null,
      actorType: event.actorType,
      actorId: event.actorId,
      action: event.action,
      before: event.before === null ? null : { status: event.before },
      after: event.after === null ? null : { status: event.after },
      createdAt: event.at,
    });
  };

  // Grants are what deriveGrants says for the collaboration as it ends up, never more.
  const addCollaboration = (collaboration: typeof collaborations.$inferInsert) => {
    rows.collaborations.push(collaboration);
    const grants = deriveGrants({
      status: collaboration.status,
      service: collaboration.service ?? null,
      taskId: collaboration.taskId ?? null,
      participantIds:
        collaboration.taskId == null ? [] : (taskParticipantIds.get(collaboration.taskId) ?? []),
      accountUsers: accountUserRows,
      contactEmail,
    });
    const activatedAt = collaboration.activatedAt ?? collaboration.createdAt;
    for (const grant of grants) {
      const accountUser = accountUserRows.find((user) => user.id === grant.subjectId);
      const createdAt =
        accountUser !== undefined && accountUser.createdAt.getTime() > activatedAt.getTime()
          ? accountUser.createdAt
          : activatedAt;
      rows.accessGrants.push({
        id: seededUuid(random),
        collaborationId: collaboration.id,
        accountId,
        service: collaboration.service ?? '',
        subjectType: grant.subjectType,
        subjectId: grant.subjectId,
        reason: grant.reason,
        createdAt,
      });
    }
  };

  const addEnding = (
    collaborationId: string,
    ending: DemoEnding,
    endedAt: Date,
    by: EmployeeRow,
  ) => {
    addAudit({
      collaborationId,
      actorType: ending.by === 'agency' ? 'employee' : 'account_user',
      actorId: ending.by === 'agency' ? by.id : firstAdmin.id,
      action: 'collaboration.ended',
      before: 'active',
      after: 'ended',
      at: endedAt,
    });
  };

  const build: Omit<CustomerBuild, 'planIndex'> = {
    ...context,
    customer,
    agencyId,
    customerId,
    accountId,
    accountCreatedAt,
    firstAdmin,
    fullRightsEmployee,
    taskIdNamed,
    addAudit,
    addCollaboration,
    addEnding,
  };
  for (const [planIndex, plan] of customer.plans.entries()) {
    switch (plan.flow) {
      case 'direct':
        buildDirectPlan({ ...build, planIndex }, plan);
        break;
      case 'invitation':
        buildInvitationPlan({ ...build, planIndex }, plan);
        break;
      case 'import':
        buildImportPlan({ ...build, planIndex }, plan);
        break;
      default:
        plan satisfies never;
    }
  }
}
