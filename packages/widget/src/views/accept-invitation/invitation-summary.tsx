import { companyTermsFor, type Locale, type ServiceId } from '@collab/contracts';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { ServiceAnswer } from '../service-answers.js';
import type { Invitation } from './accept-screens.js';
import { InvitedService } from './invited-service.js';
import { StaffWithAccess } from './staff-with-access.js';

const intlTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** "27 december 2026, kl. 10:00": an invitation expires at a moment, not at midnight. */
function expiryText(translator: Translator, expiresAt: string): string {
  const time = new Intl.DateTimeFormat(intlTags[translator.locale], {
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(expiresAt));
  return translator.text('accept.expiresAt', { date: translator.date(expiresAt), time });
}

/** The admin's choice per service, when the person may answer; read-only without it. */
export interface ServiceChoice {
  answers: readonly ServiceAnswer[];
  onToggle: (service: ServiceId) => void;
}

/**
 * What the company decides on, in its own words (docs/glossary.md): each service with what it
 * means for the company, its options and who pays; who at the agency gets access, by name and
 * role; the invitation's facts and the terms, written from the company's side. Shown before
 * answering, and to anyone who cannot answer yet, so they know what signing in is for.
 */
export function InvitationSummary({
  invitation,
  choice,
}: {
  invitation: Invitation;
  choice?: ServiceChoice | undefined;
}) {
  const translator = useTranslator();
  const terms = companyTermsFor(translator.locale, invitation.agencyName);
  const services = (
    <ul className="collab-services">
      {invitation.services.map((service) => (
        <InvitedService
          key={service.service}
          invitation={invitation}
          service={service}
          answer={choice?.answers.find((answer) => answer.service === service.service)}
          onToggle={choice?.onToggle}
        />
      ))}
    </ul>
  );
  return (
    <>
      {choice ? (
        <fieldset className="collab-accept__choices">
          <legend>
            <h3 className="collab-minor-heading">{translator.text('accept.choice.legend')}</h3>
          </legend>
          <p className="collab-muted">{translator.text('accept.choice.hint')}</p>
          {services}
        </fieldset>
      ) : (
        <>
          <h3 className="collab-minor-heading">{translator.text('accept.services')}</h3>
          {services}
        </>
      )}
      <StaffWithAccess invitation={invitation} />
      <h3 className="collab-minor-heading">{translator.text('accept.facts')}</h3>
      <dl className="collab-facts">
        <div className="collab-facts__row">
          <dt>{translator.text('accept.agency')}</dt>
          <dd>{invitation.agencyName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.company')}</dt>
          <dd>{invitation.customerName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.invitedBy')}</dt>
          <dd>{invitation.invitedByName}</dd>
        </div>
        <div className="collab-facts__row">
          <dt>{translator.text('accept.expires')}</dt>
          <dd>{expiryText(translator, invitation.expiresAt)}</dd>
        </div>
      </dl>
      <h3 className="collab-minor-heading">{translator.text('accept.terms')}</h3>
      <ul className="collab-list">
        {terms.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
