import type { TRPCRouterRecord } from '@trpc/server';
import { getSession } from '../domain/session.js';
import { publicProcedure } from '../trpc.js';

export const sessionRouter = {
  me: publicProcedure.query(({ ctx }) => getSession(ctx)),
} satisfies TRPCRouterRecord;
