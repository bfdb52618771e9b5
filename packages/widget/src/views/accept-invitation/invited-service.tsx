import {
  optionNameLabel,
  optionValueLabel,
  optionValueMeaning,
  type ServiceId,
  serviceCatalog,
  serviceMeanings,
} from '@collab/contracts';
import { useId } from 'react';
import { useTranslator } from '../../runtime/widget-context.js';
import type { ServiceAnswer } from '../service-answers.js';
import type { Invitation } from './accept-screens.js';

type InvitedServiceData = Invitation['services'][number];

const nameOf = (service: ServiceId) => serviceCatalog[service].name;

/**
 * One invited service as the company reads it: what it means for the company, each option
 * with its plain line, who pays by name, and what it needs. With `onToggle`, the admin ticks it
 * to accept or unticks it to decline; a service whose need is unticked is unticked with it,
 * and says why, before anything is sent.
 */
export function InvitedService({
  invitation,
  service,
  answer,
  onToggle,
}: {
  invitation: Invitation;
  service: InvitedServiceData;
  answer?: ServiceAnswer | undefined;
  onToggle?: ((service: ServiceId) => void) | undefined;
}) {
  const translator = useTranslator();
  const id = useId();
  const meaningId = `${id}-meaning`;
  const needsId = `${id}-needs`;
  const { locale } = translator;
  const options = Object.entries(service.options).filter(([name]) => name !== 'invoiceRecipient');
  const blocked = answer ? answer.blockedBy.length > 0 || answer.missing.length > 0 : false;
  const needsLine =
    answer && answer.missing.length > 0
      ? translator.text('accept.service.missing', {
          service: service.name,
          required: translator.list(answer.missing.map(nameOf)),
          agencyName: invitation.agencyName,
        })
      : answer && answer.blockedBy.length > 0
        ? translator.text('accept.service.blocked', {
            service: service.name,
            required: translator.list(answer.blockedBy.map(nameOf)),
          })
        : service.needs.length > 0
          ? translator.text('accept.service.needs', {
              required: translator.list(service.needs.map(nameOf)),
            })
          : null;
  return (
    <li
      className={`collab-service collab-accept__service${answer && !answer.accepted ? ' collab-accept__service--declined' : ''}`}
    >
      {answer && onToggle ? (
        <div className="collab-choice collab-service__name">
          <input
            type="checkbox"
            id={id}
            checked={answer.accepted}
            disabled={blocked}
            aria-describedby={needsLine ? `${meaningId} ${needsId}` : meaningId}
            onChange={() => onToggle(service.service)}
          />
          <label htmlFor={id}>{service.name}</label>
        </div>
      ) : (
        <p className="collab-service__name">{service.name}</p>
      )}
      <p className="collab-accept__meaning" id={meaningId}>
        {serviceMeanings[locale][service.service]}
      </p>
      {options.map(([name, value]) => {
        const meaning = optionValueMeaning(locale, name, value);
        return (
          <p className="collab-accept__option" key={name}>
            <span className="collab-strong">
              {optionNameLabel(locale, name)}: {optionValueLabel(locale, name, value)}
            </span>
            {meaning ? <span className="collab-muted"> – {meaning}</span> : null}
          </p>
        );
      })}
      <p className="collab-accept__option">
        {translator.text('accept.paidBy', {
          payer:
            service.invoiceRecipient === 'agency'
              ? translator.text('accept.payer.agency', { agencyName: invitation.agencyName })
              : translator.text('accept.payer.customer', { customerName: invitation.customerName }),
        })}
      </p>
      {needsLine ? (
        <p className={blocked ? 'collab-accept__needs' : 'collab-muted'} id={needsId}>
          {needsLine}
        </p>
      ) : null}
    </li>
  );
}
