import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createInnerContext } from '../../context.js';
import { createSecretBox } from '../../secret-box.js';
import {
  collabIdOf,
  createIntegrationWorld,
  provisionBasics,
  refusalOf,
} from '../../test-support/integration.js';
import { requireAccountUser, requireActor, requireEmployee } from '../actors.js';
import { deactivateAccountUser } from './provision-account-users.js';
import { deactivateEmployee } from './provision-employees.js';
import { resolveSessionUser } from './session-user.js';

describe('session user resolution', () => {
  it("names Collab's user for the integration's own employee and account user", async () => {
    const { db, a } = createIntegrationWorld();
    await provisionBasics(a);
    expect(
      await resolveSessionUser(a, { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }),
    ).toEqual({ userType: 'employee', userId: collabIdOf(db, a, 'employee', 'ag-1', 'emp-1') });
    expect(
      await resolveSessionUser(a, {
        type: 'account_user',
        accountId: 'acc-1',
        userId: 'usr-admin',
      }),
    ).toEqual({
      userType: 'account_user',
      userId: collabIdOf(db, a, 'account_user', 'acc-1', 'usr-admin'),
    });
  });

  it('unknown users, agencies and accounts, or those of another integration, are 404', async () => {
    const { a, b } = createIntegrationWorld();
    await provisionBasics(a);
    const cases = [
      [a, { type: 'employee', agencyId: 'ag-1', employeeId: 'nobody' }, 'EMPLOYEE_NOT_FOUND'],
      [a, { type: 'employee', agencyId: 'ag-x', employeeId: 'emp-1' }, 'AGENCY_NOT_FOUND'],
      [b, { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }, 'AGENCY_NOT_FOUND'],
      [a, { type: 'account_user', accountId: 'acc-1', userId: 'nobody' }, 'ACCOUNT_USER_NOT_FOUND'],
      [a, { type: 'account_user', accountId: 'acc-x', userId: 'usr-admin' }, 'ACCOUNT_NOT_FOUND'],
      [b, { type: 'account_user', accountId: 'acc-1', userId: 'usr-admin' }, 'ACCOUNT_NOT_FOUND'],
    ] as const;
    for (const [context, user, appCode] of cases) {
      expect((await refusalOf(resolveSessionUser(context, user))).appCode).toBe(appCode);
    }
  });

  it('a deactivated employee or account user gets no session, and a token they hold stops working at once', async () => {
    const { db, a, clock } = createIntegrationWorld();
    await provisionBasics(a);
    const secrets = createSecretBox(randomBytes(32));
    const employeeId = collabIdOf(db, a, 'employee', 'ag-1', 'emp-1');
    const userId = collabIdOf(db, a, 'account_user', 'acc-1', 'usr-admin');
    const as = (id: string) => createInnerContext({ db, secrets, clock, identity: { userId: id } });
    await expect(requireEmployee(as(employeeId))).resolves.toMatchObject({ id: employeeId });
    await expect(requireAccountUser(as(userId))).resolves.toMatchObject({ id: userId });

    await deactivateEmployee(a, 'ag-1', 'emp-1');
    await deactivateAccountUser(a, 'acc-1', 'usr-admin');
    expect(
      (
        await refusalOf(
          resolveSessionUser(a, { type: 'employee', agencyId: 'ag-1', employeeId: 'emp-1' }),
        )
      ).appCode,
    ).toBe('EMPLOYEE_DEACTIVATED');
    expect(
      (
        await refusalOf(
          resolveSessionUser(a, { type: 'account_user', accountId: 'acc-1', userId: 'usr-admin' }),
        )
      ).appCode,
    ).toBe('ACCOUNT_USER_DEACTIVATED');
    expect((await refusalOf(requireEmployee(as(employeeId)))).appCode).toBe('EMPLOYEE_DEACTIVATED');
    expect((await refusalOf(requireActor(as(employeeId)))).appCode).toBe('EMPLOYEE_DEACTIVATED');
    expect((await refusalOf(requireAccountUser(as(userId)))).appCode).toBe(
      'ACCOUNT_USER_DEACTIVATED',
    );
    expect((await refusalOf(requireActor(as(userId)))).appCode).toBe('ACCOUNT_USER_DEACTIVATED');
  });
});
