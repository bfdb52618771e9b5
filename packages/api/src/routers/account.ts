import type { TRPCRouterRecord } from '@trpc/server';
import { listAccountAdmins, listAccountCollaborations } from '../domain/account.js';
import { publicProcedure } from '../trpc.js';

/** The customer's side: the signed-in user's own company. */
export const accountRouter = {
  collaborations: publicProcedure.query(({ ctx }) => listAccountCollaborations(ctx)),
  admins: publicProcedure.query(({ ctx }) => listAccountAdmins(ctx)),
} satisfies TRPCRouterRecord;
