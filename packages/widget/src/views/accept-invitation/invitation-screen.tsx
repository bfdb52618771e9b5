import { useId } from 'react';
import type { DescribedError } from '../../api/errors.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { Invitation, ScreenNamed } from './accept-screens.js';
import { InvitationSummary } from './invitation-summary.js';
import { ScreenHeading } from './screen-focus.js';
import { ActionFailure } from './screen-parts.js';

/** The pending invitation for someone who may answer it, with Accept and Decline. */
export function InvitationScreen({
  screen,
  failure,
  accepting,
  onAccept,
  onStartDecline,
}: {
  screen: ScreenNamed<'invitation'>;
  failure: DescribedError | null;
  accepting: boolean;
  onAccept: (invitation: Invitation) => void;
  onStartDecline: (invitation: Invitation) => void;
}) {
  const translator = useTranslator();
  const { invitation, signedInAs } = screen;
  const failureId = useId();
  return (
    <section aria-busy={accepting}>
      <ScreenHeading>
        {translator.text('accept.invitation.heading', { agencyName: invitation.agencyName })}
      </ScreenHeading>
      <p className="collab-paragraph">
        {translator.text('accept.invitation.intro', {
          invitedByName: invitation.invitedByName,
          agencyName: invitation.agencyName,
          customerName: invitation.customerName,
        })}
      </p>
      <p className="collab-muted">{translator.text('accept.signedInAs', signedInAs)}</p>
      <InvitationSummary invitation={invitation} />
      {failure ? <ActionFailure id={failureId} failure={failure} /> : null}
      <div className="collab-accept__actions">
        {/* aria-disabled, not disabled: the button keeps the focus while the answer is sent. */}
        <button
          type="button"
          className="collab-button collab-button--primary"
          aria-disabled={accepting}
          aria-describedby={failure ? failureId : undefined}
          onClick={() => onAccept(invitation)}
        >
          {accepting ? translator.text('accept.accepting') : translator.text('accept.accept')}
        </button>
        <button
          type="button"
          className="collab-button"
          aria-disabled={accepting}
          onClick={() => {
            if (!accepting) onStartDecline(invitation);
          }}
        >
          {translator.text('accept.decline')}
        </button>
      </div>
    </section>
  );
}
