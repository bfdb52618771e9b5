import { accountUsers, agencies, collaborations, customerAccounts, customers } from '@collab/db';
import { describe, expect, it } from 'vitest';
import {
  collabIdOf,
  createIntegrationWorld,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { rowCounts } from '../../test-support/world.js';
import { getAccountUser, listAccountUsers, putAccountUser } from './provision-account-users.js';
import { getAccount, listAccounts, putAccount } from './provision-accounts.js';

const at = new Date('2026-06-01T00:00:00Z');
const user = {
  name: 'Kim',
  email: 'kim@kund.se',
  isAdmin: true,
  active: true,
  locale: 'sv',
} as const;

/** A company account made inside Collab (no integration, no external id), as an activation makes it. */
function collabAccount(db: ReturnType<typeof createIntegrationWorld>['db'], orgNumber: string) {
  const id = crypto.randomUUID();
  db.insert(customerAccounts).values({ id, orgNumber, name: 'Inne AB', createdAt: at }).run();
  return id;
}

/** A collaboration between an agency and the account, as an activation leaves it. */
function collaborate(
  db: ReturnType<typeof createIntegrationWorld>['db'],
  agencyId: string,
  accountId: string,
  orgNumber: string,
) {
  const customerId = crypto.randomUUID();
  db.insert(customers)
    .values({
      id: customerId,
      agencyId,
      name: 'Inne AB',
      searchName: 'inne ab',
      orgNumber,
      companyType: 'aktiebolag',
      contactName: 'Inne',
      createdAt: at,
    })
    .run();
  db.insert(collaborations)
    .values({
      id: crypto.randomUUID(),
      agencyId,
      customerId,
      accountId,
      service: 'scanner',
      options: {},
      status: 'active',
      createdAt: at,
      updatedAt: at,
    })
    .run();
}

describe('company accounts', () => {
  it("an account made by an activation of one of the integration's agencies is claimed, not duplicated", async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const accountId = collabAccount(db, '2021006255');
    collaborate(db, collabIdOf(db, a, 'agency', 'ag-1'), accountId, '2021006255');
    const claimed = await putAccount(a, 'acc-2', { name: 'Inne AB', orgNumber: '202100-6255' });
    expect(claimed).toMatchObject({ outcome: 'created', resource: { id: 'acc-2', version: 2 } });
    expect(collabIdOf(db, a, 'account', 'acc-2')).toBe(accountId);
    expect((await getAccount(a, 'acc-2')).orgNumber).toBe('202100-6255');
    expect((await listAccounts(a, { limit: 10 })).data.map((row) => row.id)).toEqual([
      'acc-1',
      'acc-2',
    ]);
  });

  it('an account tied to an agency of anyone else, or owned by another integration, is ACCOUNT_ORG_NUMBER_TAKEN', async () => {
    const { db, a, b } = createIntegrationWorld();
    await provisionBasics(a);
    const otherAgency = crypto.randomUUID();
    db.insert(agencies)
      .values({ id: otherAgency, name: 'Fri byrå', orgNumber: '5560360793', createdAt: at })
      .run();
    const accountId = collabAccount(db, '2021006255');
    collaborate(db, otherAgency, accountId, '2021006255');
    const before = rowCounts(db);
    expect(
      (await refusalOf(putAccount(a, 'acc-2', { name: 'X', orgNumber: '202100-6255' }))).appCode,
    ).toBe('ACCOUNT_ORG_NUMBER_TAKEN');
    expect(
      (await refusalOf(putAccount(b, 'acc-1', { name: 'X', orgNumber: '556677-8899' }))).appCode,
    ).toBe('ACCOUNT_ORG_NUMBER_TAKEN');
    // Nor can an account take another's org number by a change.
    await putAccount(a, 'acc-3', { name: 'Tre AB', orgNumber: '556789-1238' });
    expect(
      (await refusalOf(putAccount(a, 'acc-3', { name: 'Tre AB', orgNumber: '556677-8899' })))
        .appCode,
    ).toBe('ACCOUNT_ORG_NUMBER_TAKEN');
    expect(rowCounts(db).customer_account).toBe((before.customer_account ?? 0) + 1);
  });
});

describe('account users', () => {
  it('a user with the same e-mail and no external id (an activation made them) is adopted', async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const accountId = collabIdOf(db, a, 'account', 'acc-1');
    db.insert(accountUsers)
      .values({
        id: 'made-inside',
        accountId,
        name: 'Kim',
        email: 'kim@kund.se',
        isAdmin: false,
        createdAt: at,
      })
      .run();
    const adopted = await putAccountUser(a, 'acc-1', 'usr-kim', user);
    expect(adopted).toMatchObject({
      outcome: 'created',
      resource: { id: 'usr-kim', accountId: 'acc-1', isAdmin: true, version: 2 },
    });
    expect(collabIdOf(db, a, 'account_user', 'acc-1', 'usr-kim')).toBe('made-inside');
    expect(await getAccountUser(a, 'acc-1', 'usr-kim')).toEqual(adopted.resource);
  });

  it("another provisioned user's e-mail is EMAIL_TAKEN, for a new user and for a change", async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    const before = rowCounts(db);
    const taken = { ...user, email: 'admin@kund.se' };
    expect((await refusalOf(putAccountUser(a, 'acc-1', 'usr-new', taken))).appCode).toBe(
      'EMAIL_TAKEN',
    );
    expect((await refusalOf(putAccountUser(a, 'acc-1', 'usr-plain', taken))).appCode).toBe(
      'EMAIL_TAKEN',
    );
    expect(rowCounts(db)).toEqual(before);
    expect((await listAccountUsers(a, 'acc-1', { limit: 2 })).data.map((row) => row.id)).toEqual([
      'usr-admin',
      'usr-contact',
    ]);
  });
});
