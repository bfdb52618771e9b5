import { toastMessages } from '../ui/toast-messages.js';
import { acceptInvitationMessages } from '../views/accept-invitation/messages.js';
import { collaborationActionsMessages } from '../views/collaboration-actions/messages.js';
import { collaborationsMessages } from '../views/collaborations/messages.js';
import { customerCollaborationsMessages } from '../views/customer-collaborations/messages.js';
import { askColleagueMessages } from '../views/invite-dialog/ask-colleague-messages.js';
import { inviteDialogMessages } from '../views/invite-dialog/messages.js';
import { legacyMessages } from '../views/legacy/messages.js';

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
  ...inviteDialogMessages.sv,
  ...askColleagueMessages.sv,
  ...toastMessages.sv,
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
  'payer.agency': '{name} (byrån)',
  'payer.agencyUnnamed': 'Byrån',
  'payer.customer': '{name} (kunden)',
  'payer.ownCompany': '{name} (ert företag)',
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
  ...legacyMessages.sv,
  'problem.rateLimited': 'För många försök. Vänta {seconds} s och försök igen.',
  'problem.tokenUnavailable':
    'Sidan kunde inte ge Collab din inloggning. Ladda om sidan eller logga in igen och försök sedan igen.',
  'problem.originNotAllowed':
    'Collab tar inte emot anrop från den här webbplatsen. Sidans ägare behöver lägga till webbplatsens adress i Collabs inställningar.',
  'problem.signedOut': 'Du är inte inloggad längre. Logga in igen för att fortsätta.',
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
  ...inviteDialogMessages.en,
  ...askColleagueMessages.en,
  ...toastMessages.en,
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
  'payer.agency': '{name} (the agency)',
  'payer.agencyUnnamed': 'The agency',
  'payer.customer': '{name} (the customer)',
  'payer.ownCompany': '{name} (your company)',
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
  ...legacyMessages.en,
  'problem.rateLimited': 'Too many attempts. Wait {seconds} s and try again.',
  'problem.tokenUnavailable':
    'The page could not give Collab your sign-in. Reload the page or sign in again, then try again.',
  'problem.originNotAllowed':
    'Collab does not accept calls from this website. The page’s owner needs to add the website’s address to Collab’s settings.',
  'problem.signedOut': 'You are no longer signed in. Sign in again to continue.',
};
