import type { CollaborationStatus, ErrorCode, ServiceId } from '@collab/contracts';

/**
 * The views a host can mount: the agency's invite dialog and collaborations overview, and the
 * customer's accept page and own collaborations.
 */
export type CollabViewName =
  | 'invite-dialog'
  | 'accept-invitation'
  | 'collaborations'
  | 'customer-collaborations';

/**
 * What went wrong, for `collab:error` (README "Troubleshooting" says what a host does about
 * each): the API's error codes, and the failures the widget finds itself.
 *
 * - `TOKEN_UNAVAILABLE`: the host's `getToken` threw, rejected, gave no answer within 10 s,
 *   or gave something that is neither a token nor null.
 * - `ORIGIN_NOT_ALLOWED` (also an API code): the API is there but refused the page's origin
 *   (CORS): the origin is missing from its `CORS_ORIGINS`.
 * - `NETWORK_ERROR`: the API could not be reached (down, a wrong `apiUrl`, offline).
 * - `SIGNED_OUT`: nobody is signed in (`getToken` gave null) or the API refused the token
 *   even after `getToken` gave a new one; the API's `UNAUTHENTICATED`.
 * - `MISSING_API_URL`: the element has no `api-url`.
 */
export type CollabErrorCode =
  | ErrorCode
  | 'NETWORK_ERROR'
  | 'MISSING_API_URL'
  | 'TOKEN_UNAVAILABLE'
  | 'SIGNED_OUT';

export interface CollabActivatedDetail {
  customerId: string;
  /** `activated`: the company had no account and everything is active now; `invited`: its admins were invited. */
  flow: 'activated' | 'invited';
  services: { service: ServiceId; collaborationId: string; status: CollaborationStatus }[];
  invitationId: string | null;
}

export interface CollabAcceptedDetail {
  invitationId: string;
  collaborationIds: string[];
}

export interface CollabDeclinedDetail {
  invitationId: string;
  collaborationIds: string[];
  reason: string | null;
}

export interface CollabEndedDetail {
  collaborationId: string;
  service: ServiceId | null;
  endedAt: string;
}

/** A collaboration changed in place (not ended): its options or task, or it was linked. */
export interface CollabUpdatedDetail {
  collaborationId: string;
  change: 'options' | 'task' | 'linked';
}

/** An invitation was sent again (with a new link) or withdrawn by the agency. */
export interface CollabInvitationChangedDetail {
  invitationId: string;
  /** `restored`: a cancel undone within minutes of it (flow 3). */
  change: 'resent' | 'cancelled' | 'restored';
}

/**
 * The accept page needs a signed-in user: the host signs the person in and comes back to
 * `returnUrl` (the page with the invitation link), or sets a token on the element.
 */
export interface CollabSignInRequiredDetail {
  returnUrl: string;
}

/**
 * An employee without full rights asked a full-rights colleague to send the invitation they
 * prepared (flow 9 in docs/flows.md); the colleague got an e-mail with a link to it.
 */
export interface CollabActivationRequestedDetail {
  activationRequestId: string;
  customerId: string;
  colleague: { id: string; name: string };
  services: ServiceId[];
}

/**
 * One failure: sent once, from the first view that shows it, however many of the page's
 * queries (of every view of the same API URL) failed with the same code in the same burst;
 * sent again after something went through or someone tried again.
 */
export interface CollabErrorDetail {
  code: CollabErrorCode;
  /** Already in the widget's language: safe to show as it is. */
  message: string;
  /** The HTTP status of the failed call, or null when it never got an answer. */
  httpStatus: number | null;
  /** The tRPC procedure that failed (`customers.get`), or null. */
  procedure: string | null;
  view: CollabViewName;
}

export interface CollabEventDetails {
  'collab:activated': CollabActivatedDetail;
  'collab:accepted': CollabAcceptedDetail;
  'collab:declined': CollabDeclinedDetail;
  'collab:ended': CollabEndedDetail;
  'collab:updated': CollabUpdatedDetail;
  'collab:invitation-changed': CollabInvitationChangedDetail;
  'collab:sign-in-required': CollabSignInRequiredDetail;
  'collab:error': CollabErrorDetail;
  'collab:activation-requested': CollabActivationRequestedDetail;
}

export type CollabEventName = keyof CollabEventDetails;

export type CollabEventMap = {
  [Name in CollabEventName]: CustomEvent<CollabEventDetails[Name]>;
};

export const collabEventNames = [
  'collab:activated',
  'collab:accepted',
  'collab:declined',
  'collab:ended',
  'collab:updated',
  'collab:invitation-changed',
  'collab:sign-in-required',
  'collab:error',
  'collab:activation-requested',
] as const satisfies readonly CollabEventName[];

/**
 * Events leave the shadow root (`composed`) and bubble, so a host can listen on the element,
 * on a container or on `document`.
 */
export function dispatchCollabEvent<Name extends CollabEventName>(
  target: EventTarget,
  name: Name,
  detail: CollabEventDetails[Name],
): void {
  target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

// Typed `addEventListener('collab:error', …)` on the element, and on the document the events
// bubble up to.
declare global {
  interface HTMLElementEventMap {
    'collab:activated': CustomEvent<CollabActivatedDetail>;
    'collab:accepted': CustomEvent<CollabAcceptedDetail>;
    'collab:declined': CustomEvent<CollabDeclinedDetail>;
    'collab:ended': CustomEvent<CollabEndedDetail>;
    'collab:updated': CustomEvent<CollabUpdatedDetail>;
    'collab:invitation-changed': CustomEvent<CollabInvitationChangedDetail>;
    'collab:sign-in-required': CustomEvent<CollabSignInRequiredDetail>;
    'collab:error': CustomEvent<CollabErrorDetail>;
    'collab:activation-requested': CustomEvent<CollabActivationRequestedDetail>;
  }
  interface DocumentEventMap {
    'collab:activated': CustomEvent<CollabActivatedDetail>;
    'collab:accepted': CustomEvent<CollabAcceptedDetail>;
    'collab:declined': CustomEvent<CollabDeclinedDetail>;
    'collab:ended': CustomEvent<CollabEndedDetail>;
    'collab:updated': CustomEvent<CollabUpdatedDetail>;
    'collab:invitation-changed': CustomEvent<CollabInvitationChangedDetail>;
    'collab:sign-in-required': CustomEvent<CollabSignInRequiredDetail>;
    'collab:error': CustomEvent<CollabErrorDetail>;
    'collab:activation-requested': CustomEvent<CollabActivationRequestedDetail>;
  }
}
