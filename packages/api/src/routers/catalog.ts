import { serviceList } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { publicProcedure } from '../trpc.js';

export const catalogRouter = {
  /** The service catalog: public, since it holds no customer data. */
  services: publicProcedure.query(() => serviceList),
} satisfies TRPCRouterRecord;
