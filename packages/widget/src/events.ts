import type { CollaborationStatus, ErrorCode, ServiceId } from '@collab/contracts';

/** The views a host can mount; part 2 adds the accept page and the two overviews. */
export type CollabViewName = 'invite-dialog';

/** The API's error codes, plus the two failures that never reach the API. */
export type CollabErrorCode = ErrorCode | 'NETWORK_ERROR' | 'MISSING_API_URL';

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
  'collab:error': CollabErrorDetail;
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
  'collab:error',
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
    'collab:error': CustomEvent<CollabErrorDetail>;
  }
  interface DocumentEventMap {
    'collab:activated': CustomEvent<CollabActivatedDetail>;
    'collab:accepted': CustomEvent<CollabAcceptedDetail>;
    'collab:declined': CustomEvent<CollabDeclinedDetail>;
    'collab:ended': CustomEvent<CollabEndedDetail>;
    'collab:error': CustomEvent<CollabErrorDetail>;
  }
}
