import { auditListInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { listHistory } from '../domain/history.js';
import { publicProcedure } from '../trpc.js';

export const auditRouter = {
  list: publicProcedure
    .input(auditListInputSchema)
    .query(({ ctx, input }) => listHistory(ctx, input)),
} satisfies TRPCRouterRecord;
