import {
  type Locale,
  optionNameLabel,
  optionsToStore,
  optionValueLabel,
  optionValueMeaning,
  serviceCatalog,
} from '@collab/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { defineCollabElements } from '../elements/define.js';
import { everyStoredOption, type StoredOption } from '../test-support/catalog-options.js';
import { mountElement, shadowOf } from '../test-support/element-page.js';
import {
  createFakeApi,
  customerWithoutAccount,
  type FakeApiHandlers,
} from '../test-support/fake-api.js';
import {
  acceptPageHandlers,
  pendingInvitation as acceptPageInvitation,
  invitationToken,
} from '../test-support/fixtures/accept-invitation.js';
import { collaborationsApi, collaborationView } from '../test-support/fixtures/collaborations.js';
import {
  activeEEkonomi,
  customerSideHandlers,
} from '../test-support/fixtures/customer-collaborations.js';

/*
 * Issue 16: the licence stored with Skatt & Bokslut Pro showed as "licence: enskild_firma" to
 * the agency and to the company, and the invite dialog's review left it out. Every view that
 * shows a collaboration's options, rendered in its custom element against the typed fake API,
 * in Swedish and English: the licence reads as the e-mail has it ("Licens: Enskild firma"),
 * and no option of the catalog shows as `<name>: <stored value>`.
 */

defineCollabElements();

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

let mounted = 0;

/** A fresh fake API behind `fetch` and a URL of its own, so no test shares a query cache. */
function useApi(handlers: FakeApiHandlers): string {
  const api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', api.fetch);
  mounted += 1;
  return `https://collab.test/option-words-${mounted}/trpc`;
}

function textOf(widget: HTMLElement): string {
  return shadowOf(widget).textContent ?? '';
}

/** Opens Exempel AB's rows in the overview, unless the overview opened them already. */
async function openCustomer() {
  const group = page.getByRole('button', { name: /Exempel AB/ });
  await expect.element(group).toBeVisible();
  if (group.element().getAttribute('aria-expanded') !== 'true') await userEvent.click(group);
  await expect.element(group).toHaveAttribute('aria-expanded', 'true');
}

const soleTrader = 'enskild_firma';
const licenceInWords: Record<Locale, string> = {
  sv: 'Licens: Enskild firma',
  en: 'Licence: Sole trader (enskild firma)',
};
const rawLicence = `licence: ${soleTrader}`;
const skattOptions = optionsToStore('skatt_bokslut_pro', {}, soleTrader);

/** Where a view could show an option by its key: `variant: bokforing`, `Variant: bokforing`. */
function rawForms(locale: Locale, { name, value }: StoredOption): string[] {
  const forms = [`${name}: ${value}`];
  // "Period: 3" is the start of "Period: 3 månader": only a word that differs tells them apart.
  if (!optionValueLabel(locale, name, value).startsWith(value)) {
    forms.push(`${optionNameLabel(locale, name)}: ${value}`);
  }
  return forms;
}

/** What a view must show for an option instead: both in words. Who pays has its own line. */
function wordedForm(locale: Locale, { name, value }: StoredOption): string | null {
  return name === 'invoiceRecipient'
    ? null
    : `${optionNameLabel(locale, name)}: ${optionValueLabel(locale, name, value)}`;
}

function expectEveryOptionInWords(text: string, locale: Locale, options: StoredOption[]) {
  for (const option of options) {
    for (const raw of rawForms(locale, option)) expect(text).not.toContain(raw);
    const worded = wordedForm(locale, option);
    if (worded) expect(text).toContain(worded);
  }
}

