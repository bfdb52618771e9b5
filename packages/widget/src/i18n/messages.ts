import { acceptInvitationMessages } from '../views/accept-invitation/messages.js';
import { collaborationActionsMessages } from '../views/collaboration-actions/messages.js';
import { collaborationsMessages } from '../views/collaborations/messages.js';
import { customerCollaborationsMessages } from '../views/customer-collaborations/messages.js';

/** A message that depends on a count: one text per plural category of the locale. */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/**
 * Every text the widget shows, in Swedish. The English table must have the same keys (the
 * type below enforces it). `{name}` is filled from the call's params; plural messages get
 * `{count}` formatted for the locale. The words for the catalog's options and company types
 * are not here: they come from the contracts' one table (`optionNameLabel`, `optionValueLabel`).
 */
export const svMessages = {
  'inviteDialog.open': 'Bjud in till samarbete',
  'inviteDialog.title': 'Bjud in till samarbete',
  'inviteDialog.titleForCustomer': 'Bjud in {customerName} till samarbete',
  'inviteDialog.close': 'Stäng',
  'inviteDialog.loading': 'Hämtar uppgifter…',
  'inviteDialog.retry': 'Försök igen',
  'inviteDialog.browseOnly': 'Du kan ändå gå igenom stegen och se vad en aktivering innebär.',
  'inviteDialog.noCustomer': 'Ingen kund är vald.',
  'inviteDialog.back': 'Tillbaka',
  'inviteDialog.next': 'Nästa',
  'inviteDialog.step': 'Steg {current} av {total}',
  'customerStep.heading': 'Välj kund',
  'customerStep.search': 'Sök på namn eller organisationsnummer',
  'customerStep.searchHint': 'Skriv minst två tecken.',
  'customerStep.results': 'Kunder som matchar',
  'customerStep.resultCount': { one: '{count} kund hittades', other: '{count} kunder hittades' },
  'customerStep.searching': 'Söker…',
  'customerStep.required': 'Välj en kund.',
  'servicesStep.heading': 'Välj tjänster',
  'servicesStep.required': 'Välj minst en tjänst.',
  'servicesStep.addRequired': 'Lägg till {service}',
  'servicesStep.requiresActive': 'Kräver {services}, som kunden redan har.',
  'taskStep.heading': 'Välj uppdrag',
  'taskStep.owner': 'Ansvarig: {name}',
  'taskStep.access': 'De här personerna får tillgång: {names}',
  'taskStep.noParticipants': 'Uppdraget har inga deltagare än, så ingen på byrån får tillgång.',
  'taskStep.none': 'Kunden har inga uppdrag. Lägg upp ett uppdrag för kunden först.',
  'taskStep.required': 'Välj ett uppdrag.',
  'reviewStep.heading': 'Granska och bekräfta',
  'reviewStep.paidBy': 'Betalas av: {payer}',
  'reviewStep.task': 'Uppdrag',
  'reviewStep.changeServices': 'Ändra tjänster',
  'reviewStep.changeTask': 'Ändra uppdrag',
  'reviewStep.whatHappens': 'Det här händer',
  'reviewStep.activeAtOnce':
    'Samarbetet blir aktivt direkt, och ett mejl med inloggningsinstruktioner skickas till {contactName}.',
  'reviewStep.invitation': {
    one: 'En inbjudan skickas till företagets {count} administratör. Samarbetet blir aktivt när inbjudan accepteras.',
    other:
      'En inbjudan skickas till företagets {count} administratörer. Samarbetet blir aktivt när en av dem accepterar.',
  },
  'reviewStep.terms': 'Villkor',
  'reviewStep.agency': 'byrån',
  'reviewStep.confirmActivate': 'Aktivera',
  'reviewStep.confirmInvite': 'Skicka inbjudan',
  'reviewStep.sending': 'Skickar…',
  'reviewStep.notAllowed': 'Du kan inte aktivera samarbeten.',
  'resultStep.headingActivated': 'Samarbetet är aktivt',
  'resultStep.headingInvited': 'Inbjudan är skickad',
  'resultStep.summaryActivated': {
    one: '{services} är aktivt för {customerName}.',
    other: '{services} är aktiva för {customerName}.',
  },
  'resultStep.summaryInvited': {
    one: '{services} väntar på att {customerName} accepterar inbjudan.',
    other: '{services} väntar på att {customerName} accepterar inbjudan.',
  },
  'resultStep.emails': 'Mejl skickas till {names}.',
  'resultStep.recipient': '{name} ({maskedEmail})',
  'resultStep.serviceStatus': '{service}: {status}',
  'resultStep.expires': 'Inbjudan gäller till och med {date}.',
  'resultStep.another': 'Bjud in till en till tjänst',
  'customer.heading': 'Kund',
  'customer.name': 'Namn',
  'customer.orgNumber': 'Organisationsnummer',
  'customer.companyType': 'Företagsform',
  'customer.contact': 'Kontaktperson',
  'customer.account': 'Konto',
  'customer.accountAdmins': {
    one: 'Har ett konto med {count} administratör',
    other: 'Har ett konto med {count} administratörer',
  },
  'customer.noAccount': 'Har inget konto än. Det skapas när samarbetet aktiveras.',
  'services.heading': 'Tjänster',
  'services.count': { one: '{count} tjänst i katalogen', other: '{count} tjänster i katalogen' },
  'services.defaultValue': '{value} (förval)',
  'services.noOptions': 'Inga val',
  'services.requires': 'Kräver {services}.',
  'services.agencyVariant': 'Byrån arbetar alltid i {variant}.',
  'services.licenceFollowsCompanyType': 'Licensen följer företagsformen.',
  'services.taken': 'Finns redan ({status})',
  'problem.network': 'Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.',
  'problem.missingApiUrl': 'Widgeten saknar adressen till API:et (api-url).',
  'view.loading': 'Laddar…',
  ...acceptInvitationMessages.sv,
  ...collaborationsMessages.sv,
  ...collaborationActionsMessages.sv,
  ...customerCollaborationsMessages.sv,
} satisfies Record<string, string | PluralMessage>;

