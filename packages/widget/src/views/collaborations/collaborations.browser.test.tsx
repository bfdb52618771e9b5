import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabErrorDetail } from '../../events.js';
import { FakeApiError, standardRightsEmployee } from '../../test-support/fake-api.js';
import {
  collaborationsApi,
  collaborationsFixture,
  collaborationView,
  fixtureCustomers,
  karinLund,
  majaEk,
} from '../../test-support/fixtures/collaborations.js';
import {
  announcement,
  callsOf,
  expectNoAxeViolations,
  filterResult,
  listInputs,
  mountOverview,
  panelText,
  shadowOf,
  textOf,
  useApi,
} from './overview-test-support.js';

/*
 * The agency's overview in the custom element, registered from source, against the typed fake
 * API over `collaborationsFixture`: four customers, ten collaborations, every status.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

describe('given an agency with collaborations', () => {
  it('groups them by customer, counts each status, and opens a customer with its rows', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.element(page.getByRole('button', { name: /Exempel AB/ })).toBeVisible();
    expect(textOf(widget)).toContain('Visar 10 av 10 samarbeten');

    const groups = [...shadowOf(widget).querySelectorAll('.collab-overview__customer-name')];
    expect(groups.map((group) => group.textContent)).toEqual([
      'Exempel AB',
      'Berg & Dal Fastigheter AB',
      'Nystart HB',
      'Solo Konsult',
    ]);
    const exempel = page.getByRole('button', { name: /Exempel AB/ });
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'false');
    expect(exempel.element().textContent).toContain('556036-0793 · 4 samarbeten');

    const counts = page.getByRole('group', { name: 'Antal per status – välj för att filtrera' });
    await expect.element(counts.getByRole('button', { name: 'Aktiva 4' })).toBeVisible();
    await expect.element(counts.getByRole('button', { name: 'Väntande 2' })).toBeVisible();
    await expect.element(counts.getByRole('button', { name: 'Avslutade 1' })).toBeVisible();

    await userEvent.click(exempel);
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'true');
    expect(textOf(widget)).toContain('Variant: Smart · Betalas av: Exempel AB (kunden)');
    expect(textOf(widget)).toContain(
      'Uppdrag: Bokföring (ansvarig Karin Lund) · Aktivt sedan 1 oktober 2026',
    );
    expect(textOf(widget)).toContain('Inbjudan gäller till och med 20 december 2026');
    await expectNoAxeViolations(widget);
    // One list, one set of filter choices: nothing is asked per row or per customer.
    expect(callsOf(api.requests, 'collaborations.list')).toBe(2);
    expect(callsOf(api.requests, 'collaborations.filterOptions')).toBe(1);
  });
});

describe('given an invitation the company declined with a reason', () => {
  it('shows the reason on the declined collaboration', async () => {
    useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    const bergOchDal = page.getByRole('button', { name: /Berg & Dal Fastigheter AB/ });
    await userEvent.click(bergOchDal);
    await expect.element(bergOchDal).toHaveAttribute('aria-expanded', 'true');
    expect(textOf(widget)).toContain('Kundens skäl: ”Vi sköter bokslutet själva i år.”');
    await expectNoAxeViolations(widget);
  });
});

describe('given a customer whose collaborations run over more than one page', () => {
  it('says how many of its collaborations are loaded, from the server’s total', async () => {
    // Newest first, two customers taking turns: each has 25 of its 30 on the first page.
    const [first, second] = fixtureCustomers;
    const interleaved = Array.from({ length: 60 }, (_, index) =>
      collaborationView({
        id: `0b9f6f3e-6f7c-4c39-9d7e-${String(index).padStart(12, '0')}`,
        customer: index % 2 === 0 ? first : second,
        createdAt: new Date(Date.parse('2026-11-20T09:00:00.000Z') - index * 60_000).toISOString(),
      }),
    );
    useApi(collaborationsApi({ collaborations: interleaved }).handlers);
    mountOverview();
    const firstGroup = page.getByRole('button', { name: new RegExp(first?.name ?? '') });
    await expect.element(firstGroup).toBeVisible();
    expect(firstGroup.element().textContent).toContain('25 av 30 samarbeten hämtade');
    await userEvent.click(page.getByRole('button', { name: 'Visa fler' }));
    await expect.poll(() => firstGroup.element().textContent).toContain('· 30 samarbeten');
  });
});

describe('given the count per status', () => {
  it('filters by a status when its count is pressed, and reads out the number of matches', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    const expired = page.getByRole('button', { name: 'Utgångna 1' });
    await userEvent.click(expired);
    await expect.element(expired).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => filterResult(widget)).toBe('1 samarbete matchar.');
    // Said beside the filters, not in the view's far-away region.
    expect(announcement(widget)).toBe('');
    expect(textOf(widget)).toContain('Visar 1 av 1 samarbete');
    await expect
      .element(page.getByRole('button', { name: /Solo Konsult/ }))
      .toHaveAttribute('aria-expanded', 'true');
    expect(listInputs(api.requests)).toContainEqual({ limit: 50, status: ['expired'] });

    await userEvent.click(page.getByRole('button', { name: 'Avslutade 1' }));
    await expect.poll(() => filterResult(widget)).toBe('2 samarbeten matchar.');
    expect(listInputs(api.requests)).toContainEqual({ limit: 50, status: ['expired', 'ended'] });
    await expectNoAxeViolations(widget);

    await userEvent.click(page.getByRole('button', { name: 'Rensa filter' }));
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10 samarbeten');
    await expect.element(expired).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('given the filters', () => {
  it('offers the catalog’s services and the agency’s tasks, task owners and account managers', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect
      .element(page.getByRole('option', { name: 'Bokslut', exact: true }))
      .toBeInTheDocument();
    const optionsOf = (label: string) =>
      [...(page.getByLabelText(label, { exact: true }).element() as HTMLSelectElement).options].map(
        (option) => option.text,
      );
    expect(optionsOf('Tjänst')).toEqual([
      'Alla',
      'eEkonomi',
      'Ekonomiöversikt',
      'Scanner',
      'Skatt & Bokslut Pro',
      'Utlägg',
    ]);
    expect(optionsOf('Uppdrag')).toEqual(['Alla', 'Bokföring', 'Bokslut']);
    expect(optionsOf('Uppdragsansvarig')).toEqual(['Alla', 'Karin Lund', 'Maja Ek']);
    expect(optionsOf('Kundansvarig')).toEqual(['Alla', 'Karin Lund', 'Maja Ek', 'Olle Berg']);
    expect(optionsOf('Koppling')).toEqual(['Alla', 'Kopplade', 'Okopplade']);
    expect(textOf(widget)).toContain('Visar 10 av 10');
    expect(callsOf(api.requests, 'collaborations.filterOptions')).toBe(1);
  });

  it('sends each filter to the list and shows what matches', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10');

    await userEvent.selectOptions(page.getByLabelText('Tjänst'), 'utlagg');
    await expect.poll(() => filterResult(widget)).toBe('2 samarbeten matchar.');
    await userEvent.selectOptions(page.getByLabelText('Uppdrag', { exact: true }), 'Bokslut');
    await expect.poll(() => filterResult(widget)).toBe('1 samarbete matchar.');
    expect(textOf(widget)).toContain('Berg & Dal Fastigheter AB');
    await userEvent.selectOptions(page.getByLabelText('Uppdrag', { exact: true }), '');
    await userEvent.selectOptions(page.getByLabelText('Tjänst'), '');
    await userEvent.selectOptions(page.getByLabelText('Uppdragsansvarig'), majaEk.id);
    await expect.poll(() => filterResult(widget)).toBe('3 samarbeten matchar.');
    await userEvent.selectOptions(page.getByLabelText('Uppdragsansvarig'), '');
    await userEvent.selectOptions(page.getByLabelText('Kundansvarig'), karinLund.id);
    await expect.poll(() => filterResult(widget)).toBe('6 samarbeten matchar.');
    await userEvent.selectOptions(page.getByLabelText('Kundansvarig'), '');

    const inputs = listInputs(api.requests);
    expect(inputs).toContainEqual({ limit: 50, service: ['utlagg'] });
    expect(inputs).toContainEqual({ limit: 50, service: ['utlagg'], taskName: 'Bokslut' });
    expect(inputs).toContainEqual({ limit: 50, taskOwnerId: majaEk.id });
    expect(inputs).toContainEqual({ limit: 50, accountManagerId: karinLund.id });
  });

  it('searches by name or organisation number once typing pauses', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10');
    await userEvent.fill(
      page.getByLabelText('Sök kund på namn eller organisationsnummer'),
      '969663',
    );
    await expect.poll(() => filterResult(widget)).toBe('2 samarbeten matchar.');
    expect(panelText(widget)).toContain('Nystart HB');
    expect(panelText(widget)).not.toContain('Exempel AB');
    const searches = listInputs(api.requests).filter(
      (input) => typeof input === 'object' && input !== null && 'search' in input,
    );
    // `fill` types the whole text at once; the pause sends it once.
    expect(searches).toEqual([{ limit: 50, search: '969663' }]);
  });

  it('says when nothing matches, and clears the filters from there', async () => {
    useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10');
    await userEvent.fill(page.getByLabelText('Sök kund på namn eller organisationsnummer'), 'Zeta');
    await expect
      .element(page.getByRole('heading', { name: 'Inga samarbeten matchar filtren' }))
      .toBeVisible();
    expect(textOf(widget)).toContain('Ändra sökningen eller filtren');
    await expect.poll(() => filterResult(widget)).toBe('0 samarbeten matchar.');
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect
      .element(page.getByRole('heading', { name: 'No collaborations match the filters' }))
      .toBeVisible();
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'sv');
    await userEvent.click(page.getByRole('button', { name: 'Rensa filter' }).last());
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10');
    await expect
      .element(page.getByLabelText('Sök kund på namn eller organisationsnummer'))
      .toHaveValue('');
  });
});

describe('given unlinked collaborations from the old system', () => {
  it('filters them out with their old name, and marks one the catalog has no service for', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect.poll(() => textOf(widget)).toContain('Visar 10 av 10');
    await userEvent.selectOptions(page.getByLabelText('Koppling'), 'unlinked');
    await expect.poll(() => filterResult(widget)).toBe('1 samarbete matchar.');
    expect(listInputs(api.requests)).toContainEqual({ limit: 50, linked: false });
    const row = page.getByRole('listitem').filter({ hasText: 'Byråstöd Lön' }).last();
    await expect.element(row).toBeVisible();
    expect(row.element().textContent).toContain('Okopplat');
    expect(row.element().textContent).toContain('Från det gamla systemet: Byråstöd Lön');
    expect(row.element().textContent).toContain('Inget uppdrag än');
    // Payroll has no service in the catalog (the contracts' matcher): marked, not offered to link.
    expect(row.element().textContent).toContain('Ingen motsvarande tjänst');
    await expect.element(row.getByRole('button', { name: 'Historik' })).toBeVisible();
    expect(row.getByRole('button', { name: 'Koppla' }).elements()).toHaveLength(0);
    expect(row.getByRole('button', { name: 'Avsluta' }).elements()).toHaveLength(0);
    await expectNoAxeViolations(widget);
  });
});

describe('given one customer from the host', () => {
  it('lists only that customer, open, without the customer search', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview({ 'customer-id': collaborationsFixture[0]?.customer.id ?? '' });
    await expect
      .element(page.getByRole('button', { name: /Exempel AB/ }))
      .toHaveAttribute('aria-expanded', 'true');
    expect(textOf(widget)).toContain('Visar 4 av 4 samarbeten');
    expect(textOf(widget)).not.toContain('Nystart HB');
    expect(
      page.getByLabelText('Sök kund på namn eller organisationsnummer').elements(),
    ).toHaveLength(0);
    expect(page.getByLabelText('Kundansvarig').elements()).toHaveLength(0);
    const customerId = collaborationsFixture[0]?.customer.id;
    expect(listInputs(api.requests)).toContainEqual({ limit: 50, customerId });
    expect(
      api.requests.flatMap((request) =>
        request.procedures.flatMap((procedure, index) =>
          procedure === 'collaborations.filterOptions' ? [request.inputs[index]] : [],
        ),
      ),
    ).toEqual([{ customerId }]);
    await expectNoAxeViolations(widget);
  });

  it('explains that the customer has none yet', async () => {
    useApi(collaborationsApi({ collaborations: [] }).handlers);
    const widget = mountOverview({ 'customer-id': collaborationsFixture[0]?.customer.id ?? '' });
    await expect.element(page.getByRole('heading', { name: 'Inga samarbeten än' })).toBeVisible();
    expect(textOf(widget)).toContain('Kunden har inga samarbeten än.');
  });
});

describe('given an agency with no collaborations', () => {
  it('shows a designed empty state, in sv and en, with no violations', async () => {
    useApi(collaborationsApi({ collaborations: [] }).handlers);
    const widget = mountOverview();
    await expect.element(page.getByRole('heading', { name: 'Inga samarbeten än' })).toBeVisible();
    expect(textOf(widget)).toContain(
      'När byrån bjuder in en kund till en tjänst visas samarbetet här',
    );
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect
      .element(page.getByRole('heading', { name: 'No collaborations yet' }))
      .toBeVisible();
    await expectNoAxeViolations(widget);
  });
});

describe('given the list still loading', () => {
  it('says so in a status region over grey rows, with no violations', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    useApi(collaborationsApi().handlers, gate);
    const widget = mountOverview();
    await expect.element(page.getByText('Hämtar samarbeten…')).toBeVisible();
    expect(page.getByText('Hämtar samarbeten…').element().getAttribute('role')).toBe('status');
    expect(
      shadowOf(widget).querySelectorAll(
        '[role="tabpanel"]:not([hidden]) .collab-overview__skeleton li',
      ),
    ).toHaveLength(3);
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect.element(page.getByText('Loading collaborations…')).toBeVisible();
    await expectNoAxeViolations(widget);
    release();
    await expect.poll(() => textOf(widget)).toContain('Showing 10 of 10 collaborations');
  });
});

describe('given the list failing', () => {
  it('shows the contracts’ message, reports collab:error, and loads on “Try again”', async () => {
    let fail = true;
    const { handlers } = collaborationsApi();
    useApi({
      ...handlers,
      'collaborations.list': (input) => {
        if (fail && input.status === undefined) throw new FakeApiError('INTERNAL');
        return handlers['collaborations.list'](input);
      },
    });
    const errors: CollabErrorDetail[] = [];
    document.addEventListener('collab:error', (event) => errors.push(event.detail));
    const widget = mountOverview();
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(page.getByRole('alert').element().textContent).toBe(
      'Samarbetena kunde inte hämtas.Något gick fel hos oss. Försök igen om en stund.',
    );
    await expect.poll(() => errors.map((error) => error.code)).toContain('INTERNAL');
    expect(errors[0]).toMatchObject({ procedure: 'collaborations.list', view: 'collaborations' });
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect
      .element(page.getByText('Something went wrong on our side. Try again in a moment.'))
      .toBeVisible();
    await expectNoAxeViolations(widget);

    fail = false;
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.poll(() => textOf(widget)).toContain('Showing 10 of 10 collaborations');
  });
});

describe('given a standard employee', () => {
  it('offers Edit (the task) and History only, and says why', async () => {
    useApi({ ...collaborationsApi().handlers, 'session.me': () => standardRightsEmployee });
    const widget = mountOverview();
    await expect.poll(() => textOf(widget)).toContain('Du har standardbehörighet');
    await userEvent.click(page.getByRole('button', { name: 'Visa alla kunders samarbeten' }));
    await expect.element(page.getByRole('button', { name: 'Redigera' }).first()).toBeVisible();
    expect(page.getByRole('button', { name: 'Avsluta', exact: true }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: 'Koppla', exact: true }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: 'Historik' }).elements()).toHaveLength(10);
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect.poll(() => textOf(widget)).toContain('You have standard rights');
    await expectNoAxeViolations(widget);
  });
});

describe('given a full-rights employee in English', () => {
  it('shows every action where it applies, with no violations in light and dark', async () => {
    useApi(collaborationsApi().handlers);
    const widget = mountOverview({ locale: 'en' });
    await userEvent.click(
      page.getByRole('button', { name: 'Show every customer’s collaborations' }),
    );
    const active = page
      .getByRole('listitem')
      .filter({ hasText: 'Active since 1 October 2026' })
      .last();
    await expect.element(active.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect.element(active.getByRole('button', { name: 'End' })).toBeVisible();
    await expect.element(active.getByRole('button', { name: 'History' })).toBeVisible();
    expect(textOf(widget)).toContain('Task: Bokföring (owner Karin Lund)');
    expect(textOf(widget)).toContain('The invitation expired on 1 October 2026');
    await expectNoAxeViolations(widget);
    widget.setAttribute('theme', 'dark');
    await expectNoAxeViolations(widget);
  });
});

describe('given the keyboard only', () => {
  it('opens a customer with Enter and moves between the tabs with the arrow keys', async () => {
    useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    const exempel = page.getByRole('button', { name: /Exempel AB/ });
    await expect.element(exempel).toBeVisible();
    (exempel.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{Enter}');
    await expect.element(exempel).toHaveAttribute('aria-expanded', 'false');

    const collaborationsTab = page.getByRole('tab', { name: 'Samarbeten' });
    (collaborationsTab.element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    const sentTab = page.getByRole('tab', { name: /Skickade förfrågningar/ });
    await expect.element(sentTab).toHaveAttribute('aria-selected', 'true');
    expect(shadowOf(widget).activeElement).toBe(sentTab.element());
    await expect
      .element(page.getByRole('tabpanel', { name: /Skickade förfrågningar/ }))
      .toBeVisible();
    // A full-rights employee also has the Import tab, last (flow 6).
    const importTab = page.getByRole('tab', { name: 'Importera' });
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(importTab).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(collaborationsTab).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    await expect.element(importTab).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Home}');
    await expect.element(collaborationsTab).toHaveAttribute('aria-selected', 'true');
    expect(collaborationsTab.element().getAttribute('tabindex')).toBe('0');
    expect(sentTab.element().getAttribute('tabindex')).toBe('-1');
  });
});
