import { taskSetParticipantsInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { setTaskParticipants } from '../domain/tasks.js';
import { publicProcedure } from '../trpc.js';

export const tasksRouter = {
  setParticipants: publicProcedure
    .input(taskSetParticipantsInputSchema)
    .mutation(({ ctx, input }) => setTaskParticipants(ctx, input)),
} satisfies TRPCRouterRecord;