export type MessageKey = keyof typeof svMessages;
export type Messages = {
  readonly [Key in MessageKey]: (typeof svMessages)[Key] extends string ? string : PluralMessage;
};
export type TextKey = {
  [Key in MessageKey]: Messages[Key] extends string ? Key : never;
}[MessageKey];
export type PluralKey = Exclude<MessageKey, TextKey>;

export const enMessages: Messages = {
  'inviteDialog.open': 'Invite to collaborate',
  'inviteDialog.title': 'Invite to collaborate',
  'inviteDialog.titleForCustomer': 'Invite {customerName} to collaborate',
  'inviteDialog.close': 'Close',
  'inviteDialog.loading': 'Loading…',
  'inviteDialog.retry': 'Try again',
  'inviteDialog.browseOnly': 'You can still go through the steps and see what an activation means.',
  'inviteDialog.noCustomer': 'No customer is selected.',
  'inviteDialog.back': 'Back',
  'inviteDialog.next': 'Next',
  'inviteDialog.step': 'Step {current} of {total}',
  'customerStep.heading': 'Choose the customer',
  'customerStep.search': 'Search by name or organisation number',
  'customerStep.searchHint': 'Type at least two characters.',
  'customerStep.results': 'Matching customers',
  'customerStep.resultCount': { one: '{count} customer found', other: '{count} customers found' },
  'customerStep.searching': 'Searching…',
  'customerStep.required': 'Choose a customer.',
  'servicesStep.heading': 'Choose services',
  'servicesStep.required': 'Choose at least one service.',
  'servicesStep.addRequired': 'Add {service}',
  'servicesStep.requiresActive': 'Requires {services}, which the customer already has.',
  'taskStep.heading': 'Choose the task',
  'taskStep.owner': 'Owner: {name}',
  'taskStep.access': 'These people will get access: {names}',
  'taskStep.noParticipants':
    'The task has no participants yet, so no one at the agency gets access.',
  'taskStep.none': 'The customer has no tasks. Add a task for the customer first.',
  'taskStep.required': 'Choose a task.',
  'reviewStep.heading': 'Review and confirm',
  'reviewStep.paidBy': 'Paid by: {payer}',
  'reviewStep.task': 'Task',
  'reviewStep.changeServices': 'Change services',
  'reviewStep.changeTask': 'Change task',
  'reviewStep.whatHappens': 'What will happen',
  'reviewStep.activeAtOnce':
    'The collaboration is active at once, and a sign-in e-mail is sent to {contactName}.',
  'reviewStep.invitation': {
    one: 'An invitation is sent to the company’s {count} administrator. The collaboration becomes active when it is accepted.',
    other:
      'An invitation is sent to the company’s {count} administrators. The collaboration becomes active when one of them accepts.',
  },
  'reviewStep.terms': 'Terms',
  'reviewStep.agency': 'the agency',
  'reviewStep.confirmActivate': 'Activate',
  'reviewStep.confirmInvite': 'Send invitation',
  'reviewStep.sending': 'Sending…',
  'reviewStep.notAllowed': 'You cannot activate collaborations.',
  'resultStep.headingActivated': 'The collaboration is active',
  'resultStep.headingInvited': 'The invitation has been sent',
  'resultStep.summaryActivated': {
    one: '{services} is active for {customerName}.',
    other: '{services} are active for {customerName}.',
  },
  'resultStep.summaryInvited': {
    one: '{services} is waiting for {customerName} to accept the invitation.',
    other: '{services} are waiting for {customerName} to accept the invitation.',
  },
  'resultStep.emails': 'E-mail is sent to {names}.',
  'resultStep.recipient': '{name} ({maskedEmail})',
  'resultStep.serviceStatus': '{service}: {status}',
  'resultStep.expires': 'The invitation is valid until {date}.',
  'resultStep.another': 'Invite to another service',
  'customer.heading': 'Customer',
  'customer.name': 'Name',
  'customer.orgNumber': 'Organisation number',
  'customer.companyType': 'Company type',
  'customer.contact': 'Contact person',
  'customer.account': 'Account',
  'customer.accountAdmins': {
    one: 'Has an account with {count} administrator',
    other: 'Has an account with {count} administrators',
  },
  'customer.noAccount': 'Has no account yet. It is created when the collaboration is activated.',
  'services.heading': 'Services',
  'services.count': {
    one: '{count} service in the catalog',
    other: '{count} services in the catalog',
  },
  'services.defaultValue': '{value} (default)',
  'services.noOptions': 'No options',
  'services.requires': 'Requires {services}.',
  'services.agencyVariant': 'The agency always works in {variant}.',
  'services.licenceFollowsCompanyType': 'The licence follows the company type.',
  'services.taken': 'Already {status}',
  'problem.network': 'Could not reach the service. Check the connection and try again.',
  'problem.missingApiUrl': 'The widget has no address for the API (api-url).',
  'view.loading': 'Loading…',
  ...acceptInvitationMessages.en,
  ...collaborationsMessages.en,
  ...collaborationActionsMessages.en,
  ...customerCollaborationsMessages.en,
};
