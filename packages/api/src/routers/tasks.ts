import { taskSetParticipantsInputSchema } from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { listParticipantCandidates, setTaskParticipants } from '../domain/tasks.js';
import { publicProcedure } from '../trpc.js';

export const tasksRouter = {
  /** The agency's active employees a task may have as participants (names only). */
  participantCandidates: publicProcedure.query(({ ctx }) => listParticipantCandidates(ctx)),
  setParticipants: publicProcedure
    .input(taskSetParticipantsInputSchema)
    .mutation(({ ctx, input }) => setTaskParticipants(ctx, input)),
} satisfies TRPCRouterRecord;
