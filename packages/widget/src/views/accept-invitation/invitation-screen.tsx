import { serviceCatalog } from '@collab/contracts';
import { useId } from 'react';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import { type ServiceAnswer, serviceAnswers } from '../service-answers.js';
import type { ScreenNamed } from './accept-screens.js';
import { InvitationSummary } from './invitation-summary.js';
import { ScreenHeading } from './screen-focus.js';
import { ActionFailure } from './screen-parts.js';
import type { AcceptPageState } from './use-accept-page.js';

/** "Ni accepterar eEkonomi och avböjer Scanner.": the choice in one line, beside its buttons. */
function choiceText(translator: Translator, answers: readonly ServiceAnswer[]): string {
  const names = (accepted: boolean) =>
    translator.list(
      answers
        .filter((answer) => answer.accepted === accepted)
        .map((answer) => serviceCatalog[answer.service].name),
    );
  const acceptedCount = answers.filter((answer) => answer.accepted).length;
  if (acceptedCount === 0) return translator.text('accept.answer.none');
  if (acceptedCount === answers.length)
    return translator.text('accept.answer.all', { services: names(true) });
  return translator.text('accept.answer.some', { accepted: names(true), declined: names(false) });
}

/**
 * The pending invitation for someone who may answer it: everything the company decides on,
 * a choice per service, and the answer bar. The bar stays in view at the bottom of the
 * window however long the page (docs/flows.md, flow 2), so the choice is never below the fold.
 */
export function InvitationScreen({
  screen,
  page,
}: {
  screen: ScreenNamed<'invitation'>;
  page: Pick<
    AcceptPageState,
    'actionFailure' | 'accepting' | 'unticked' | 'toggleService' | 'accept' | 'startDecline'
  >;
}) {
  const translator = useTranslator();
  const { invitation, signedInAs } = screen;
  const { actionFailure: failure, accepting } = page;
  const failureId = useId();
  const choiceId = useId();
  const answers = serviceAnswers(invitation.services, page.unticked);
  const acceptedCount = answers.filter((answer) => answer.accepted).length;
  const nothingChosen = acceptedCount === 0;
  const describedBy = [choiceId, failure ? failureId : null].filter(Boolean).join(' ');
  return (
    <section className="collab-accept__invitation" aria-busy={accepting}>
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
      <InvitationSummary
        invitation={invitation}
        // One service is a yes or a no: Accept and Decline say it, without a checkbox.
        choice={
          invitation.services.length > 1 ? { answers, onToggle: page.toggleService } : undefined
        }
      />
      <fieldset className="collab-accept__answer-bar">
        <legend className="collab-visually-hidden">{translator.text('accept.answer.label')}</legend>
        <p className="collab-accept__choice" id={choiceId} aria-live="polite">
          {choiceText(translator, answers)}
        </p>
        {failure ? <ActionFailure id={failureId} failure={failure} /> : null}
        <div className="collab-accept__actions">
          {/* aria-disabled, not disabled: the button keeps the focus while the answer is sent. */}
          <button
            type="button"
            className="collab-button collab-button--primary"
            aria-disabled={accepting || nothingChosen}
            aria-describedby={describedBy}
            onClick={() => {
              if (!nothingChosen) page.accept(invitation);
            }}
          >
            {accepting
              ? translator.text('accept.accepting')
              : acceptedCount === answers.length || nothingChosen
                ? translator.text('accept.accept')
                : translator.plural('accept.acceptChosen', acceptedCount)}
          </button>
          <button
            type="button"
            className="collab-button"
            aria-disabled={accepting}
            onClick={() => {
              if (!accepting) page.startDecline(invitation);
            }}
          >
            {translator.text('accept.decline')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
