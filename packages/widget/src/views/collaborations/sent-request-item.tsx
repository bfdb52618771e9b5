import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
import { nextToastId, type ToastContent, ToastSlot } from '../../ui/toast.js';
import { type SentRequest, serviceNameOf, servicesOf } from './overview-model.js';
import { StatusBadge } from './status-badge.js';

/**
 * An open invitation this close to its expiry is marked, so that whoever sees the list can
 * resend it while the customer can still answer (the browser's clock is good enough here:
 * it only decides a mark, and the server decides expiry).
 */
const expiresSoonWithinMs = 3 * 86_400_000;

function expiresSoon(request: SentRequest): boolean {
  return (
    !request.expired && Date.parse(request.invitation.expiresAt) - Date.now() <= expiresSoonWithinMs
  );
}

/** What the entry has to say: Undo is offered only while the entry is the withdrawn one. */
interface ItemToast {
  id: number;
  message: string;
  undo: boolean;
}

/**
 * One invitation: resending or cancelling it acts on every service it covers. Cancelling asks
 * first, in a native <dialog>. What happened is said here, beside the buttons, in a toast
 * (`ui/toast.tsx`); a cancelled invitation stays in its place as long as its toast does, with
 * Undo (`invitations.restore`, flow 3). A refusal (INVITATION_NOT_PENDING,
 * FULL_RIGHTS_REQUIRED…) is shown here with the contracts' message.
 */
