import { getAccount, listAccounts, putAccount } from '@collab/api';
import { accountPutSchema, accountSchema, listQuerySchema } from '@collab/contracts';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  accountParams,
  answerPut,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  writeProblems,
} from './shared.js';

const tags = ['Accounts'];

export function registerAccountRoutes({ api, dependencies, config }: V1RouteSet): void {
  api.put(
    '/accounts/:accountId',
    {
      config,
      schema: {
        operationId: 'putAccount',
        summary: 'Create or replace a company account',
        description: putDescription,
        tags,
        params: accountParams,
        body: accountPutSchema,
        response: {
          200: ok(accountSchema, 'Updated, or unchanged.'),
          201: ok(accountSchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) =>
      answerPut(
        reply,
        await putAccount(
          integrationContextOf(request, dependencies),
          request.params.accountId,
          request.body,
        ),
      ),
  );

  api.get(
    '/accounts/:accountId',
    {
      config,
      schema: {
        operationId: 'getAccount',
        summary: 'Get a company account',
        tags,
        params: accountParams,
        response: { 200: ok(accountSchema, 'The company account.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const account = await getAccount(
        integrationContextOf(request, dependencies),
        request.params.accountId,
      );
      tagVersion(reply, account);
      return account;
    },
  );

  api.get(
    '/accounts',
    {
      config,
      schema: {
        operationId: 'listAccounts',
        summary: 'List your company accounts',
        tags,
        querystring: listQuerySchema,
        response: { 200: listOf(accountSchema, 'A page of company accounts.'), ...readProblems },
      },
    },
    async (request) => listAccounts(integrationContextOf(request, dependencies), request.query),
  );
}
