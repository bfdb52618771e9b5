import { asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../client.js';
import {
  accountUsers,
  agencies,
  customerAccounts,
  customers,
  employees,
  tasks,
} from '../schema.js';

/**
 * The demo host app Byrådesk's own ids for the demo world, as if it had provisioned it through
 * the integration API (docs/integration-api.md): `byradesk-employee-anna-lindqvist` and so on,
 * readable in logs and curl examples. Only rows without an external id get one, so the call is
 * idempotent, also on a data folder seeded before external ids existed, and on users that an
 * activation made later.
 */
export const demoExternalIdPrefix = 'byradesk';

/** `Åsa Öberg & Co AB` → `asa-oberg-co-ab`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Hands out `byradesk-<kind>-<slug>`, with `-2`, `-3` … when the slug is taken in its scope. */
function namer(kind: string, taken: Iterable<string | null>) {
  const used = new Set<string>();
  for (const id of taken) if (id) used.add(id);
  return (name: string): string => {
    const base = `${demoExternalIdPrefix}-${kind}-${slugify(name) || 'x'}`;
    let candidate = base;
    for (let suffix = 2; used.has(candidate); suffix += 1) candidate = `${base}-${suffix}`;
    used.add(candidate);
    return candidate;
  };
}

type Writer = Database | Transaction;

/** Gives every listed agency, and everything in it, an external id where it has none. */
function assignAgencyIds(db: Writer, agencyIds: string[]): void {
  const agencyRows = db
    .select()
    .from(agencies)
    .where(inArray(agencies.id, agencyIds))
    .orderBy(asc(agencies.createdAt), asc(agencies.id))
    .all();
  const agencyName = namer(
    'agency',
    agencyRows.map((row) => row.externalId),
  );
  for (const agency of agencyRows) {
    if (agency.externalId === null) {
      db.update(agencies)
        .set({ externalId: agencyName(agency.name) })
        .where(eq(agencies.id, agency.id))
        .run();
    }
    const inAgency = <Row extends { externalId: string | null }>(rows: Row[]) =>
      rows.map((row) => row.externalId);
    const employeeRows = db
      .select()
      .from(employees)
      .where(eq(employees.agencyId, agency.id))
      .orderBy(asc(employees.createdAt), asc(employees.id))
      .all();
    const employeeName = namer('employee', inAgency(employeeRows));
    for (const row of employeeRows.filter((entry) => entry.externalId === null)) {
      db.update(employees)
        .set({ externalId: employeeName(row.name) })
        .where(eq(employees.id, row.id))
        .run();
    }
    const customerRows = db
      .select()
      .from(customers)
      .where(eq(customers.agencyId, agency.id))
      .orderBy(asc(customers.createdAt), asc(customers.id))
      .all();
    const customerName = namer('customer', inAgency(customerRows));
    const customerExternal = new Map<string, string>();
    for (const row of customerRows) {
      const externalId = row.externalId ?? customerName(row.name);
      customerExternal.set(row.id, externalId);
      if (row.externalId === null) {
        db.update(customers).set({ externalId }).where(eq(customers.id, row.id)).run();
      }
    }
    const taskRows = db
      .select()
      .from(tasks)
      .where(eq(tasks.agencyId, agency.id))
      .orderBy(asc(tasks.createdAt), asc(tasks.id))
      .all();
    const taskName = namer('task', inAgency(taskRows));
    for (const row of taskRows.filter((entry) => entry.externalId === null)) {
      // A task's name repeats across customers ("Löpande bokföring"), so its customer is in it.
      const customerPart = (customerExternal.get(row.customerId) ?? '').replace(
        `${demoExternalIdPrefix}-customer-`,
        '',
      );
      db.update(tasks)
        .set({ externalId: taskName(`${customerPart} ${row.name}`) })
        .where(eq(tasks.id, row.id))
        .run();
    }
  }
}

/** Gives every listed company account, and its users, an external id where they have none. */
function assignAccountIds(db: Writer, accountIds: string[]): void {
  const accountRows = db
    .select()
    .from(customerAccounts)
    .where(inArray(customerAccounts.id, accountIds))
    .orderBy(asc(customerAccounts.createdAt), asc(customerAccounts.id))
    .all();
  const accountName = namer(
    'account',
    db
      .select({ externalId: customerAccounts.externalId })
      .from(customerAccounts)
      .all()
      .map((row) => row.externalId),
  );
  for (const account of accountRows) {
    if (account.externalId === null) {
      db.update(customerAccounts)
        .set({ externalId: accountName(account.name) })
        .where(eq(customerAccounts.id, account.id))
        .run();
    }
    const userRows = db
      .select()
      .from(accountUsers)
      .where(eq(accountUsers.accountId, account.id))
      .orderBy(asc(accountUsers.createdAt), asc(accountUsers.id))
      .all();
    const userName = namer(
      'user',
      userRows.map((row) => row.externalId),
    );
    for (const row of userRows.filter((entry) => entry.externalId === null)) {
      db.update(accountUsers)
        .set({ externalId: userName(row.name) })
        .where(eq(accountUsers.id, row.id))
        .run();
    }
  }
}

/**
 * The Byrådesk ids for every agency and company account that no integration owns yet, or that
 * `integrationId` owns. Returns the ids of those agencies and accounts, for the caller that
 * hands them to the dev integration.
 */
export function assignDemoExternalIds(
  db: Writer,
  integrationId: string | null = null,
): { agencyIds: string[]; accountIds: string[] } {
  const ownedBy = (
    column: typeof agencies.integrationId | typeof customerAccounts.integrationId,
  ) => (integrationId === null ? isNull(column) : eq(column, integrationId));
  const agencyIds = db
    .select({ id: agencies.id })
    .from(agencies)
    .where(ownedBy(agencies.integrationId))
    .all()
    .map((row) => row.id);
  const accountIds = db
    .select({ id: customerAccounts.id })
    .from(customerAccounts)
    .where(ownedBy(customerAccounts.integrationId))
    .all()
    .map((row) => row.id);
  if (agencyIds.length > 0) assignAgencyIds(db, agencyIds);
  if (accountIds.length > 0) assignAccountIds(db, accountIds);
  return { agencyIds, accountIds };
}
