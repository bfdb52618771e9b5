import { reasonMaxLength } from '@collab/contracts';
import { useId } from 'react';
import type { DescribedError } from '../../api/errors.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { Invitation, ScreenNamed } from './accept-screens.js';
import { ScreenHeading } from './screen-focus.js';
import { ActionFailure } from './screen-parts.js';

/** Declining, with an optional reason for the employee who sent the invitation. */
export function DeclineForm({
  screen,
  failure,
  declining,
  reason,
  onReason,
  onDecline,
  onBack,
}: {
  screen: ScreenNamed<'declining'>;
  failure: DescribedError | null;
  declining: boolean;
  reason: string;
  onReason: (reason: string) => void;
  onDecline: (invitation: Invitation) => void;
  onBack: () => void;
}) {
  const translator = useTranslator();
  const { invitation } = screen;
  const baseId = useId();
  const reasonId = `${baseId}-reason`;
  const hintId = `${baseId}-hint`;
  const failureId = `${baseId}-failure`;
  return (
    <section aria-busy={declining}>
      <ScreenHeading>
        {translator.text('accept.declineForm.heading', { agencyName: invitation.agencyName })}
      </ScreenHeading>
      <p className="collab-paragraph">
        {translator.text('accept.declineForm.intro', {
          invitedByName: invitation.invitedByName,
          agencyName: invitation.agencyName,
        })}
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onDecline(invitation);
        }}
      >
        <div className="collab-field">
          <label htmlFor={reasonId}>{translator.text('accept.declineForm.reason')}</label>
          <textarea
            id={reasonId}
            className="collab-input collab-accept__reason"
            rows={4}
            maxLength={reasonMaxLength}
            value={reason}
            aria-describedby={hintId}
            onChange={(event) => onReason(event.target.value)}
          />
          <p className="collab-muted" id={hintId}>
            {translator.text('accept.declineForm.reasonHint', {
              invitedByName: invitation.invitedByName,
            })}
          </p>
        </div>
        {failure ? <ActionFailure id={failureId} failure={failure} /> : null}
        <div className="collab-accept__actions">
          <button
            type="submit"
            className="collab-button collab-button--primary"
            aria-disabled={declining}
            aria-describedby={failure ? failureId : undefined}
            onClick={(event) => {
              if (declining) event.preventDefault();
            }}
          >
            {declining
              ? translator.text('accept.declineForm.declining')
              : translator.text('accept.declineForm.confirm')}
          </button>
          <button
            type="button"
            className="collab-button"
            onClick={() => {
              if (!declining) onBack();
            }}
          >
            {translator.text('accept.declineForm.back')}
          </button>
        </div>
      </form>
    </section>
  );
}
