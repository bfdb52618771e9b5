import {
  deleteCustomer,
  getCustomerResource,
  listCustomerResources,
  putCustomer,
} from '@collab/api';
import { customerPutSchema, customerSchema, listQuerySchema } from '@collab/contracts';
import { z } from 'zod';
import { integrationContextOf } from '../auth.js';
import type { V1RouteSet } from '../plugin.js';
import {
  agencyParams,
  answerPut,
  customerParams,
  listOf,
  ok,
  putDescription,
  readProblems,
  tagVersion,
  writeProblems,
} from './shared.js';

const tags = ['Customers'];

export function registerCustomerRoutes({ api, dependencies, config }: V1RouteSet): void {
  const path = '/agencies/:agencyId/customers/:customerId';

  api.put(
    path,
    {
      config,
      schema: {
        operationId: 'putCustomer',
        summary: 'Create or replace a customer',
        description: putDescription,
        tags,
        params: customerParams,
        body: customerPutSchema,
        response: {
          200: ok(customerSchema, 'Updated, or unchanged.'),
          201: ok(customerSchema, 'Created.'),
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { agencyId, customerId } = request.params;
      const context = integrationContextOf(request, dependencies);
      return answerPut(reply, await putCustomer(context, agencyId, customerId, request.body));
    },
  );

  api.get(
    path,
    {
      config,
      schema: {
        operationId: 'getCustomer',
        summary: 'Get a customer',
        tags,
        params: customerParams,
        response: { 200: ok(customerSchema, 'The customer.'), ...readProblems },
      },
    },
    async (request, reply) => {
      const { agencyId, customerId } = request.params;
      const customer = await getCustomerResource(
        integrationContextOf(request, dependencies),
        agencyId,
        customerId,
      );
      tagVersion(reply, customer);
      return customer;
    },
  );

  api.delete(
    path,
    {
      config,
      schema: {
        operationId: 'deleteCustomer',
        summary: 'Delete a customer',
        description: 'Refused with 409 CUSTOMER_IN_USE while the customer has collaborations.',
        tags,
        params: customerParams,
        response: {
          204: {
            description: 'Deleted.',
            content: { 'application/json': { schema: z.undefined() } },
          },
          ...writeProblems,
        },
      },
    },
    async (request, reply) => {
      const { agencyId, customerId } = request.params;
      await deleteCustomer(integrationContextOf(request, dependencies), agencyId, customerId);
      return reply.code(204).send();
    },
  );

  api.get(
    '/agencies/:agencyId/customers',
    {
      config,
      schema: {
        operationId: 'listCustomers',
        summary: 'List an agency’s customers',
        tags,
        params: agencyParams,
        querystring: listQuerySchema,
        response: { 200: listOf(customerSchema, 'A page of customers.'), ...readProblems },
      },
    },
    async (request) =>
      listCustomerResources(
        integrationContextOf(request, dependencies),
        request.params.agencyId,
        request.query,
      ),
  );
}
