import {
  invitationAcceptInputSchema,
  invitationByTokenInputSchema,
  invitationDeclineInputSchema,
  invitationIdInputSchema,
} from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import {
  acceptInvitation,
  cancelInvitation,
  declineInvitation,
  getInvitationByToken,
  resendInvitation,
  restoreInvitation,
} from '../domain/invitations.js';
import { publicProcedure, tokenAttemptProcedure } from '../trpc.js';

export const invitationsRouter = {
  /**
   * Public and read-only: opening a link never changes anything. For a signed-in caller it
   * also says how they stand (`viewer`), so the page can explain a refusal before the click.
   */
  byToken: tokenAttemptProcedure
    .input(invitationByTokenInputSchema)
    .query(({ ctx, input }) => getInvitationByToken(ctx, input.token)),
  accept: tokenAttemptProcedure
    .input(invitationAcceptInputSchema)
    .mutation(({ ctx, input }) => acceptInvitation(ctx, input)),
  decline: tokenAttemptProcedure
    .input(invitationDeclineInputSchema)
    .mutation(({ ctx, input }) => declineInvitation(ctx, input)),
  resend: publicProcedure
    .input(invitationIdInputSchema)
    .mutation(({ ctx, input }) => resendInvitation(ctx, input.invitationId)),
  cancel: publicProcedure
    .input(invitationIdInputSchema)
    .mutation(({ ctx, input }) => cancelInvitation(ctx, input.invitationId)),
  /** Undo a cancel, within `invitationUndoMinutes` of it, by whoever may cancel. */
  restore: publicProcedure
    .input(invitationIdInputSchema)
    .mutation(({ ctx, input }) => restoreInvitation(ctx, input.invitationId)),
} satisfies TRPCRouterRecord;
