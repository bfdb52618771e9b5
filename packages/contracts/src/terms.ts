import type { Locale } from './locale.js';

/**
 * What activation means for the company, from the vendor's terms, as agency staff read them
 * ("kunden", docs/glossary.md). The text differs for a
 * company that has no account yet (it is created, and the contact person gets access) and one
 * that has (its admins must accept). The invite dialog shows it before confirming, and the
 * accept page shows the existing-account version. `{agency}` is the agency's name.
 */
export type ActivationTermsCase = 'new_account' | 'existing_account';

export const activationTerms: Readonly<
  Record<ActivationTermsCase, Record<Locale, readonly string[]>>
> = {
  new_account: {
    sv: [
      'Kunden registreras hos programleverantören.',
      'Kontaktuppgifterna registreras, och kundens kontaktperson får tillgång till tjänsterna i samarbetet. Ett e-postmeddelande med inloggningsinstruktioner skickas till kontaktpersonen.',
      'De medarbetare på {agency} som arbetar med uppdraget får tillgång till kontot och tjänsterna i samarbetet.',
      'Kunden kan få information från programleverantören om tjänsterna.',
    ],
    en: [
      'The customer is registered with the software vendor.',
      'The contact details are registered, and the customer’s contact person gets access to the services in the collaboration. An email with sign-in instructions is sent to the contact person.',
      'The employees of {agency} who work on the task get access to the account and the services in the collaboration.',
      'The customer may receive information from the software vendor about the services.',
    ],
  },
  existing_account: {
    sv: [
      'Kundens administratörer får ett e-postmeddelande där de behöver acceptera inbjudan.',
      'När inbjudan är accepterad får kunden tillgång till tjänsterna i samarbetet, och administratörerna för kundens konto får ett e-postmeddelande om det.',
      'De medarbetare på {agency} som arbetar med uppdraget får tillgång till kontot och tjänsterna i samarbetet.',
      'Kunden kan få information från programleverantören om tjänsterna.',
    ],
    en: [
      'The customer’s administrators receive an email in which they have to accept the invitation.',
      'Once the invitation is accepted, the customer gets access to the services in the collaboration, and the administrators of the customer’s account receive an email about it.',
      'The employees of {agency} who work on the task get access to the account and the services in the collaboration.',
      'The customer may receive information from the software vendor about the services.',
    ],
  },
};

export function termsFor(
  termsCase: ActivationTermsCase,
  locale: Locale,
  agencyName: string,
): string[] {
  return activationTerms[termsCase][locale].map((line) => line.replaceAll('{agency}', agencyName));
}

/**
 * The same invitation's terms as the company reads them on the accept page, written to the
 * company ("ni", "ert företag"; docs/glossary.md) and about its choice per service. `{agency}`
 * is the agency's name.
 */
export const companyAcceptanceTerms: Readonly<Record<Locale, readonly string[]>> = {
  sv: [
    'De tjänster ni accepterar blir aktiva för ert företag direkt, och ert företags administratörer får ett e-postmeddelande om det.',
    'De medarbetare på {agency} som arbetar med uppdraget får tillgång till ert företags konto och de tjänster ni accepterar, inget annat.',
    'Tjänster ni avböjer aktiveras inte, och {agency} får veta vilka ni har avböjt.',
    'Ni kan avsluta ett samarbete när ni vill, i vyn för ert företags samarbeten. Då försvinner tillgången för {agency}.',
    'Ert företag kan få information från programleverantören om tjänsterna.',
  ],
  en: [
    'The services you accept become active for your company at once, and your company’s administrators receive an email about it.',
    'The employees of {agency} who work on the task get access to your company’s account and the services you accept, nothing else.',
    'Services you decline are not activated, and {agency} is told which ones you declined.',
    'You can end a collaboration whenever you like, in your company’s collaborations view. {agency} then loses its access.',
    'Your company may receive information from the software vendor about the services.',
  ],
};

export function companyTermsFor(locale: Locale, agencyName: string): string[] {
  return companyAcceptanceTerms[locale].map((line) => line.replaceAll('{agency}', agencyName));
}
