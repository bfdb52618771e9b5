import { reasonMaxLength, termsFor } from '@collab/contracts';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef } from 'react';
import type { DescribedError } from '../../api/errors.js';
import { useTranslator } from '../../runtime/widget-context.js';

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
}: PanelProps & { label: 'customerView.confirmAccept' | 'customerView.confirmDecline' }) {
  const translator = useTranslator();
  return (
    <div className="collab-customer-actions">
      {failure && !canRetry ? null : (
        <button
          type="submit"
          className="collab-button collab-button--primary"
          aria-disabled={sending}
        >
          {sending
            ? translator.text('customerView.sending')
            : failure
              ? translator.text('customerView.retry')
              : translator.text(label)}
        </button>
      )}
      <button type="button" className="collab-button" onClick={onCancel}>
        {translator.text('customerView.cancel')}
      </button>
    </div>
  );
}

/**
 * Accepting, inline: the terms of an existing account's invitation (`termsFor`), naming the
 * agency, then the confirmation. The panel's heading takes the focus when it opens.
 */
export function AcceptPanel(props: PanelProps) {
  const { agencyName, sending, failure, onConfirm, onCancel } = props;
  const translator = useTranslator();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
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
      <h5
        className="collab-minor-heading collab-step-heading"
        id={headingId}
        tabIndex={-1}
        ref={headingRef}
      >
        {translator.text('customerView.termsHeading', { agency: agencyName })}
      </h5>
      <p className="collab-muted">{translator.text('customerView.termsIntro')}</p>
      <ul className="collab-list">
        {termsFor('existing_account', translator.locale, agencyName).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <FailureLine failure={failure} />
      <PanelButtons {...props} label="customerView.confirmAccept" />
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
