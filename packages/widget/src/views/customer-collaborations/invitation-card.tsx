import type { RouterOutputs } from '@collab/api';
import type { ServiceId } from '@collab/contracts';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { type DescribedError, describeError } from '../../api/errors.js';
import { useTRPC } from '../../api/trpc.js';
import type { CollabErrorCode } from '../../events.js';
import { useEmit, useTranslator, useViewName } from '../../runtime/widget-context.js';
import { declinedServicesOf, serviceAnswers } from '../service-answers.js';
import { AcceptPanel, DeclinePanel } from './answer-panels.js';
import { optionsText, type PendingInvitation, payerText, statusText } from './labels.js';

type AcceptResult = RouterOutputs['invitations']['accept'];
type DeclineResult = RouterOutputs['invitations']['decline'];

/** The invitation cannot be answered any more: the list is out of date, not the request. */
const goneCodes: ReadonlySet<CollabErrorCode> = new Set<CollabErrorCode>([
  'INVITATION_NOT_FOUND',
  'INVITATION_EXPIRED',
  'INVITATION_ALREADY_ACCEPTED',
  'INVITATION_ALREADY_DECLINED',
  'INVITATION_CANCELLED',
  'INVITATION_REPLACED',
  'INVITATION_NOT_PENDING',
]);

/** Asking again cannot help a user the server does not let answer. */
const refusedCodes: ReadonlySet<CollabErrorCode> = new Set<CollabErrorCode>([
  'ACCOUNT_ADMIN_REQUIRED',
  'ACCOUNT_USER_REQUIRED',
  'INVITATION_WRONG_COMPANY',
]);

export interface InvitationAnswers {
  onAccepted: (invitation: PendingInvitation, result: AcceptResult) => void;
  onDeclined: (invitation: PendingInvitation, reason: string | null, result: DeclineResult) => void;
  /** Answered elsewhere, expired or withdrawn meanwhile: said at the top, and the list is read again. */
  onGone: (invitation: PendingInvitation, failure: DescribedError) => void;
}

type Mode = 'idle' | 'accepting' | 'declining';

/** Who at the agency gets access on accepting, per task the invitation's services hang on. */
function StaffOnAccept({ invitation }: { invitation: PendingInvitation }) {
  const translator = useTranslator();
  const tasks = new Map<string, NonNullable<PendingInvitation['services'][number]['task']>>();
  for (const service of invitation.services) {
    if (service.task) tasks.set(service.task.id, service.task);
  }
  return [...tasks.values()].map((task) => (
    <p className="collab-paragraph" key={task.id}>
      {task.participants.length > 0
        ? translator.text('customerView.staffOnAccept', {
            names: translator.list(task.participants.map((person) => person.name)),
            task: task.name,
          })
        : translator.text('customerView.noStaffOnAccept', { task: task.name })}
    </p>
  ));
}

/**
 * One invitation waiting for an answer: the agency, who sent it and when, until when it is
 * valid, its services with their options and who pays, and who gets access. An admin accepts
 * (after reading the terms) or declines (with an optional reason) right here.
 */
