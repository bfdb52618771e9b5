import { agencies } from '@collab/db';
import { eq } from 'drizzle-orm';
import type { InnerContext } from '../context.js';
import { requireActor } from './actors.js';

export type SessionView =
  | {
      kind: 'employee';
      id: string;
      name: string;
      agency: { id: string; name: string };
      rights: 'full' | 'standard';
      /** What the UI may offer; the server checks every one of these again on each call. */
      can: {
        activate: boolean;
        resendAndCancel: boolean;
        /** Replace a task's participants (`tasks.setParticipants`). */
        changeParticipants: boolean;
        changeOptions: boolean;
        end: boolean;
        link: boolean;
      };
    }
  | {
      kind: 'account_user';
      id: string;
      name: string;
      account: { id: string; name: string };
      isAdmin: boolean;
      can: { answerInvitations: boolean; end: boolean; readHistory: boolean };
    };

/**
 * Who the caller is and what they may do, so a view can explain a limit before the user
 * tries (a standard-rights employee sees why they cannot activate). It grants nothing: every
 * procedure checks rights itself.
 */
export async function getSession(context: InnerContext): Promise<SessionView> {
  const actor = await requireActor(context);
  if (actor.kind === 'employee') {
    const agency = context.db
      .select({ id: agencies.id, name: agencies.name })
      .from(agencies)
      .where(eq(agencies.id, actor.agencyId))
      .get();
    const full = actor.rights === 'full';
    return {
      kind: 'employee',
      id: actor.id,
      name: actor.name,
      agency: agency ?? { id: actor.agencyId, name: '' },
      rights: actor.rights,
      can: {
        activate: full,
        resendAndCancel: full,
        changeParticipants: full,
        changeOptions: full,
        end: full,
        link: full,
      },
    };
  }
  return {
    kind: 'account_user',
    id: actor.id,
    name: actor.name,
    account: { id: actor.accountId, name: actor.accountName },
    isAdmin: actor.isAdmin,
    can: { answerInvitations: actor.isAdmin, end: actor.isAdmin, readHistory: actor.isAdmin },
  };
}
