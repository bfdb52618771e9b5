import { customerGetInputSchema, customersListInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { getCustomer, listCustomers } from '../domain/customers.js';
import { publicProcedure } from '../trpc.js';

export const customersRouter = {
  list: publicProcedure
    .input(customersListInputSchema)
    .query(({ ctx, input }) => listCustomers(ctx, input)),
  get: publicProcedure
    .input(customerGetInputSchema)
    .query(({ ctx, input }) => getCustomer(ctx, input)),
} satisfies TRPCRouterRecord;