export function SentRequestItem({
  request,
  canAct,
  withdrawn,
  onWithdrawn,
  onRestored,
  onGone,
  onChanged,
}: {
  request: SentRequest;
  canAct: boolean;
  /** Cancelled a moment ago: only its name and the toast with Undo are left. */
  withdrawn: boolean;
  onWithdrawn: () => void;
  /** Undone: resolves once the list has it again. */
  onRestored: () => Promise<void>;
  /** The withdrawn entry's toast is gone: the entry goes with it. */
  onGone: (hadFocus: boolean) => void;
  onChanged: () => Promise<void>;
}) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const titleId = useId();
  const confirmTitleId = useId();
  const confirmRef = useRef<HTMLDialogElement>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [failure, setFailure] = useState<DescribedError | null>(null);
  const [toast, setToast] = useState<ItemToast | null>(null);
  // Undone, the Undo button goes and the entry's buttons come back: the focus goes to Cancel.
  const [focusCancel, setFocusCancel] = useState(false);
  useEffect(() => {
    if (!focusCancel || withdrawn) return;
    cancelRef.current?.focus();
    setFocusCancel(false);
  }, [focusCancel, withdrawn]);
  const resend = useMutation(trpc.invitations.resend.mutationOptions());
  const cancel = useMutation(trpc.invitations.cancel.mutationOptions());
  const restore = useMutation(trpc.invitations.restore.mutationOptions());
  const { invitation, customer } = request;
  const services = servicesOf(
    request.collaborations.map((collaboration) =>
      serviceNameOf(collaboration.service, collaboration.legacyServiceName),
    ),
    (items) => translator.list(items),
  );
  const busy = resend.isPending || cancel.isPending;

  function failed(error: unknown) {
    const described = describeError(error, translator);
    setFailure(described);
    emit('collab:error', { ...described, view });
  }

  function sendAgain() {
    setFailure(null);
    resend.mutate(
      { invitationId: invitation.id },
      {
        onSuccess(result) {
          setToast({
            id: nextToastId(),
            message: translator.text('overview.sent.resent', {
              customerName: customer.name,
              date: translator.date(result.expiresAt),
            }),
            undo: false,
          });
          emit('collab:invitation-changed', { invitationId: invitation.id, change: 'resent' });
          void onChanged();
        },
        onError: failed,
      },
    );
  }

  function withdraw() {
    confirmRef.current?.close();
    setFailure(null);
    cancel.mutate(
      { invitationId: invitation.id },
      {
        onSuccess() {
          onWithdrawn();
          setToast({
            id: nextToastId(),
            message: translator.text('overview.sent.cancelled', { customerName: customer.name }),
            undo: true,
          });
          emit('collab:invitation-changed', { invitationId: invitation.id, change: 'cancelled' });
          // The Cancel button goes; the focus waits on the entry's name, and the next Tab
          // reaches Undo.
          window.requestAnimationFrame(() => headingRef.current?.focus());
          void onChanged();
        },
        onError: failed,
      },
    );
  }

  function undo() {
    setFailure(null);
    restore.mutate(
      { invitationId: invitation.id },
      {
        async onSuccess(result) {
          emit('collab:invitation-changed', { invitationId: invitation.id, change: 'restored' });
          await onRestored();
          setToast({
            id: nextToastId(),
            message: translator.text(
              // The server e-mails nobody about an invitation that expired meanwhile.
              result.emailsQueued.length === 0
                ? 'overview.sent.restoredExpired'
                : 'overview.sent.restored',
              { customerName: customer.name },
            ),
            undo: false,
          });
          setFocusCancel(true);
        },
        onError: failed,
      },
    );
  }

  function dismiss() {
    const hadFocus = itemRef.current?.contains(
      (itemRef.current.getRootNode() as Document | ShadowRoot).activeElement,
    );
    setToast(null);
    if (withdrawn) onGone(hadFocus === true);
    else if (hadFocus) headingRef.current?.focus();
  }

  const shownToast: ToastContent | null = toast
    ? {
        id: toast.id,
        message: toast.message,
        action:
          toast.undo && withdrawn
            ? {
                label: translator.text('overview.sent.undo'),
                pendingLabel: translator.text('overview.sent.undoing'),
                pending: restore.isPending,
                onAction: undo,
              }
            : undefined,
      }
    : null;

  return (
    <li
      className={`collab-overview__request${withdrawn ? ' collab-overview__request--withdrawn' : ''}`}
      ref={itemRef}
      data-invitation-id={invitation.id}
    >
      <h4 className="collab-overview__row-title" id={titleId} ref={headingRef} tabIndex={-1}>
        <span>{customer.name}</span>
        <span className="collab-muted collab-overview__org-number">{customer.orgNumber}</span>
        {withdrawn ? null : request.expired ? (
          <StatusBadge kind="expired" />
        ) : expiresSoon(request) ? (
          <span className="collab-badge collab-overview__badge--expires-soon">
            {translator.text('overview.badge.expiresSoon')}
          </span>
        ) : null}
      </h4>
      {withdrawn ? null : (
        <>
          <p className="collab-overview__row-line">
            {translator.text('overview.sent.services', { services })}
          </p>
          <p className="collab-overview__row-line collab-muted">
            {translator.text('overview.sent.sentBy', {
              date: translator.date(invitation.sentAt),
              name: invitation.sentBy.name,
            })}
            {invitation.sendCount > 1
              ? ` (${translator.plural('overview.sent.sendCount', invitation.sendCount)})`
              : null}
            {' · '}
            {translator.text(request.expired ? 'overview.sent.expired' : 'overview.sent.expires', {
              date: translator.date(invitation.expiresAt),
            })}
          </p>
        </>
      )}
      {failure ? (
        <p className="collab-alert" role="alert">
          {failure.message}
        </p>
      ) : null}
      {canAct && !withdrawn ? (
        <div className="collab-overview__row-actions">
          <button
            type="button"
            className="collab-button"
            aria-describedby={titleId}
            aria-disabled={busy}
            onClick={() => {
              if (!busy) sendAgain();
            }}
          >
            {translator.text(resend.isPending ? 'overview.sent.resending' : 'overview.sent.resend')}
          </button>
          <button
            type="button"
            className="collab-button"
            ref={cancelRef}
            aria-describedby={titleId}
            aria-haspopup="dialog"
            aria-disabled={busy}
            onClick={() => {
              if (!busy) confirmRef.current?.showModal();
            }}
          >
            {translator.text(
              cancel.isPending ? 'overview.sent.cancelling' : 'overview.sent.cancel',
            )}
          </button>
        </div>
      ) : null}
      <ToastSlot toast={shownToast} onDismiss={dismiss} />
      <dialog
        ref={confirmRef}
        className="collab-dialog collab-overview__confirm"
        aria-labelledby={confirmTitleId}
      >
        <div className="collab-dialog__header">
          {/* h3: the dialog sits in the list, between entries whose headings are h4. */}
          <h3 className="collab-heading" id={confirmTitleId}>
            {translator.text('overview.confirm.heading', { customerName: customer.name })}
          </h3>
        </div>
        <div className="collab-dialog__body">
          <p className="collab-paragraph">
            {translator.text('overview.confirm.text', { services })}
          </p>
        </div>
        <div className="collab-dialog__footer">
          <button
            type="button"
            className="collab-button"
            onClick={() => confirmRef.current?.close()}
          >
            {translator.text('overview.confirm.no')}
          </button>
          <button type="button" className="collab-button collab-button--danger" onClick={withdraw}>
            {translator.text('overview.confirm.yes')}
          </button>
        </div>
      </dialog>
    </li>
  );
}
