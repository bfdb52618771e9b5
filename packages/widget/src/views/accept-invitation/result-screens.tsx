import type { Translator } from '../../i18n/translator.js';
import { useTranslator } from '../../runtime/widget-context.js';
import type { AcceptResult, Invitation, ScreenNamed } from './accept-screens.js';
import { ScreenHeading } from './screen-focus.js';

/** The services the answer left `status`, by name, in the invitation's order. */
function serviceNamesWith(
  invitation: Invitation,
  result: AcceptResult,
  status: 'active' | 'declined',
): string[] {
  return invitation.services
    .filter((service) =>
      result.collaborations.some(
        (collaboration) =>
          collaboration.service === service.service && collaboration.status === status,
      ),
    )
    .map((service) => service.name);
}

/** The services the answer made active, by name; all the invited ones if it names none. */
function activeServiceNames(invitation: Invitation, result: AcceptResult): string[] {
  const active = serviceNamesWith(invitation, result, 'active');
  return active.length > 0 ? active : invitation.services.map((service) => service.name);
}

/** "Ni avböjde Scanner, …": the services declined in a per-service answer; empty for none. */
function declinedServicesText(
  translator: Translator,
  invitation: Invitation,
  result: AcceptResult,
): string {
  const declined = serviceNamesWith(invitation, result, 'declined');
  return declined.length > 0
    ? translator.text('accept.accepted.declinedServices', {
        services: translator.list(declined),
        agencyName: invitation.agencyName,
      })
    : '';
}

/** "eEkonomi and Scanner are now active for …": on the screen, and in the announcement. */
function activeText(translator: Translator, invitation: Invitation, result: AcceptResult): string {
  const names = activeServiceNames(invitation, result);
  return translator.plural('accept.accepted.active', names.length, {
    services: translator.list(names),
    customerName: invitation.customerName,
  });
}

function declinedText(translator: Translator, invitation: Invitation): string {
  return translator.text('accept.declined.body', {
    invitedByName: invitation.invitedByName,
    agencyName: invitation.agencyName,
  });
}

/** What the live region reads out after an answer: the result screen's heading and gist. */
export function acceptedNews(
  translator: Translator,
  invitation: Invitation,
  result: AcceptResult,
): string {
  const declined = declinedServicesText(translator, invitation, result);
  return `${translator.text('accept.accepted.heading')}. ${activeText(translator, invitation, result)}${declined ? ` ${declined}` : ''}`;
}

export function declinedNews(translator: Translator, invitation: Invitation): string {
  return `${translator.text('accept.declined.heading')}. ${declinedText(translator, invitation)}`;
}

export function AcceptedScreen({ screen }: { screen: ScreenNamed<'accepted'> }) {
  const translator = useTranslator();
  const { invitation, result } = screen;
  return (
    <section>
      <ScreenHeading>{translator.text('accept.accepted.heading')}</ScreenHeading>
      <p className="collab-paragraph">{activeText(translator, invitation, result)}</p>
      {declinedServicesText(translator, invitation, result) ? (
        <p className="collab-paragraph">{declinedServicesText(translator, invitation, result)}</p>
      ) : null}
      <p className="collab-paragraph">
        {result.agencyAccess.length > 0
          ? translator.text('accept.accepted.access', {
              agencyName: invitation.agencyName,
              names: translator.list(result.agencyAccess.map((person) => person.name)),
            })
          : translator.text('accept.accepted.accessUnknown', {
              agencyName: invitation.agencyName,
            })}
      </p>
      <p className="collab-paragraph">{translator.text('accept.accepted.emails')}</p>
    </section>
  );
}

export function DeclinedScreen({ screen }: { screen: ScreenNamed<'declined'> }) {
  const translator = useTranslator();
  return (
    <section>
      <ScreenHeading>{translator.text('accept.declined.heading')}</ScreenHeading>
      <p className="collab-paragraph">{declinedText(translator, screen.invitation)}</p>
      {screen.reason ? (
        <p className="collab-paragraph">
          {translator.text('accept.declined.reason', { reason: screen.reason })}
        </p>
      ) : null}
    </section>
  );
}