describe.each<Locale>(['sv', 'en'])(
  'given Skatt & Bokslut Pro for a sole trader, in %s',
  (locale) => {
    it('the invite dialog’s review shows the licence and every chosen option in words', async () => {
      const words =
        locale === 'sv'
          ? {
              open: 'Bjud in till samarbete',
              next: 'Nästa',
              paidBy: 'Betalas av: Nystart HB (kunden)',
            }
          : {
              open: 'Invite to collaborate',
              next: 'Next',
              paidBy: 'Paid by: Nystart HB (the customer)',
            };
      const apiUrl = useApi({
        'customers.get': () => ({ ...customerWithoutAccount, companyType: soleTrader }),
      });
      const widget = mountElement('collab-invite-dialog', {
        'api-url': apiUrl,
        'customer-id': customerWithoutAccount.id,
        locale,
      });
      await userEvent.click(page.getByRole('button', { name: words.open }));
      await userEvent.click(page.getByRole('checkbox', { name: 'eEkonomi' }));
      await userEvent.click(page.getByRole('checkbox', { name: 'Skatt & Bokslut Pro' }));
      await userEvent.click(page.getByRole('button', { name: words.next, exact: true }));
      await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
      await userEvent.click(page.getByRole('button', { name: words.next, exact: true }));

      await expect
        .poll(() => textOf(widget))
        .toContain(`Skatt & Bokslut Pro (${licenceInWords[locale]}). ${words.paidBy}`);
      expect(textOf(widget)).toContain(`eEkonomi (Variant: Smart). ${words.paidBy}`);
      expect(textOf(widget)).not.toContain(rawLicence);
    });

    it('the agency’s overview names the stored licence in words', async () => {
      const apiUrl = useApi(
        collaborationsApi({
          collaborations: [
            collaborationView({ service: 'skatt_bokslut_pro', options: skattOptions }),
          ],
        }).handlers,
      );
      const widget = mountElement('collab-collaborations', { 'api-url': apiUrl, locale });
      await openCustomer();
      await expect.poll(() => textOf(widget)).toContain(licenceInWords[locale]);
      expect(textOf(widget)).not.toContain(rawLicence);
    });

    it('the company’s own view names the stored licence in words', async () => {
      const apiUrl = useApi(
        customerSideHandlers({
          collaborations: {
            collaborations: [
              { ...activeEEkonomi, service: 'skatt_bokslut_pro', options: skattOptions },
            ],
            pendingInvitations: [],
          },
        }),
      );
      const widget = mountElement('collab-customer-collaborations', { 'api-url': apiUrl, locale });
      await expect.poll(() => textOf(widget)).toContain(licenceInWords[locale]);
      expect(textOf(widget)).not.toContain(rawLicence);
    });

    it('the accept page names the licence it invites to in words', async () => {
      const apiUrl = useApi(
        acceptPageHandlers({
          ...acceptPageInvitation,
          services: [
            {
              service: 'skatt_bokslut_pro',
              name: serviceCatalog.skatt_bokslut_pro.name,
              options: skattOptions,
              invoiceRecipient: 'customer',
              needs: [],
            },
          ],
        }),
      );
      const widget = mountElement('collab-accept-invitation', {
        'api-url': apiUrl,
        'invitation-token': invitationToken,
        locale,
      });
      await expect.poll(() => textOf(widget)).toContain(licenceInWords[locale]);
      expect(textOf(widget)).not.toContain(rawLicence);
    });
  },
);

describe.each<Locale>(['sv', 'en'])('given every option the catalog can store, in %s', (locale) => {
  const stored = everyStoredOption();

  it('the overview shows none of them by its key', async () => {
    const apiUrl = useApi(
      collaborationsApi({
        collaborations: stored.map((option, index) =>
          collaborationView({
            id: `0b9f6f3e-6f7c-4c39-9d7e-${String(index).padStart(12, '0')}`,
            service: option.service,
            options: option.options,
            invoiceRecipient: option.options.invoiceRecipient === 'agency' ? 'agency' : 'customer',
          }),
        ),
      }).handlers,
    );
    const widget = mountElement('collab-collaborations', { 'api-url': apiUrl, locale });
    await openCustomer();
    await expect
      .poll(() => shadowOf(widget).querySelectorAll('.collab-overview__row').length)
      .toBe(stored.length);
    expectEveryOptionInWords(textOf(widget), locale, stored);
  });

  it('the company’s view shows none of them by its key in its collaborations', async () => {
    const collaborations = stored.map((option, index) => ({
      ...activeEEkonomi,
      id: `c0a1f6e2-1b7d-4c8e-9a01-${String(index).padStart(12, '0')}`,
      service: option.service,
      options: option.options,
    }));
    const apiUrl = useApi(
      customerSideHandlers({ collaborations: { collaborations, pendingInvitations: [] } }),
    );
    const widget = mountElement('collab-customer-collaborations', { 'api-url': apiUrl, locale });
    await expect
      .poll(() => textOf(widget))
      .toContain(wordedForm(locale, stored[0] as StoredOption) ?? '');
    expectEveryOptionInWords(textOf(widget), locale, stored);
  });
});

describe.each<Locale>(['sv', 'en'])('given the services step, in %s', (locale) => {
  it('says in one line what the chosen option means, and again when it changes', async () => {
    const apiUrl = useApi({ 'customers.get': () => customerWithoutAccount });
    mountElement('collab-invite-dialog', {
      'api-url': apiUrl,
      'customer-id': customerWithoutAccount.id,
      locale,
    });
    const open = locale === 'sv' ? 'Bjud in till samarbete' : 'Invite to collaborate';
    await userEvent.click(page.getByRole('button', { name: open }));
    await userEvent.click(page.getByRole('checkbox', { name: 'eEkonomi' }));
    const variant = page.getByRole('combobox', { name: 'Variant' });
    await expect
      .element(variant)
      .toHaveAccessibleDescription(optionValueMeaning(locale, 'variant', 'smart') ?? '');
    await userEvent.selectOptions(variant, 'start');
    await expect
      .element(variant)
      .toHaveAccessibleDescription(optionValueMeaning(locale, 'variant', 'start') ?? '');
    await expect
      .element(page.getByText(optionValueMeaning(locale, 'variant', 'start') ?? ''))
      .toBeVisible();
  });
});
