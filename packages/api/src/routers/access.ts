import { accessListInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { listAccess } from '../domain/access.js';
import { publicProcedure } from '../trpc.js';

export const accessRouter = {
  list: publicProcedure
    .input(accessListInputSchema)
    .query(({ ctx, input }) => listAccess(ctx, input)),
} satisfies TRPCRouterRecord;
