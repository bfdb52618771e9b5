import { type CompanyType, companyTypes } from '@collab/contracts';
import { customerName, personName } from './large-words.js';
import type { CustomerWriting } from './large-writer.js';
import { emailLocalPart } from './names.js';
import { randomInteger, withCheckDigit } from './random.js';
import { day } from './units.js';

export const employeesPerAgency = 8;
/** The first employees of each agency have full rights, the rest standard. */
export const fullRightsEmployeesPerAgency = 3;

/** Customers get sequential numbers; these shapes keep every number unique (see below). */
export const maximumCustomers = 8_000_000;

/**
 * A unique, Luhn-valid number per customer. Companies get their type's prefix and a third
 * digit of 2 or more (as real organisation numbers have); sole traders and private persons
 * get a personnummer, whose third and fourth digits are a month (01–12), so the two shapes
 * never meet. `customerNumber` below 8 million keeps both within their ranges.
 */
export function customerOrgNumber(customerNumber: number, companyType: CompanyType): string {
  switch (companyType) {
    case 'aktiebolag':
      return withCheckDigit(`55${String(2_000_000 + customerNumber)}`);
    case 'handelsbolag':
      return withCheckDigit(`96${String(2_000_000 + customerNumber)}`);
    case 'ekonomisk_forening':
      return withCheckDigit(`76${String(2_000_000 + customerNumber)}`);
    case 'enskild_firma':
    case 'privatperson': {
      const serial = customerNumber % 1000;
      const dayOfMonth = (Math.floor(customerNumber / 1000) % 28) + 1;
      const month = (Math.floor(customerNumber / 28_000) % 12) + 1;
      const year = Math.floor(customerNumber / 336_000) % 100;
      return withCheckDigit(
        `${twoDigits(year)}${twoDigits(month)}${twoDigits(dayOfMonth)}${String(serial).padStart(3, '0')}`,
      );
    }
    default:
      return companyType satisfies never;
  }
}

export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

export interface GeneratedTask {
  id: string;
  participantIds: string[];
}

export interface GeneratedAccount {
  id: string;
  users: { id: string; email: string; isAdmin: boolean }[];
  firstAdminId: string;
}

export interface GeneratedCustomer {
  id: string;
  contactEmail: string | null;
  /** The first task carries the bookkeeping services; the second, if any, the annual ones. */
  tasks: GeneratedTask[];
  account: GeneratedAccount | null;
}

export function writeCustomer(
  input: CustomerWriting & {
    customerNumber: number;
    accountManagerId: string;
    employeeAt: (index: number) => string;
    withAccount: boolean;
  },
): GeneratedCustomer {
  const { writer, statements, random, now, agencyId, customerNumber, nextId } = input;
  const companyType = companyTypes[customerNumber % companyTypes.length] ?? 'aktiebolag';
  const contactName = personName(random);
  const name = customerName(random, companyType, contactName);
  const orgNumber = customerOrgNumber(customerNumber, companyType);
  const domain = `kund${customerNumber + 1}.example`;
  // One customer in fifty has no e-mail for its contact person in the register.
  const contactEmail = random() < 0.02 ? null : `${emailLocalPart(contactName)}@${domain}`;
  const customerId = nextId();
  const createdAt = now - randomInteger(random, 600, 2500) * day;
  writer.add(statements.customer, [
    customerId,
    agencyId,
    name,
    name.toLocaleLowerCase('sv'),
    orgNumber,
    companyType,
    contactName,
    contactEmail,
    `07${randomInteger(random, 0, 9)}-${randomInteger(random, 100, 999)} ${randomInteger(random, 10, 99)} ${randomInteger(random, 10, 99)}`,
    input.accountManagerId,
    createdAt,
  ]);

  const taskNames =
    random() < 0.5 ? ['Bokföring'] : ['Bokföring', random() < 0.5 ? 'Bokslut 2025' : 'Löner'];
  const tasks = taskNames.map((taskName): GeneratedTask => {
    const taskId = nextId();
    const first = randomInteger(random, 0, employeesPerAgency - 1);
    const participantCount = randomInteger(random, 1, 3);
    const participantIds = Array.from({ length: participantCount }, (_, offset) =>
      input.employeeAt(first + offset),
    );
    writer.add(statements.task, [
      taskId,
      agencyId,
      customerId,
      taskName,
      participantIds[0],
      createdAt + day,
    ]);
    for (const employeeId of participantIds) {
      writer.add(statements.taskParticipant, [taskId, employeeId]);
    }
    return { id: taskId, participantIds };
  });

  if (!input.withAccount) return { id: customerId, contactEmail, tasks, account: null };

  const accountId = nextId();
  const accountCreatedAt = now - randomInteger(random, 1000, 3000) * day;
  writer.add(statements.account, [accountId, orgNumber, name, accountCreatedAt]);
  const people: { name: string; email: string; isAdmin: boolean }[] = [];
  // The contact person is usually the first admin; otherwise someone else is.
  if (contactEmail !== null && random() < 0.9) {
    people.push({ name: contactName, email: contactEmail, isAdmin: true });
  } else {
    const adminName = personName(random);
    people.push({
      name: adminName,
      email: `${emailLocalPart(adminName)}.1@${domain}`,
      isAdmin: true,
    });
  }
  if (random() < 0.4) {
    const adminName = personName(random);
    people.push({
      name: adminName,
      email: `${emailLocalPart(adminName)}.2@${domain}`,
      isAdmin: true,
    });
  }
  const userName = personName(random);
  people.push({ name: userName, email: `${emailLocalPart(userName)}.3@${domain}`, isAdmin: false });
  const users = people.map((person) => {
    const userId = nextId();
    writer.add(statements.accountUser, [
      userId,
      accountId,
      person.name,
      person.email,
      person.isAdmin ? 1 : 0,
      random() < 0.05 ? 'en' : 'sv',
      accountCreatedAt,
    ]);
    return { id: userId, email: person.email, isAdmin: person.isAdmin };
  });
  const firstAdminId = users[0]?.id ?? '';
  return { id: customerId, contactEmail, tasks, account: { id: accountId, users, firstAdminId } };
}
