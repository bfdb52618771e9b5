import { useId, useRef, useState } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { InviteFlow } from './invite-flow.js';

export interface InviteDialogViewProps {
  /** The customer to invite, from the host's own page; null until one is chosen. */
  customerId: string | null;
  /**
   * Flow 9: a colleague's prepared invitation to open at its review, for the full-rights
   * employee asked to send it (the e-mail's link carries the id to the host's page).
   */
  activationRequestId?: string | null;
}

/**
 * The invite dialog's entry: a button that opens a native <dialog> (top layer, focus kept
 * inside and given back to the button on close, without portals). Inside, the steps of
 * flow 1 in docs/flows.md: customer, services, task, review, result.
 */
export function InviteDialogView({
  customerId,
  activationRequestId = null,
}: InviteDialogViewProps) {
  const translator = useTranslator();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const titleId = useId();
  return (
    <>
      <button
        type="button"
        className="collab-button collab-button--primary"
        aria-haspopup="dialog"
        onClick={() => {
          dialogRef.current?.showModal();
          setOpen(true);
        }}
      >
        {translator.text('inviteDialog.open')}
      </button>
      <dialog
        ref={dialogRef}
        className="collab-dialog collab-dialog--steps"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <InviteFlow
            presetCustomerId={customerId}
            presetActivationRequestId={activationRequestId}
            titleId={titleId}
            onClose={() => dialogRef.current?.close()}
          />
        ) : null}
      </dialog>
    </>
  );
}
