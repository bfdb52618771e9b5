import type { RouterOutputs } from '@collab/api';
import { TRPCClientError } from '@trpc/client';
import type { DescribedError } from '../../api/errors.js';

/** What a link opens: an invitation, or `{ state: 'invalid' | 'replaced' }` for none. */
export type LinkAnswer = RouterOutputs['invitations']['byToken'];
export type Invitation = Extract<LinkAnswer, { viewer: unknown }>;
export type AcceptResult = RouterOutputs['invitations']['accept'];
type Admin = { name: string | null; maskedEmail: string };

/**
 * Every screen of the accept page. Each has its own heading, which gets the focus when the
 * screen appears, so a screen reader hears where the person is.
 */
export type AcceptScreen =
  | { name: 'loading' }
  | {
      name: 'invitation';
      invitation: Invitation;
      signedInAs: { name: string; accountName: string };
    }
  | { name: 'declining'; invitation: Invitation }
  | { name: 'signedOut'; invitation: Invitation | null }
  | { name: 'wrongCompany'; invitation: Invitation; customerName: string; accountName: string }
  | { name: 'notAccountUser'; invitation: Invitation }
  | { name: 'notAdmin'; invitation: Invitation; accountName: string; admins: Admin[] }
  | { name: 'alreadyAccepted'; invitation: Invitation }
  | { name: 'alreadyDeclined'; invitation: Invitation }
  | { name: 'expired'; invitation: Invitation }
  | { name: 'cancelled'; invitation: Invitation }
  | { name: 'replaced' }
  | { name: 'invalid'; missingToken: boolean }
  | { name: 'unavailable'; failure: DescribedError }
  | { name: 'accepted'; invitation: Invitation; result: AcceptResult }
  | { name: 'declined'; invitation: Invitation; reason: string | null };

export type ScreenNamed<Name extends AcceptScreen['name']> = Extract<AcceptScreen, { name: Name }>;

/**
 * What the link shows on opening: the invitation's own state first (nobody can answer a
 * closed invitation, whoever they are), then how the signed-in person stands.
 */
export function screenOf(invitation: LinkAnswer): AcceptScreen {
  switch (invitation.state) {
    // Links that open nothing are answers, not errors (packages/api invitation-read.ts).
    case 'invalid':
      return { name: 'invalid', missingToken: false };
    case 'replaced':
      return { name: 'replaced' };
    case 'accepted':
      return { name: 'alreadyAccepted', invitation };
    case 'declined':
      return { name: 'alreadyDeclined', invitation };
    case 'expired':
      return { name: 'expired', invitation };
    case 'cancelled':
      return { name: 'cancelled', invitation };
    case 'pending':
      break;
    default:
      throw new Error(`Unhandled invitation state ${invitation satisfies never}`);
  }
  const viewer = invitation.viewer;
  switch (viewer.standing) {
    case 'signed_out':
      return { name: 'signedOut', invitation };
    case 'not_account_user':
      return { name: 'notAccountUser', invitation };
    case 'wrong_company':
      return {
        name: 'wrongCompany',
        invitation,
        customerName: viewer.customerName,
        accountName: viewer.accountName,
      };
    case 'not_admin':
      return {
        name: 'notAdmin',
        invitation,
        accountName: viewer.accountName,
        admins: viewer.admins,
      };
    case 'can_answer':
      return {
        name: 'invitation',
        invitation,
        signedInAs: { name: viewer.name, accountName: viewer.accountName },
      };
    default:
      throw new Error(`Unhandled standing ${viewer satisfies never}`);
  }
}

/** The refusals that mean the same on opening the link as on answering it. */
function screenOfLinkRefusal(
  code: DescribedError['code'],
  invitation: Invitation | null,
): AcceptScreen | null {
  switch (code) {
    case 'INVITATION_LINK_INVALID':
    case 'INVITATION_NOT_FOUND':
      return { name: 'invalid', missingToken: false };
    case 'INVITATION_REPLACED':
      return { name: 'replaced' };
    case 'SIGNED_OUT':
      return { name: 'signedOut', invitation };
    default:
      return null;
  }
}

/** A failed load to its screen; null when the failure says nothing about the link. */
export function screenOfLoadFailure(code: DescribedError['code']): AcceptScreen | null {
  // A token of the wrong shape never reaches a lookup, but it is just as unusable.
  if (code === 'VALIDATION_FAILED') return { name: 'invalid', missingToken: false };
  return screenOfLinkRefusal(code, null);
}

/** The params the server sent with a refusal (`data.params`), as strings. */
function paramsOf(error: unknown): Record<string, string> {
  if (!(error instanceof TRPCClientError)) return {};
  const params = (error.data as { params?: unknown } | undefined)?.params;
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, String(value ?? '')]),
  );
}

/**
 * A refused answer to the screen that explains it: someone else answered meanwhile, the
 * agency withdrew it, the session ended… Null for failures that leave the invitation as it
 * was (the network, the server), which are shown beside the buttons.
 */
export function screenOfRefusal(
  code: DescribedError['code'],
  error: unknown,
  invitation: Invitation,
): AcceptScreen | null {
  const params = paramsOf(error);
  switch (code) {
    case 'INVITATION_ALREADY_ACCEPTED':
      return { name: 'alreadyAccepted', invitation };
    case 'INVITATION_ALREADY_DECLINED':
      return { name: 'alreadyDeclined', invitation };
    case 'INVITATION_EXPIRED':
      return { name: 'expired', invitation };
    case 'INVITATION_CANCELLED':
      return { name: 'cancelled', invitation };
    case 'INVITATION_WRONG_COMPANY':
      return {
        name: 'wrongCompany',
        invitation,
        customerName: params.customerName ?? invitation.customerName,
        accountName: params.accountName ?? '',
      };
    case 'ACCOUNT_ADMIN_REQUIRED':
      return {
        name: 'notAdmin',
        invitation,
        accountName: params.accountName ?? invitation.customerName,
        // The refusal names the admins only by masked e-mail, as one comma-separated param.
        admins: (params.admins ?? '')
          .split(', ')
          .filter((maskedEmail) => maskedEmail !== '')
          .map((maskedEmail) => ({ name: null, maskedEmail })),
      };
    case 'ACCOUNT_USER_REQUIRED':
      return { name: 'notAccountUser', invitation };
    default:
      return screenOfLinkRefusal(code, invitation);
  }
}
