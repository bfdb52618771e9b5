import {
  activationRequestCreateInputSchema,
  activationRequestDismissInputSchema,
  activationRequestIdInputSchema,
  activationRequestSendInputSchema,
} from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  createActivationRequest,
  dismissActivationRequest,
  getActivationRequest,
  listActivationRequests,
  listColleagues,
  sendActivationRequest,
} from '../domain/activation-request.js';
import { publicProcedure } from '../trpc.js';

/** Flow 9 in docs/flows.md: asking a full-rights colleague to send a prepared invitation. */
export const activationRequestsRouter = {
  colleagues: publicProcedure.query(({ ctx }) => listColleagues(ctx)),
  create: publicProcedure
    .input(activationRequestCreateInputSchema)
    .mutation(({ ctx, input }) => createActivationRequest(ctx, input)),
  list: publicProcedure.query(({ ctx }) => listActivationRequests(ctx)),
  get: publicProcedure
    .input(activationRequestIdInputSchema)
    .query(({ ctx, input }) => getActivationRequest(ctx, input.activationRequestId)),
  send: publicProcedure
    .input(activationRequestSendInputSchema)
    .mutation(({ ctx, input }) => sendActivationRequest(ctx, input)),
  dismiss: publicProcedure
    .input(activationRequestDismissInputSchema)
    .mutation(({ ctx, input }) => dismissActivationRequest(ctx, input)),
} satisfies TRPCRouterRecord;
