import { randomBytes } from 'node:crypto';
import type { Locale } from '@collab/contracts';
import {
  accountUsers,
  agencies,
  createDatabase,
  customerAccounts,
  customers,
  type Database,
  employees,
  outboxMessages,
  taskParticipants,
  tasks,
} from '@collab/db';
import { createInnerContext } from '../context.js';
import { createCaller } from '../root.js';
import { createSecretBox } from '../secret-box.js';

/**
 * A small, fully known world for router tests: two agencies, their employees, customers with
 * and without an account, tasks, and account users. Everything is on an in-memory database
 * with a clock the test moves by hand.
 */
export function createTestWorld() {
  const db = createDatabase({ filename: ':memory:' });
  let currentTime = new Date('2026-11-27T09:00:00.000Z').getTime();
  const clock = {
    now: () => new Date(currentTime),
    advanceDays: (days: number) => {
      currentTime += days * 24 * 60 * 60 * 1000;
    },
  };
  const secrets = createSecretBox(randomBytes(32));
  const at = clock.now();

  const agencyA = crypto.randomUUID();
  const agencyB = crypto.randomUUID();
  db.insert(agencies)
    .values([
      { id: agencyA, name: 'Byrå Alfa AB', orgNumber: '5560360793', createdAt: at },
      { id: agencyB, name: 'Byrå Beta AB', orgNumber: '2021006255', createdAt: at },
    ])
    .run();

  const employee = (
    agencyId: string,
    name: string,
    rights: 'full' | 'standard',
    locale: Locale = 'sv',
  ) => {
    const id = crypto.randomUUID();
    const email = `${name.toLowerCase().replace(/\s+/g, '.')}@byra.se`;
    db.insert(employees).values({ id, agencyId, name, email, rights, locale, createdAt: at }).run();
    return id;
  };
  const fullEmployee = employee(agencyA, 'Frida Full', 'full');
  const standardEmployee = employee(agencyA, 'Sven Standard', 'standard');
  const participantOne = employee(agencyA, 'Petra Deltagare', 'standard');
  const participantTwo = employee(agencyA, 'Pelle Deltagare', 'standard', 'en');
  const otherAgencyEmployee = employee(agencyB, 'Bo Beta', 'full');

  const customer = (
    agencyId: string,
    name: string,
    orgNumber: string,
    contactEmail: string | null,
    accountManagerId: string | null,
  ) => {
    const id = crypto.randomUUID();
    db.insert(customers)
      .values({
        id,
        agencyId,
        name,
        searchName: name.toLocaleLowerCase('sv'),
        orgNumber,
        companyType: 'aktiebolag',
        contactName: `Kontakt ${name}`,
        contactEmail,
        contactPhone: '070-123 45 67',
        accountManagerId,
        createdAt: at,
      })
      .run();
    return id;
  };
  // Org numbers below are Luhn-valid and distinct.
  const newCustomer = customer(
    agencyA,
    'Nykund AB',
    '5566778899',
    'kontakt@nykund.se',
    fullEmployee,
  );
  const existingCustomer = customer(
    agencyA,
    'Ägarbolaget AB',
    '5560360793',
    'kim@agarbolaget.se',
    standardEmployee,
  );
  const otherCompany = customer(
    agencyA,
    'Annat Företag AB',
    '2021006255',
    'info@annat.se',
    fullEmployee,
  );
  const noContactCustomer = customer(agencyA, 'Kontaktlös AB', '5567891238', null, null);
  const otherAgencyCustomer = customer(
    agencyB,
    'Betas Kund AB',
    '8112189876',
    'kund@beta.se',
    otherAgencyEmployee,
  );

  const task = (
    agencyId: string,
    customerId: string,
    name: string,
    ownerId: string,
    participants: string[],
  ) => {
    const id = crypto.randomUUID();
    db.insert(tasks).values({ id, agencyId, customerId, name, ownerId, createdAt: at }).run();
    if (participants.length > 0) {
      db.insert(taskParticipants)
        .values(participants.map((employeeId) => ({ taskId: id, employeeId })))
        .run();
    }
    return id;
  };
  const newCustomerTask = task(agencyA, newCustomer, 'Bokföring', fullEmployee, [
    participantOne,
    participantTwo,
  ]);
  const existingCustomerTask = task(agencyA, existingCustomer, 'Bokslut', standardEmployee, [
    participantOne,
  ]);
  const otherCompanyTask = task(agencyA, otherCompany, 'Löner', fullEmployee, [participantTwo]);
  const noContactTask = task(agencyA, noContactCustomer, 'Bokföring', fullEmployee, []);
  const otherAgencyTask = task(agencyB, otherAgencyCustomer, 'Bokföring', otherAgencyEmployee, [
    otherAgencyEmployee,
  ]);

  const account = (orgNumber: string, name: string) => {
    const id = crypto.randomUUID();
    db.insert(customerAccounts).values({ id, orgNumber, name, createdAt: at }).run();
    return id;
  };
  const accountUser = (
    accountId: string,
    name: string,
    email: string,
    isAdmin: boolean,
    locale: Locale = 'sv',
  ) => {
    const id = crypto.randomUUID();
    db.insert(accountUsers)
      .values({ id, accountId, name, email, isAdmin, locale, createdAt: at })
      .run();
    return id;
  };
  const existingAccount = account('5560360793', 'Ägarbolaget AB');
  const adminKim = accountUser(existingAccount, 'Kim Ägare', 'kim@agarbolaget.se', true);
  const adminLo = accountUser(existingAccount, 'Lo Ekonomi', 'lo@agarbolaget.se', true, 'en');
  const plainUser = accountUser(existingAccount, 'Uno Användare', 'uno@agarbolaget.se', false);
  const otherAccount = account('2021006255', 'Annat Företag AB');
  const otherCompanyAdmin = accountUser(otherAccount, 'Olle Annat', 'olle@annat.se', true);

  const ids = {
    agencyA,
    agencyB,
    fullEmployee,
    standardEmployee,
    participantOne,
    participantTwo,
    otherAgencyEmployee,
    newCustomer,
    existingCustomer,
    otherCompany,
    noContactCustomer,
    otherAgencyCustomer,
    newCustomerTask,
    existingCustomerTask,
    otherCompanyTask,
    noContactTask,
    otherAgencyTask,
    existingAccount,
    adminKim,
    adminLo,
    plainUser,
    otherAccount,
    otherCompanyAdmin,
  };

  /** A caller signed in as `userId` (or anonymous), speaking `locale`. */
  const callerFor = (userId: string | null, locale: Locale = 'en') =>
    createCaller(
      createInnerContext({ db, secrets, clock, locale, identity: userId ? { userId } : null }),
    );

  /** The raw tokens of the invitation e-mails waiting in the outbox, as the mailer would see them. */
  const invitationTokens = (): string[] =>
    db
      .select()
      .from(outboxMessages)
      .all()
      .filter((message) => message.topic === 'invitation' && message.sealedSecret !== null)
      .map((message) => secrets.open(message.sealedSecret ?? ''));

  return { db, clock, secrets, ids, callerFor, invitationTokens };
}

export type TestWorld = ReturnType<typeof createTestWorld>;

/** Row counts of every table: "nothing was written" is "these did not change". */
export function rowCounts(db: Database): Record<string, number> {
  const tables = db.$client
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.$client.prepare(`select count(*) as count from "${name}"`).get() as { count: number })
        .count,
    ]),
  );
}
