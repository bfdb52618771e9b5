import { forwardRef } from 'react';
import type { CollabActivatedDetail, CollabErrorDetail } from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { type CollabViewHandle, ShadowView } from './shadow-view.js';

export interface InviteDialogProps {
  customerId?: string | null;
  onActivated?: (detail: CollabActivatedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-invite-dialog>` for React hosts; put it inside `<CollabProvider>`. A ref
 * gives its `CollabViewHandle` (`ref.current?.refresh()`).
 */
export const InviteDialog = forwardRef<CollabViewHandle, InviteDialogProps>(function InviteDialog(
  { customerId = null, onActivated, onError },
  ref,
) {
  return (
    <ShadowView
      viewRef={ref}
      view="invite-dialog"
      handlers={{ 'collab:activated': onActivated, 'collab:error': onError }}
    >
      <LazyInviteDialogView customerId={customerId} />
    </ShadowView>
  );
});
