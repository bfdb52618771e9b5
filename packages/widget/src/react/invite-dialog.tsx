import type {
  CollabActivatedDetail,
  CollabActivationRequestedDetail,
  CollabErrorDetail,
} from '../events.js';
import { LazyInviteDialogView } from '../views/lazy-views.js';
import { ShadowView } from './shadow-view.js';

export interface InviteDialogProps {
  customerId?: string | null;
  /** Flow 9: a colleague's prepared invitation to open at its review. */
  activationRequestId?: string | null;
  onActivated?: (detail: CollabActivatedDetail) => void;
  onError?: (detail: CollabErrorDetail) => void;
  onActivationRequested?: (detail: CollabActivationRequestedDetail) => void;
}

/** `<collab-invite-dialog>` for React hosts; put it inside `<CollabProvider>`. */
export function InviteDialog({
  customerId = null,
  activationRequestId = null,
  onActivated,
  onError,
  onActivationRequested,
}: InviteDialogProps) {
  return (
    <ShadowView
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
}
