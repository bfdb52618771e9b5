import { activateInputSchema, collaborationsListInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { activateCollaborations } from '../domain/activation.js';
import { listCollaborations } from '../domain/collaboration-list.js';
import { publicProcedure } from '../trpc.js';

export const collaborationsRouter = {
  activate: publicProcedure
    .input(activateInputSchema)
    .mutation(({ ctx, input }) => activateCollaborations(ctx, input)),
  list: publicProcedure
    .input(collaborationsListInputSchema)
    .query(({ ctx, input }) => listCollaborations(ctx, input)),
} satisfies TRPCRouterRecord;
