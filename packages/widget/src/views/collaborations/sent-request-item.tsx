import { useMutation } from '@tanstack/react-query';
import { type RefObject, useId, useRef, useState } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
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

/**
 * One invitation: resending or cancelling it acts on every service it covers. Cancelling asks
 * first, in a native <dialog>; the result is read out in the view's live region, and a
 * refusal (INVITATION_NOT_PENDING, FULL_RIGHTS_REQUIRED…) is shown here with the contracts'
 * message.
 */
export function SentRequestItem({
  request,
  canAct,
  onAnnounce,
  onChanged,
  fallbackFocus,
}: {
  request: SentRequest;
  canAct: boolean;
  onAnnounce: (text: string) => void;
  onChanged: () => Promise<void>;
  fallbackFocus: RefObject<HTMLElement | null>;
}) {
  const translator = useTranslator();
  const emit = useEmit();
  const view = useViewName();
  const trpc = useTRPC();
  const titleId = useId();
  const confirmTitleId = useId();
  const confirmRef = useRef<HTMLDialogElement>(null);
  const [failure, setFailure] = useState<DescribedError | null>(null);
  const resend = useMutation(trpc.invitations.resend.mutationOptions());
  const cancel = useMutation(trpc.invitations.cancel.mutationOptions());
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
          onAnnounce(
            translator.text('overview.sent.resent', {
              customerName: customer.name,
              date: translator.date(result.expiresAt),
            }),
          );
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
          onAnnounce(translator.text('overview.sent.cancelled', { customerName: customer.name }));
          emit('collab:invitation-changed', { invitationId: invitation.id, change: 'cancelled' });
          // The entry goes away with the refresh: the focus waits on the tab's heading.
          fallbackFocus.current?.focus();
          void onChanged();
        },
        onError: failed,
      },
    );
  }

  return (
    <li className="collab-overview__request">
      <h4 className="collab-overview__row-title" id={titleId}>
        <span>{customer.name}</span>
        <span className="collab-muted collab-overview__org-number">{customer.orgNumber}</span>
        {request.expired ? (
          <StatusBadge kind="expired" />
        ) : expiresSoon(request) ? (
          <span className="collab-badge collab-overview__badge--expires-soon">
            {translator.text('overview.badge.expiresSoon')}
          </span>
        ) : null}
      </h4>
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
      {failure ? (
        <p className="collab-alert" role="alert">
          {failure.message}
        </p>
      ) : null}
      {canAct ? (
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
