import type { CompanyType } from '@collab/contracts';

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
 * `{count}` formatted for the locale. Option names and values come from the catalog, so each
 * has a label here; a value the catalog gains later falls back to its raw name.
 */
export const svMessages = {
  'inviteDialog.open': 'Bjud in till samarbete',
  'inviteDialog.title': 'Bjud in till samarbete',
  'inviteDialog.titleForCustomer': 'Bjud in {customerName} till samarbete',
  'inviteDialog.close': 'Stäng',
  'inviteDialog.loading': 'Hämtar uppgifter…',
  'inviteDialog.retry': 'Försök igen',
  'inviteDialog.noCustomer': 'Ingen kund är vald.',
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
  'option.variant': 'Variant',
  'option.variant.start': 'Start',
  'option.variant.bokforing': 'Bokföring',
  'option.variant.fakturering': 'Fakturering',
  'option.variant.smart': 'Smart',
  'option.variant.pro': 'Pro',
  'option.invoiceRecipient': 'Fakturamottagare',
  'option.invoiceRecipient.agency': 'Byrån',
  'option.invoiceRecipient.customer': 'Kunden',
  'option.period': 'Period',
  'option.period.3': '3 månader',
  'option.period.12': '12 månader',
  'option.plan': 'Prisplan',
  'option.plan.styckpris': 'Styckpris',
  'option.plan.smart': 'Smart',
  'option.plan.fastpris': 'Fastpris',
  'companyType.aktiebolag': 'Aktiebolag',
  'companyType.enskild_firma': 'Enskild firma',
  'companyType.handelsbolag': 'Handelsbolag',
  'companyType.ekonomisk_forening': 'Ekonomisk förening',
  'companyType.privatperson': 'Privatperson',
  'problem.network': 'Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.',
  'problem.missingApiUrl': 'Widgeten saknar adressen till API:et (api-url).',
} satisfies Record<string, string | PluralMessage> & Record<`companyType.${CompanyType}`, string>;

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
  'inviteDialog.noCustomer': 'No customer is selected.',
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
  'option.variant': 'Variant',
  'option.variant.start': 'Start',
  'option.variant.bokforing': 'Bookkeeping',
  'option.variant.fakturering': 'Invoicing',
  'option.variant.smart': 'Smart',
  'option.variant.pro': 'Pro',
  'option.invoiceRecipient': 'Invoice recipient',
  'option.invoiceRecipient.agency': 'The agency',
  'option.invoiceRecipient.customer': 'The customer',
  'option.period': 'Period',
  'option.period.3': '3 months',
  'option.period.12': '12 months',
  'option.plan': 'Price plan',
  'option.plan.styckpris': 'Per item',
  'option.plan.smart': 'Smart',
  'option.plan.fastpris': 'Fixed price',
  'companyType.aktiebolag': 'Limited company',
  'companyType.enskild_firma': 'Sole trader',
  'companyType.handelsbolag': 'Trading partnership',
  'companyType.ekonomisk_forening': 'Economic association',
  'companyType.privatperson': 'Private individual',
  'problem.network': 'Could not reach the service. Check the connection and try again.',
  'problem.missingApiUrl': 'The widget has no address for the API (api-url).',
};
