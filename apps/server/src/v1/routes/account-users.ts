import {
  deactivateAccountUser,
  getAccountUser,
  listAccountUsers,
  putAccountUser,
} from '@collab/api';
import { accountUserPutSchema, accountUserSchema, listQuerySchema } from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  accountParams,
  accountUserParams,
  answerPut,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  writeProblems,
} from './shared.js';

const tags = ['Accounts'];

export function registerAccountUserRoutes({ api, dependencies, config }: V1RouteSet): void {
  const path = '/accounts/:accountId/users/:userId';

  api.put(
    path,
    {
      config,
      schema: {
        operationId: 'putAccountUser',
        summary: 'Create or replace a company account’s user',
        description: `${putDescription} \`active: false\` deactivates, \`true\` reactivates.`,
        tags,
        params: accountUserParams,
        body: accountUserPutSchema,
        response: {
          200: ok(accountUserSchema, 'Updated, or unchanged.'),
          201: ok(accountUserSchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { accountId, userId } = request.params;
      const context = integrationContextOf(request, dependencies);
      return answerPut(reply, await putAccountUser(context, accountId, userId, request.body));
    },
  );

  api.get(
    path,
    {
      config,
      schema: {
        operationId: 'getAccountUser',
        summary: 'Get a company account’s user',
        tags,
        params: accountUserParams,
        response: { 200: ok(accountUserSchema, 'The user.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const { accountId, userId } = request.params;
      const user = await getAccountUser(
        integrationContextOf(request, dependencies),
        accountId,
        userId,
      );
      tagVersion(reply, user);
      return user;
    },
  );

  api.delete(
    path,
    {
      config,
      schema: {
        operationId: 'deactivateAccountUser',
        summary: 'Deactivate a company account’s user',
        description:
          'The user can no longer sign in and loses all access; their history stays. ' +
          'A PUT with `active: true` reactivates.',
        tags,
        params: accountUserParams,
        response: { 200: ok(accountUserSchema, 'The deactivated user.'), ...writeProblems },
      },
    },
    async (request, reply) => {
      const { accountId, userId } = request.params;
      const user = await deactivateAccountUser(
        integrationContextOf(request, dependencies),
        accountId,
        userId,
      );
      tagVersion(reply, user);
      return user;
    },
  );

  api.get(
    '/accounts/:accountId/users',
    {
      config,
      schema: {
        operationId: 'listAccountUsers',
        summary: 'List a company account’s users',
        tags,
        params: accountParams,
        querystring: listQuerySchema,
        response: { 200: listOf(accountUserSchema, 'A page of users.'), ...readProblems },
      },
    },
    async (request) =>
      listAccountUsers(
        integrationContextOf(request, dependencies),
        request.params.accountId,
        request.query,
      ),
  );
}
