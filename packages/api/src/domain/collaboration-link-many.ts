import {
  type CollaborationStatus,
  type collaborationLinkManyInputSchema,
  type ErrorCode,
  type ErrorParams,
  formatErrorMessage,
  linkManyMaximum,
  type ServiceId,
} from '@collab/contracts';
import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { AppError, fail } from '../errors.js';
import { requireEmployee, requireFullRights } from './actors.js';
import { linkCollaboration } from './collaboration-link.js';
import { findCollaborationInScope } from './collaboration-scope.js';

export type LinkManyInput = z.output<typeof collaborationLinkManyInputSchema>;

export type LinkManyRowResult =
  | {
      collaborationId: string;
      outcome: 'linked';
      service: ServiceId;
      /** `pending` when the company has an account and was invited (flow 6). */
      status: CollaborationStatus;
      /** Linked by an earlier try of the same call (a retry): nothing was written now. */
      alreadyLinked: boolean;
    }
  | {
      collaborationId: string;
      outcome: 'failed';
      error: { code: ErrorCode; message: string; params: ErrorParams };
    };

export interface LinkManyResult {
  linked: number;
  failed: number;
  rows: LinkManyRowResult[];
}

/**
 * Flow 6, several at once: each earlier collaboration is linked as `linkCollaboration` links
 * one, in its own transaction, in the order given. One row's refusal (taken meanwhile, a task
 * of another customer, another agency's collaboration, which is "not found") is that row's
 * result and does not undo the others: the rows are independent, and a person who linked 40
 * of 41 should not do the 40 again. Rights are checked once, before anything: without full
 * rights the whole call is refused. A retry of the same call is safe: a row that an earlier
 * try linked to the same service and task is reported linked again, with nothing written.
 */
export async function linkManyCollaborations(
  context: InnerContext,
  input: LinkManyInput,
): Promise<LinkManyResult> {
  const employee = await requireEmployee(context);
  requireFullRights(employee);
  // The input schema says the same; this also holds for callers that skip the router.
  if (input.links.length > linkManyMaximum) throw fail('LEGACY_LINK_TOO_MANY');
  const rows: LinkManyRowResult[] = [];
  for (const link of input.links) {
    try {
      const view = await linkCollaboration(context, link);
      if (!view.service) throw new Error('A linked collaboration has no service.');
      rows.push({
        collaborationId: link.collaborationId,
        outcome: 'linked',
        service: view.service,
        status: view.status,
        alreadyLinked: false,
      });
    } catch (error) {
      const refusal = appErrorOf(error);
      if (!refusal) throw error;
      if (refusal.appCode === 'COLLABORATION_ALREADY_LINKED') {
        const current = findCollaborationInScope(context.db, employee, link.collaborationId);
        if (current.service === link.selection.service && current.taskId === link.taskId) {
          rows.push({
            collaborationId: link.collaborationId,
            outcome: 'linked',
            service: current.service,
            status: current.status,
            alreadyLinked: true,
          });
          continue;
        }
      }
      rows.push({
        collaborationId: link.collaborationId,
        outcome: 'failed',
        error: {
          code: refusal.appCode,
          message: formatErrorMessage(refusal.appCode, context.locale, refusal.params),
          params: refusal.params,
        },
      });
    }
  }
  return {
    linked: rows.filter((row) => row.outcome === 'linked').length,
    failed: rows.filter((row) => row.outcome === 'failed').length,
    rows,
  };
}

function appErrorOf(error: unknown): AppError | null {
  return error instanceof TRPCError && error.cause instanceof AppError ? error.cause : null;
}
