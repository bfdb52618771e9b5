import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import { type Collaboration, optionsText, payerText, serviceNameOf, statusText } from './labels.js';

/** The End buttons by collaboration, so the focus can come back to one after its dialog. */
export type EndButtonRegistry = (collaborationId: string, button: HTMLButtonElement | null) => void;

function CollaborationItem({
  collaboration,
  canEnd,
  onEnd,
  registerEndButton,
}: {
  collaboration: Collaboration;
  canEnd: boolean;
  onEnd: (collaboration: Collaboration) => void;
  registerEndButton: EndButtonRegistry;
}) {
  const translator = useTranslator();
  const headingId = useId();
  const options = optionsText(translator, collaboration.options);
  const endable = canEnd && collaboration.status === 'active' && collaboration.linked;
  return (
    <li
      className={
        collaboration.status === 'active'
          ? 'collab-customer-item'
          : 'collab-customer-item collab-customer-item--past'
      }
    >
      <article aria-labelledby={headingId}>
        <div className="collab-customer-item__header">
          {/* The agency is named once, by the section's heading above (agency-section.tsx). */}
          <h4 className="collab-customer-item__title" id={headingId}>
            {serviceNameOf(translator, collaboration)}
          </h4>
          <span className="collab-badge">{statusText(translator, collaboration.status)}</span>
        </div>
        <dl className="collab-facts">
          <div className="collab-facts__row">
            <dt>{translator.text('customerView.task')}</dt>
            <dd>{collaboration.task?.name ?? translator.text('customerView.noTask')}</dd>
          </div>
          <div className="collab-facts__row">
            <dt>{translator.text('customerView.options')}</dt>
            <dd>{options ?? translator.text('customerView.noOptions')}</dd>
          </div>
          <div className="collab-facts__row">
            <dt>{translator.text('customerView.paidByLabel')}</dt>
            <dd>{payerText(translator, collaboration.invoiceRecipient)}</dd>
          </div>
          {collaboration.activatedAt ? (
            <div className="collab-facts__row">
              <dt>{translator.text('customerView.activeSince')}</dt>
              <dd>{translator.date(collaboration.activatedAt)}</dd>
            </div>
          ) : null}
          {collaboration.status === 'declined' ? (
            <>
              {collaboration.invitation?.answeredAt ? (
                <div className="collab-facts__row">
                  <dt>{translator.text('customerView.declinedOn')}</dt>
                  <dd>{translator.date(collaboration.invitation.answeredAt)}</dd>
                </div>
              ) : null}
              <div className="collab-facts__row">
                <dt>{translator.text('customerView.declineReasonLabel')}</dt>
                <dd>
                  {collaboration.invitation?.declineReason?.trim()
                    ? collaboration.invitation.declineReason
                    : translator.text('customerView.noDeclineReason')}
                </dd>
              </div>
            </>
          ) : null}
          {collaboration.endedAt ? (
            <div className="collab-facts__row">
              <dt>{translator.text('customerView.endedOn')}</dt>
              <dd>{translator.date(collaboration.endedAt)}</dd>
            </div>
          ) : null}
        </dl>
        {endable ? (
          <div className="collab-customer-actions">
            <button
              type="button"
              className="collab-button"
              aria-haspopup="dialog"
              aria-describedby={headingId}
              ref={(button) => registerEndButton(collaboration.id, button)}
              onClick={() => onEnd(collaboration)}
            >
              {translator.text('customerView.end')}
            </button>
          </div>
        ) : null}
      </article>
    </li>
  );
}

/** Active collaborations first, then the ones that are over; each in the API's order. */
function activeFirst(collaborations: readonly Collaboration[]): Collaboration[] {
  return [
    ...collaborations.filter((collaboration) => collaboration.status === 'active'),
    ...collaborations.filter((collaboration) => collaboration.status !== 'active'),
  ];
}

/** One agency's collaborations with the company, active first; an admin can end an active one. */
export function CollaborationCards({
  collaborations,
  canEnd,
  onEnd,
  registerEndButton,
}: {
  collaborations: readonly Collaboration[];
  canEnd: boolean;
  onEnd: (collaboration: Collaboration) => void;
  registerEndButton: EndButtonRegistry;
}) {
  return (
    <ul className="collab-customer-list">
      {activeFirst(collaborations).map((collaboration) => (
        <CollaborationItem
          key={collaboration.id}
          collaboration={collaboration}
          canEnd={canEnd}
          onEnd={onEnd}
          registerEndButton={registerEndButton}
        />
      ))}
    </ul>
  );
}
