import {
  activateInputSchema,
  collaborationEndInputSchema,
  collaborationFilterOptionsInputSchema,
  collaborationIdInputSchema,
  collaborationLinkInputSchema,
  collaborationLinkManyInputSchema,
  collaborationsListInputSchema,
  collaborationUpdateInputSchema,
  legacyImportInputSchema,
} from '@collab/contracts';
import type { TRPCRouterRecord } from '@trpc/server';
import { activateCollaborations } from '../domain/activation.js';
import { getCollaboration } from '../domain/collaboration-details.js';
import { endCollaboration } from '../domain/collaboration-end.js';
import { linkCollaboration } from '../domain/collaboration-link.js';
import { linkManyCollaborations } from '../domain/collaboration-link-many.js';
import { listCollaborations } from '../domain/collaboration-list.js';
import { updateCollaboration } from '../domain/collaboration-update.js';
import { importLegacyCollaborations } from '../domain/legacy-import.js';
import { listOverviewFilterOptions } from '../domain/overview-filter-options.js';
import { publicProcedure } from '../trpc.js';

export const collaborationsRouter = {
  activate: publicProcedure
    .input(activateInputSchema)
    .mutation(({ ctx, input }) => activateCollaborations(ctx, input)),
  list: publicProcedure
    .input(collaborationsListInputSchema)
    .query(({ ctx, input }) => listCollaborations(ctx, input)),
  /** The overview's filter choices (tasks, task owners, account managers) in one call. */
  filterOptions: publicProcedure
    .input(collaborationFilterOptionsInputSchema)
    .query(({ ctx, input }) => listOverviewFilterOptions(ctx, input)),
  get: publicProcedure
    .input(collaborationIdInputSchema)
    .query(({ ctx, input }) => getCollaboration(ctx, input)),
  update: publicProcedure
    .input(collaborationUpdateInputSchema)
    .mutation(({ ctx, input }) => updateCollaboration(ctx, input)),
  end: publicProcedure
    .input(collaborationEndInputSchema)
    .mutation(({ ctx, input }) => endCollaboration(ctx, input)),
  link: publicProcedure
    .input(collaborationLinkInputSchema)
    .mutation(({ ctx, input }) => linkCollaboration(ctx, input)),
  /** Several earlier collaborations, each in its own transaction, a result per row. */
  linkMany: publicProcedure
    .input(collaborationLinkManyInputSchema)
    .mutation(({ ctx, input }) => linkManyCollaborations(ctx, input)),
  importLegacy: publicProcedure
    .input(legacyImportInputSchema)
    .mutation(({ ctx, input }) => importLegacyCollaborations(ctx, input)),
} satisfies TRPCRouterRecord;
