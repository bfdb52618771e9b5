import { forwardRef } from 'react';
import type {
  CollabActivatedDetail,
  CollabActivationRequestedDetail,
  CollabErrorDetail,
} from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { type CollabViewHandle, ShadowView } from './shadow-view.js';

export interface InviteDialogProps {
  customerId?: string | null;
  /** Flow 9: a colleague's prepared invitation to open at its review. */
  activationRequestId?: string | null;
  onActivated?: (detail: CollabActivatedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
  onActivationRequested?: (detail: CollabActivationRequestedDetail) => void;
}

/** `<collab-invite-dialog>` for React hosts; put it inside `<CollabProvider>`. A ref
 * gives its `CollabViewHandle` (`ref.current?.refresh()`).
 */
export const InviteDialog = forwardRef<CollabViewHandle, InviteDialogProps>(function InviteDialog(
  { customerId = null, activationRequestId = null, onActivated, onError, onActivationRequested },
  ref,
) {
  return (
    <ShadowView
      viewRef={ref}
      view="invite-dialog"
      handlers={{
        'collab:activated': onActivated,
        'collab:error': onError,
        'collab:activation-requested': onActivationRequested,
      }}
    >
      <LazyInviteDialogView customerId={customerId} activationRequestId={activationRequestId} />
    </ShadowView>
  );
});
