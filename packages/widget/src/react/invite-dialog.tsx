import type { CollabActivatedDetail, CollabErrorDetail } from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { ShadowView } from './shadow-view.js';

export interface InviteDialogProps {
  customerId?: string | null;
  onActivated?: (detail: CollabActivatedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
}

/** `<collab-invite-dialog>` for React hosts; put it inside `<CollabProvider>`. */
export function InviteDialog({ customerId = null, onActivated, onError }: InviteDialogProps) {
  return (
    <ShadowView
      view="invite-dialog"
      handlers={{ 'collab:activated': onActivated, 'collab:error': onError }}
    >
      <LazyInviteDialogView customerId={customerId} />
    </ShadowView>
  );
}
