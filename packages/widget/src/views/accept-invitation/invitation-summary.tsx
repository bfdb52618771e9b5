import { type Locale, termsFor } from '@collab/contracts';
import { optionLines } from '../../i18n/option-labels.js';
import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { Invitation } from './accept-screens.js';

const intlTags: Readonly<Record<Locale, string>> = { sv: 'sv-SE', en: 'en-GB' };

/** "27 december 2026, kl. 10:00": an invitation expires at a moment, not at midnight. */
function expiryText(translator: Translator, expiresAt: string): string {
  const time = new Intl.DateTimeFormat(intlTags[translator.locale], {
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(expiresAt));
  return translator.text('accept.expiresAt', { date: translator.date(expiresAt), time });
}

/**
 * What the invitation offers: the parties, the services with their options and payer, the
 * terms. Shown before answering, and to a signed-out person so they know what signing in is for.
 */
export function InvitationSummary({ invitation }: { invitation: Invitation }) {
  const translator = useTranslator();
  const terms = termsFor('existing_account', translator.locale, invitation.agencyName);
  return (
    <>
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
      <h3 className="collab-minor-heading">{translator.text('accept.services')}</h3>
      <ul className="collab-services">
        {invitation.services.map((service) => (
          <li className="collab-service" key={service.service}>
            <p className="collab-service__name">{service.name}</p>
            {optionLines(translator.locale, service.options).map((line) => (
              <p className="collab-accept__option" key={line}>
                {line}
              </p>
            ))}
            <p className="collab-accept__option">
              {translator.text('accept.paidBy', {
                payer:
                  service.invoiceRecipient === 'agency'
                    ? translator.text('accept.payer.agency', { agencyName: invitation.agencyName })
                    : translator.text('accept.payer.customer', {
                        customerName: invitation.customerName,
                      }),
              })}
            </p>
          </li>
        ))}
      </ul>
      <h3 className="collab-minor-heading">{translator.text('accept.terms')}</h3>
      <ul className="collab-list">
        {terms.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
