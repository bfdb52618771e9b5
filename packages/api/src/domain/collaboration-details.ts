import type { collaborationIdInputSchema } from '@collab/contracts';
import { accessGrants } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { InnerContext } from '../context.js';
import { loadServiceAccess, type ServiceAccess } from './access.js';
import { type CollaborationView, loadCollaborationView } from './collaboration-view.js';
import { type HistoryEntry, readHistory, requireHistoryReader } from './history.js';

export interface CollaborationDetails {
  collaboration: CollaborationView;
  /** Who has access through this collaboration now, and why. */
  access: ServiceAccess | null;
  /** The newest history entries; `audit.list` pages further. */
  history: { items: HistoryEntry[]; nextCursor: string | null };
}

/** One collaboration for either party: the agency's employees, or the company's admins. */
export async function getCollaboration(
  context: InnerContext,
  input: z.output<typeof collaborationIdInputSchema>,
): Promise<CollaborationDetails> {
  await requireHistoryReader(context, input.collaborationId);
  const collaboration = loadCollaborationView(
    context.db,
    context.clock.now(),
    input.collaborationId,
  );
  const [access] = loadServiceAccess(
    context.db,
    eq(accessGrants.collaborationId, input.collaborationId),
  );
  return {
    collaboration,
    access: access ?? null,
    history: readHistory(context.db, input.collaborationId, { limit: 20 }),
  };
}
