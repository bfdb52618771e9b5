import { forwardRef } from 'react';
import type {
  CollabAcceptedDetail,
  CollabDeclinedDetail,
  CollabEndedDetail,
  CollabErrorDetail,
} from '../events.js';
import { LazyCustomerCollaborationsView } from '../views/lazy-views.js';
import { type CollabViewHandle, ShadowView } from './shadow-view.js';

export interface CustomerCollaborationsProps {
  onAccepted?: (detail: CollabAcceptedDetail) => void;
  onDeclined?: (detail: CollabDeclinedDetail) => void;
  onEnded?: (detail: CollabEndedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-customer-collaborations>` for React hosts; put it inside `<CollabProvider>`. A ref
 * gives its `CollabViewHandle` (`ref.current?.refresh()`).
 */
export const CustomerCollaborations = forwardRef<CollabViewHandle, CustomerCollaborationsProps>(
  function CustomerCollaborations({ onAccepted, onDeclined, onEnded, onError }, ref) {
    return (
      <ShadowView
        viewRef={ref}
        view="customer-collaborations"
        handlers={{
          'collab:accepted': onAccepted,
          'collab:declined': onDeclined,
          'collab:ended': onEnded,
          'collab:error': onError,
        }}
      >
        <LazyCustomerCollaborationsView />
      </ShadowView>
    );
  },
);
