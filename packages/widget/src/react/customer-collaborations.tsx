import type {
  CollabAcceptedDetail,
  CollabDeclinedDetail,
  CollabEndedDetail,
  CollabErrorDetail,
} from '../events.js';
import { LazyCustomerCollaborationsView } from '../views/lazy-views.js';
import { ShadowView } from './shadow-view.js';

export interface CustomerCollaborationsProps {
  onAccepted?: (detail: CollabAcceptedDetail) => void;
  onDeclined?: (detail: CollabDeclinedDetail) => void;
  onEnded?: (detail: CollabEndedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-customer-collaborations>` for React hosts; put it inside `<CollabProvider>`. */
export function CustomerCollaborations({
  onAccepted,
  onDeclined,
  onEnded,
  onError,
}: CustomerCollaborationsProps) {
  return (
    <ShadowView
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
}
