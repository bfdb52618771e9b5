import { forwardRef } from 'react';
import type {
  CollabAcceptedDetail,
  CollabDeclinedDetail,
  CollabErrorDetail,
  CollabSignInRequiredDetail,
} from '../events.js';
import { LazyAcceptInvitationView } from '../views/lazy-views.js';
import { type CollabViewHandle, ShadowView } from './shadow-view.js';

export interface AcceptInvitationProps {
  /** The invitation link's token (the `token` query parameter of the link). */
  invitationToken: string | null;
  onSignInRequired?: (detail: CollabSignInRequiredDetail) => void;
  onAccepted?: (detail: CollabAcceptedDetail) => void;
  onDeclined?: (detail: CollabDeclinedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-accept-invitation>` for React hosts; put it inside `<CollabProvider>`. A ref
 * gives its `CollabViewHandle` (`ref.current?.refresh()`).
 */
export const AcceptInvitation = forwardRef<CollabViewHandle, AcceptInvitationProps>(
  function AcceptInvitation(
    { invitationToken, onSignInRequired, onAccepted, onDeclined, onError },
    ref,
  ) {
    return (
      <ShadowView
        viewRef={ref}
        view="accept-invitation"
        handlers={{
          'collab:sign-in-required': onSignInRequired,
          'collab:accepted': onAccepted,
          'collab:declined': onDeclined,
          'collab:error': onError,
        }}
      >
        <LazyAcceptInvitationView invitationToken={invitationToken} />
      </ShadowView>
    );
  },
);
