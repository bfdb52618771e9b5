import {
  companyTermsFor,
  reasonMaxLength,
  type ServiceId,
  serviceCatalog,
} from '@collab/contracts';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef } from 'react';
import type { DescribedError } from '../../api/errors.js';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { ServiceAnswer } from '../service-answers.js';

interface PanelProps {
  agencyName: string;
  sending: boolean;
  failure: DescribedError | null;
  /** False when asking again cannot help (the user is not an admin after all). */
  canRetry: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Escape inside a panel cancels it, as it would close a dialog. */
function cancelOnEscape(onCancel: () => void) {
  return (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  };
}

function FailureLine({ failure }: { failure: DescribedError | null }) {
  return failure ? (
    <p className="collab-alert" role="alert">
      {failure.message}
    </p>
  ) : null;
}

/** Confirm (Retry after a failure that is worth retrying) and Cancel. */
function PanelButtons({
  sending,
  failure,
  canRetry,
  onCancel,
  label,
  chosen = null,
  nothingChosen = false,
}: PanelProps & {
  label: 'customerView.confirmAccept' | 'customerView.confirmDecline';
  /** Accepting part of the invitation: how many services, for the button's words. */
  chosen?: number | null;
  /** No service is ticked: nothing to accept, so the button does nothing (see the line above). */
  nothingChosen?: boolean;
}) {
  const translator = useTranslator();
  return (
    <div className="collab-customer-actions">
      {failure && !canRetry ? null : (
        <button
          type="submit"
          className="collab-button collab-button--primary"
          aria-disabled={sending || nothingChosen}
        >
          {sending
            ? translator.text('customerView.sending')
            : failure
              ? translator.text('customerView.retry')
              : chosen !== null
                ? translator.plural('customerView.confirmChosen', chosen)
                : translator.text(label)}
        </button>
      )}
      <button type="button" className="collab-button" onClick={onCancel}>
        {translator.text('customerView.cancel')}
      </button>
    </div>
  );
}

/** The admin's choice per service (flow 2, per-service answers). */
export interface ServiceChoice {
  services: readonly { service: ServiceId; name: string }[];
  answers: readonly ServiceAnswer[];
  onToggle: (service: ServiceId) => void;
}

const nameOf = (service: ServiceId) => serviceCatalog[service].name;

/** Why a service cannot be chosen, or what it needs; null when it needs nothing. */
function needsText(
  translator: Translator,
  agencyName: string,
  name: string,
  answer: ServiceAnswer,
  needs: readonly ServiceId[],
): string | null {
  if (answer.missing.length > 0)
    return translator.text('customerView.serviceMissing', {
      service: name,
      required: translator.list(answer.missing.map(nameOf)),
      agency: agencyName,
    });
  if (answer.blockedBy.length > 0)
    return translator.text('customerView.serviceBlocked', {
      service: name,
      required: translator.list(answer.blockedBy.map(nameOf)),
    });
  return needs.length > 0
    ? translator.text('customerView.serviceNeeds', { required: translator.list(needs.map(nameOf)) })
    : null;
}

/** One checkbox per service: ticked is accepted; one whose need is unticked goes with it. */
function ServiceChoices({
  agencyName,
  choice,
  needsOf,
}: {
  agencyName: string;
  choice: ServiceChoice;
  needsOf: (service: ServiceId) => readonly ServiceId[];
}) {
  const translator = useTranslator();
  const baseId = useId();
  const accepted = choice.answers.filter((answer) => answer.accepted);
  const declined = choice.answers.filter((answer) => !answer.accepted);
  return (
    <fieldset className="collab-fieldset">
      <legend className="collab-legend">{translator.text('customerView.choiceLegend')}</legend>
      <ul className="collab-services">
        {choice.services.map(({ service, name }) => {
          const answer = choice.answers.find((candidate) => candidate.service === service);
          if (!answer) return null;
          const id = `${baseId}-${service}`;
          const line = needsText(translator, agencyName, name, answer, needsOf(service));
          const blocked = answer.blockedBy.length > 0 || answer.missing.length > 0;
          return (
            <li key={service}>
              <div className="collab-choice">
                <input
                  type="checkbox"
                  id={id}
                  checked={answer.accepted}
                  disabled={blocked}
                  aria-describedby={line ? `${id}-needs` : undefined}
                  onChange={() => choice.onToggle(service)}
                />
                <label htmlFor={id}>{name}</label>
              </div>
              {line ? (
                <p className={blocked ? 'collab-strong' : 'collab-muted'} id={`${id}-needs`}>
                  {line}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="collab-muted" aria-live="polite">
        {accepted.length === 0
          ? translator.text('customerView.answerNone')
          : declined.length === 0
            ? translator.text('customerView.answerAll', {
                services: translator.list(accepted.map((answer) => nameOf(answer.service))),
              })
            : translator.text('customerView.answerSome', {
                accepted: translator.list(accepted.map((answer) => nameOf(answer.service))),
                declined: translator.list(declined.map((answer) => nameOf(answer.service))),
              })}
      </p>
    </fieldset>
  );
}

/**
 * Accepting, inline: the services to accept, one by one (the dependencies said before
 * anything is sent), the invitation's terms as the company reads them (`companyTermsFor`), naming the
 * agency, then the confirmation. The panel's heading takes the focus when it opens.
 */
export function AcceptPanel(
  props: PanelProps & {
    choice: ServiceChoice;
    needsOf: (service: ServiceId) => readonly ServiceId[];
  },
) {
  const { agencyName, sending, failure, onConfirm, onCancel, choice } = props;
  const translator = useTranslator();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const acceptedCount = choice.answers.filter((answer) => answer.accepted).length;
  const nothingChosen = acceptedCount === 0;
  return (
    <form
      className="collab-customer-panel"
      aria-labelledby={headingId}
      aria-busy={sending}
      onKeyDown={cancelOnEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        // Accepting nothing is declining: the card's Decline is for that, with a reason.
        if (!sending && !nothingChosen) onConfirm();
      }}
    >
      <h5
        className="collab-minor-heading collab-step-heading"
        id={headingId}
        tabIndex={-1}
        ref={headingRef}
      >
        {translator.text('customerView.termsHeading', { agency: agencyName })}
      </h5>
      {choice.services.length > 1 ? (
        <ServiceChoices agencyName={agencyName} choice={choice} needsOf={props.needsOf} />
      ) : null}
      <p className="collab-muted">{translator.text('customerView.termsIntro')}</p>
      <ul className="collab-list">
        {companyTermsFor(translator.locale, agencyName).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <FailureLine failure={failure} />
      <PanelButtons
        {...props}
        nothingChosen={nothingChosen}
        label="customerView.confirmAccept"
        chosen={acceptedCount < choice.answers.length && !nothingChosen ? acceptedCount : null}
      />
    </form>
  );
}

/**
 * Declining, inline: an optional reason, which the inviting employee is shown. The reason
 * field takes the focus when the panel opens.
 */
export function DeclinePanel(
  props: PanelProps & {
    invitedByName: string;
    reason: string;
    onReason: (reason: string) => void;
    reasonRef: RefObject<HTMLTextAreaElement | null>;
  },
) {
  const { agencyName, invitedByName, sending, failure, onConfirm, onCancel } = props;
  const translator = useTranslator();
  const baseId = useId();
  const headingId = `${baseId}-heading`;
  const reasonId = `${baseId}-reason`;
  const hintId = `${baseId}-hint`;
  const { reasonRef } = props;
  useEffect(() => reasonRef.current?.focus(), [reasonRef]);
  return (
    <form
      className="collab-customer-panel"
      aria-labelledby={headingId}
      aria-busy={sending}
      onKeyDown={cancelOnEscape(onCancel)}
      onSubmit={(event) => {
        event.preventDefault();
        if (!sending) onConfirm();
      }}
    >
      <h5 className="collab-minor-heading" id={headingId}>
        {translator.text('customerView.declineHeading', { agency: agencyName })}
      </h5>
      <div className="collab-field">
        <label htmlFor={reasonId}>{translator.text('customerView.declineReason')}</label>
        <textarea
          id={reasonId}
          ref={reasonRef}
          className="collab-input collab-customer-reason"
          rows={3}
          maxLength={reasonMaxLength}
          value={props.reason}
          aria-describedby={hintId}
          onChange={(event) => props.onReason(event.target.value)}
        />
        <p className="collab-muted" id={hintId}>
          {translator.text('customerView.declineReasonHint', {
            name: invitedByName,
            agency: agencyName,
          })}
        </p>
      </div>
      <FailureLine failure={failure} />
      <PanelButtons {...props} label="customerView.confirmDecline" />
    </form>
  );
}
