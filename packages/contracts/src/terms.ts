import type { Locale } from './locale.js';

/**
 * What activation means for the company, from the vendor's terms. The text differs for a
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
      'Företaget läggs upp som kund hos programleverantören.',
      'Kontaktuppgifterna registreras, och den registrerade kontaktpersonen får tillgång till tjänsterna i samarbetet. Ett mejl med inloggningsinstruktioner skickas till kontaktpersonen.',
      'De medarbetare på {agency} som arbetar med uppdraget får tillgång till kontot och tjänsterna i samarbetet.',
      'Företaget kan få information från programleverantören om tjänsterna.',
    ],
    en: [
      'The company is added as a customer of the software vendor.',
      'The contact details are registered, and the registered contact person gets access to the services in the collaboration. An e-mail with sign-in instructions is sent to the contact person.',
      'The employees of {agency} who work on the task get access to the account and the services in the collaboration.',
      'The company may receive information from the software vendor about the services.',
    ],
  },
  existing_account: {
    sv: [
      'Företagets administratörer får ett mejl där de behöver acceptera inbjudan.',
      'När inbjudan är accepterad får företaget tillgång till tjänsterna i samarbetet, och administratörerna för företagets konto får ett mejl om det.',
      'De medarbetare på {agency} som arbetar med uppdraget får tillgång till kontot och tjänsterna i samarbetet.',
      'Företaget kan få information från programleverantören om tjänsterna.',
    ],
    en: [
      'The company’s administrators receive an e-mail in which they have to accept the invitation.',
      'Once the invitation is accepted, the company gets access to the services in the collaboration, and the administrators of the company’s account receive an e-mail about it.',
      'The employees of {agency} who work on the task get access to the account and the services in the collaboration.',
      'The company may receive information from the software vendor about the services.',
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
