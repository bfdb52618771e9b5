import { forwardRef } from 'react';
import type {
  CollabEndedDetail,
  CollabErrorDetail,
  CollabInvitationChangedDetail,
  CollabUpdatedDetail,
} from '../events.js';
import { LazyCollaborationsView } from '../views/lazy-views.js';
import { type CollabViewHandle, ShadowView } from './shadow-view.js';

export interface CollaborationsProps {
  /** Only this customer's collaborations; leave out for the whole agency. */
  customerId?: string | null;
  onUpdated?: (detail: CollabUpdatedDetail) => void;
  onEnded?: (detail: CollabEndedDetail) => void;
  onInvitationChanged?: (detail: CollabInvitationChangedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-collaborations>` for React hosts; put it inside `<CollabProvider>`. A ref
 * gives its `CollabViewHandle` (`ref.current?.refresh()`).
 */
export const Collaborations = forwardRef<CollabViewHandle, CollaborationsProps>(
  function Collaborations(
    { customerId = null, onUpdated, onEnded, onInvitationChanged, onError },
    ref,
  ) {
    return (
      <ShadowView
        viewRef={ref}
        view="collaborations"
        handlers={{
          'collab:updated': onUpdated,
          'collab:ended': onEnded,
          'collab:invitation-changed': onInvitationChanged,
          'collab:error': onError,
        }}
      >
        <LazyCollaborationsView customerId={customerId} />
      </ShadowView>
    );
  },
);
