import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { type InvitationAnswers, InvitationCard } from './invitation-card.js';
import type { PendingInvitation } from './labels.js';

/** The invitations that wait for the company's answer, newest first. */
export function PendingInvitations({
  invitations,
  canAnswer,
  answers,
}: {
  invitations: readonly PendingInvitation[];
  canAnswer: boolean;
  answers: InvitationAnswers;
}) {
  const translator = useTranslator();
  const headingId = useId();
  return (
    <section className="collab-customer-section" aria-labelledby={headingId}>
      <h3 className="collab-subheading" id={headingId}>
        {translator.plural('customerView.pendingHeading', invitations.length)}
      </h3>
      <ul className="collab-customer-list">
        {invitations.map((invitation) => (
          <InvitationCard
            key={invitation.id}
            invitation={invitation}
            canAnswer={canAnswer}
            answers={answers}
          />
        ))}
      </ul>
    </section>
  );
}