export function InvitationCard({
  invitation,
  canAnswer,
  answers,
}: {
  invitation: PendingInvitation;
  canAnswer: boolean;
  answers: InvitationAnswers;
}) {
  const translator = useTranslator();
  const trpc = useTRPC();
  const emit = useEmit();
  const view = useViewName();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('idle');
  const [reason, setReason] = useState('');
  /** The services the admin unticked in the accept panel: declined, with those needing them. */
  const [unticked, setUnticked] = useState<ReadonlySet<ServiceId>>(new Set());
  const serviceChoice = serviceAnswers(invitation.services, unticked);
  const [failure, setFailure] = useState<DescribedError | null>(null);
  /** Answered: the list is being read again; nothing more to press meanwhile. */
  const [answered, setAnswered] = useState(false);
  const accept = useMutation(trpc.invitations.accept.mutationOptions());
  const decline = useMutation(trpc.invitations.decline.mutationOptions());
  const acceptButtonRef = useRef<HTMLButtonElement>(null);
  const declineButtonRef = useRef<HTMLButtonElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  /** Where the focus goes back to when a panel is cancelled. */
  const [returnTo, setReturnTo] = useState<Mode | null>(null);
  useEffect(() => {
    if (returnTo === 'accepting') acceptButtonRef.current?.focus();
    if (returnTo === 'declining') declineButtonRef.current?.focus();
  }, [returnTo]);

  function open(next: Mode) {
    setFailure(null);
    setReturnTo(null);
    setMode(next);
  }

  function cancel() {
    setReturnTo(mode);
    setFailure(null);
    setMode('idle');
  }

  function failed(error: unknown) {
    const described = describeError(error, translator);
    emit('collab:error', { ...described, view });
    if (goneCodes.has(described.code)) answers.onGone(invitation, described);
    else setFailure(described);
  }

  function toggleService(service: ServiceId) {
    setFailure(null);
    setUnticked((before) => {
      const after = new Set(before);
      if (!after.delete(service)) after.add(service);
      return after;
    });
  }

  function sendAccept() {
    setFailure(null);
    const declinedServices = declinedServicesOf(serviceChoice);
    accept.mutate(
      // Left out when every service is accepted: the answer as it always was.
      declinedServices.length > 0
        ? { invitationId: invitation.id, declinedServices }
        : { invitationId: invitation.id },
      {
        onSuccess: (result) => {
          setAnswered(true);
          // What became active, for the message above the list; the declined ones show in
          // the list itself, read again (flow 2, per-service answers).
          answers.onAccepted(invitation, {
            ...result,
            collaborations: result.collaborations.filter(
              (collaboration) => collaboration.status === 'active',
            ),
          });
        },
        onError: failed,
      },
    );
  }

  function sendDecline() {
    setFailure(null);
    const given = reason.trim();
    decline.mutate(
      given ? { invitationId: invitation.id, reason: given } : { invitationId: invitation.id },
      {
        onSuccess: (result) => {
          setAnswered(true);
          answers.onDeclined(invitation, given || null, result);
        },
        onError: failed,
      },
    );
  }

  const canRetry = failure === null || !refusedCodes.has(failure.code);

  return (
    <li className="collab-customer-item">
      <article aria-labelledby={headingId}>
        <div className="collab-customer-item__header">
          <h4 className="collab-customer-item__title" id={headingId}>
            {translator.text('customerView.invitationHeading', { agency: invitation.agencyName })}
          </h4>
          <span className="collab-badge">{statusText(translator, 'pending')}</span>
        </div>
        <p className="collab-muted">
          {translator.text('customerView.invitationSent', {
            date: translator.date(invitation.sentAt),
            name: invitation.invitedByName,
          })}{' '}
          {translator.text('customerView.invitationExpires', {
            date: translator.date(invitation.expiresAt),
          })}
        </p>
        <h5 className="collab-minor-heading">{translator.text('customerView.servicesHeading')}</h5>
        <ul className="collab-list">
          {invitation.services.map((service) => {
            const options = optionsText(translator, service.options);
            return (
              <li key={service.collaborationId}>
                <span className="collab-strong">{service.name}</span>
                {options ? ` (${options})` : ''}.{' '}
                {translator.text('customerView.paidBy', {
                  payer: payerText(translator, service.invoiceRecipient),
                })}
              </li>
            );
          })}
        </ul>
        <StaffOnAccept invitation={invitation} />
        {answered ? null : !canAnswer ? (
          <p className="collab-muted">{translator.text('customerView.waitingForAdmin')}</p>
        ) : mode === 'accepting' ? (
          <AcceptPanel
            choice={{
              services: invitation.services,
              answers: serviceChoice,
              onToggle: toggleService,
            }}
            needsOf={(service) =>
              invitation.services.find((candidate) => candidate.service === service)?.needs ?? []
            }
            agencyName={invitation.agencyName}
            sending={accept.isPending}
            failure={failure}
            canRetry={canRetry}
            onConfirm={sendAccept}
            onCancel={cancel}
          />
        ) : mode === 'declining' ? (
          <DeclinePanel
            agencyName={invitation.agencyName}
            invitedByName={invitation.invitedByName}
            reason={reason}
            onReason={setReason}
            reasonRef={reasonRef}
            sending={decline.isPending}
            failure={failure}
            canRetry={canRetry}
            onConfirm={sendDecline}
            onCancel={cancel}
          />
        ) : (
          <div className="collab-customer-actions">
            <button
              type="button"
              ref={acceptButtonRef}
              className="collab-button collab-button--primary"
              aria-describedby={headingId}
              onClick={() => open('accepting')}
            >
              {translator.text('customerView.accept')}
            </button>
            <button
              type="button"
              ref={declineButtonRef}
              className="collab-button"
              aria-describedby={headingId}
              onClick={() => open('declining')}
            >
              {translator.text('customerView.decline')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
