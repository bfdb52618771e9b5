import { companyTermsFor } from '@collab/contracts';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { defineCollabElements } from '../../elements/define.js';
import type {
  CollabAcceptedDetail,
  CollabDeclinedDetail,
  CollabEndedDetail,
  CollabErrorDetail,
  CollabEventDetails,
} from '../../events.js';
import { svMessages } from '../../i18n/messages.js';
import { CollabProvider } from '../../react/collab-provider.js';
import { CustomerCollaborations } from '../../react/customer-collaborations.js';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { shadowOf } from '../../test-support/element-page.js';
import {
  createFakeApi,
  FakeApiError,
  type FakeApiHandlers,
  FakeNetworkFailure,
  FakeNoAnswer,
} from '../../test-support/fake-api.js';
import {
  collaborationIds,
  customerSideHandlers,
  customerUserSession,
  noCollaborations,
  pendingInvitationId,
  twoAgencies,
  twoAgenciesAccess,
} from '../../test-support/fixtures/customer-collaborations.js';

/*
 * The customer's view (`collab-customer-collaborations`) in the custom element registered from
 * source, against the typed fake of the API: every state, what the person sees, the keyboard,
 * and axe in sv and en.
 */

defineCollabElements();

let api: ReturnType<typeof createFakeApi>;
let mounted = 0;

function useApi(handlers: FakeApiHandlers) {
  api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', api.fetch);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The element in a page's main landmark; each its own API URL, so no test shares a cache. */
function mountView(locale: 'sv' | 'en' = 'sv'): HTMLElement {
  mounted += 1;
  const widget = document.createElement('collab-customer-collaborations');
  widget.setAttribute('api-url', `https://collab.test/view-${mounted}/trpc`);
  widget.setAttribute('locale', locale);
  const main = document.createElement('main');
  main.append(widget);
  document.body.append(main);
  return widget;
}

/** What the person sees, with the spacing of the markup folded. */
function viewText(widget: HTMLElement): string {
  return (shadowOf(widget).textContent ?? '').replace(/\s+/g, ' ');
}

function focused(widget: HTMLElement): HTMLElement | null {
  return shadowOf(widget).activeElement as HTMLElement | null;
}

async function expectText(widget: HTMLElement, text: string, timeout = 2000) {
  await expect.poll(() => viewText(widget), { timeout }).toContain(text);
}

/** Presses Tab until the focus is on the control whose text or label is `name`. */
async function tabTo(widget: HTMLElement, name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    const active = focused(widget);
    const label =
      active instanceof HTMLTextAreaElement
        ? (active.labels?.[0]?.textContent ?? '')
        : (active?.textContent ?? '');
    if (label.trim() === name) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${name}`);
}

function listen<Name extends keyof CollabEventDetails>(name: Name) {
  const details: CollabEventDetails[Name][] = [];
  const listener = (event: Event) =>
    details.push((event as CustomEvent<CollabEventDetails[Name]>).detail);
  document.addEventListener(name, listener);
  return details;
}

describe('given an admin of the company with collaborations and an invitation', () => {
  it('shows the invitation and the collaborations, with options, who pays and dates', async () => {
    useApi(customerSideHandlers());
    const widget = mountView();
    await expectText(widget, '1 inbjudan väntar på svar');
    const text = viewText(widget);
    expect(text).toContain('Samarbeten med byråer');
    expect(text).toContain('För Ägarbolaget AB');
    expect(text).toContain('Inbjudan från Lund & Berg Redovisning');
    expect(text).toContain(
      'Skickad 20 november 2026 av Karin Lund. Gäller till och med 20 december 2026.',
    );
    expect(text).toContain('Ekonomiöversikt (Period: 12 månader). Betalas av: ert företag');
    expect(text).toContain(
      'Får tillgång när inbjudan accepteras: Karin Lund och Olle Berg, som deltar i uppdraget Bokföring.',
    );
    expect(text).toContain('eEkonomiAktivtUppdragBokföring');
    expect(text).toContain('ValVariant: Smart');
    expect(text).toContain('Betalas avbyrån');
    expect(text).toContain('Aktivt sedan2 september 2026');
    expect(text).toContain('UtläggAvslutat');
    expect(text).toContain('Avslutat31 augusti 2026');
    // The agency is named once, as the heading of its section, not on every card.
    expect(text).not.toContain('med Lund & Berg Redovisning');
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Lund & Berg Redovisning' }))
      .toBeVisible();
    expect(text).not.toContain('bara administratörer');

    await expect.element(page.getByRole('button', { name: 'Acceptera' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Avböj' })).toBeVisible();
    // Only the two active collaborations can be ended; the ended Utlägg cannot.
    expect(page.getByRole('button', { name: 'Avsluta' }).elements()).toHaveLength(2);
    await expectNoAxeViolations(widget);
  });

  it('says the same in English, and passes axe', async () => {
    useApi(customerSideHandlers());
    const widget = mountView('en');
    await expectText(widget, '1 invitation waiting for an answer');
    const text = viewText(widget);
    expect(text).toContain('Collaborations with agencies');
    expect(text).toContain('Sent on 20 November 2026 by Karin Lund. Valid until 20 December 2026.');
    expect(text).toContain('Ekonomiöversikt (Period: 12 months). Paid by: your company');
    expect(text).toContain('ScannerActive');
    expect(text).toContain('Active since3 October 2026');
    await expect.element(page.getByRole('button', { name: 'Accept', exact: true })).toBeVisible();
    await expectNoAxeViolations(widget);
  });

  it('passes axe in the dark theme, on a light page, with the panels open', async () => {
    useApi(customerSideHandlers());
    const widget = mountView('en');
    widget.setAttribute('theme', 'dark');
    await expectText(widget, '1 invitation waiting for an answer');
    await expectText(widget, 'Has access to Scanner and eEkonomi');
    await expectNoAxeViolations(widget);
    await userEvent.click(page.getByRole('button', { name: 'Accept', exact: true }));
    await expectText(widget, 'Terms of the collaboration with Lund & Berg Redovisning');
    await expectNoAxeViolations(widget);
  });

  it('accepts by keyboard: the terms first, then the result message takes the focus', async () => {
    useApi(customerSideHandlers());
    const accepted = listen('collab:accepted');
    const widget = mountView();
    await expectText(widget, '1 inbjudan väntar på svar');

    await tabTo(widget, 'Acceptera');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => focused(widget)?.textContent)
      .toBe('Villkor för samarbetet med Lund & Berg Redovisning');
    for (const line of companyTermsFor('sv', 'Lund & Berg Redovisning')) {
      expect(viewText(widget)).toContain(line);
    }
    await expectNoAxeViolations(widget);

    await tabTo(widget, 'Acceptera inbjudan');
    await userEvent.keyboard('{Enter}');
    const message =
      'Du har accepterat inbjudan från Lund & Berg Redovisning. Ekonomiöversikt är aktivt nu. Karin Lund och Olle Berg på byrån har fått tillgång.';
    await expect.poll(() => focused(widget)?.textContent).toBe(message);
    expect(focused(widget)?.closest('[role="status"]')).not.toBeNull();
    expect(accepted).toEqual([
      {
        invitationId: pendingInvitationId,
        collaborationIds: ['c0a1f6e2-1b7d-4c8e-9a01-5d3e7f20a204'],
      } satisfies CollabAcceptedDetail,
    ]);
    expect(api.requests.find((request) => request.method === 'POST')?.inputs).toEqual([
      { invitationId: pendingInvitationId },
    ]);
    // The list is read again: the invitation is answered and Ekonomiöversikt is active.
    await expect.poll(() => viewText(widget)).not.toContain('väntar på svar');
    await expectText(widget, 'EkonomiöversiktAktivt');
    // Ekonomiöversikt is in the matrix now (a list at this width), and its task's participants
    // have access.
    await expect
      .poll(() => shadowOf(widget).querySelector('.collab-matrix-list')?.textContent)
      .toContain(
        'Olle Bergdeltar i uppdraget BokföringHar tillgång till Ekonomiöversikt och eEkonomi',
      );
    await expectNoAxeViolations(widget);
  });

  it('declines by keyboard with a reason, and the result message takes the focus', async () => {
    useApi(customerSideHandlers());
    const declined = listen('collab:declined');
    const widget = mountView();
    await expectText(widget, '1 inbjudan väntar på svar');

    await tabTo(widget, 'Avböj');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(widget)?.tagName).toBe('TEXTAREA');
    expect((focused(widget) as HTMLTextAreaElement).labels?.[0]?.textContent).toBe(
      'Anledning (valfri)',
    );
    expect(viewText(widget)).toContain('Karin Lund på Lund & Berg Redovisning får se anledningen.');
    await userEvent.keyboard('Vi sköter översikten själva.');
    await expectNoAxeViolations(widget);

    await tabTo(widget, 'Avböj inbjudan');
    await userEvent.keyboard('{Enter}');
    const message =
      'Du har avböjt inbjudan från Lund & Berg Redovisning. Karin Lund på byrån får veta det.';
    await expect.poll(() => focused(widget)?.textContent).toBe(message);
    expect(declined).toEqual([
      {
        invitationId: pendingInvitationId,
        collaborationIds: ['c0a1f6e2-1b7d-4c8e-9a01-5d3e7f20a204'],
        reason: 'Vi sköter översikten själva.',
      } satisfies CollabDeclinedDetail,
    ]);
    expect(api.requests.find((request) => request.method === 'POST')?.inputs).toEqual([
      { invitationId: pendingInvitationId, reason: 'Vi sköter översikten själva.' },
    ]);
    await expect.poll(() => viewText(widget)).not.toContain('väntar på svar');
    await expectNoAxeViolations(widget);
  });

  it('declines without a reason, in English', async () => {
    useApi(customerSideHandlers());
    const declined = listen('collab:declined');
    const widget = mountView('en');
    await userEvent.click(page.getByRole('button', { name: 'Decline', exact: true }));
    await expect.element(page.getByLabelText('Reason (optional)')).toBeVisible();
    expect(viewText(widget)).toContain(
      'Karin Lund at Lund & Berg Redovisning will see the reason.',
    );
    await expectNoAxeViolations(widget);
    await userEvent.click(page.getByRole('button', { name: 'Decline the invitation' }));
    await expect
      .poll(() => focused(widget)?.textContent)
      .toBe(
        'You declined the invitation from Lund & Berg Redovisning. Karin Lund at the agency is told.',
      );
    expect(declined[0]?.reason).toBeNull();
    await expectNoAxeViolations(widget);
    expect(api.requests.find((request) => request.method === 'POST')?.inputs).toEqual([
      { invitationId: pendingInvitationId },
    ]);
  });

  it('gives the focus back to Accept or Decline when a panel is cancelled or Escape is pressed', async () => {
    useApi(customerSideHandlers());
    const widget = mountView();
    await expectText(widget, '1 inbjudan väntar på svar');
    await tabTo(widget, 'Acceptera');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(widget)?.tagName).toBe('H5');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => focused(widget)?.textContent).toBe('Acceptera');

    await tabTo(widget, 'Avböj');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(widget)?.tagName).toBe('TEXTAREA');
    await tabTo(widget, 'Avbryt');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(widget)?.textContent).toBe('Avböj');
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('shows a failed accept in the panel, sends collab:error, and tries again', async () => {
    const handlers = customerSideHandlers();
    let failing = true;
    useApi({
      ...handlers,
      'invitations.accept': (input) => {
        if (failing) throw new FakeNetworkFailure();
        const accept = handlers['invitations.accept'];
        if (!accept) throw new Error('no accept handler');
        return accept(input);
      },
    });
    const errors = listen('collab:error');
    const widget = mountView();
    await userEvent.click(page.getByRole('button', { name: 'Acceptera', exact: true }));
    await userEvent.click(page.getByRole('button', { name: 'Acceptera inbjudan' }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.');
    expect(errors).toEqual([
      {
        code: 'NETWORK_ERROR',
        message: 'Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.',
        httpStatus: null,
        procedure: null,
        view: 'customer-collaborations',
      } satisfies CollabErrorDetail,
    ]);
    await expectNoAxeViolations(widget);

    failing = false;
    await userEvent.click(page.getByRole('button', { name: 'Försök igen' }));
    await expect.poll(() => focused(widget)?.textContent).toContain('Du har accepterat inbjudan');
  });

  it('says so at the top when the invitation was answered meanwhile, and reads the list again', async () => {
    const handlers = customerSideHandlers();
    let answeredElsewhere = false;
    useApi({
      ...handlers,
      'account.collaborations': (input) => {
        const read = handlers['account.collaborations'];
        if (!read) throw new Error('no list handler');
        const list = read(input);
        return answeredElsewhere ? { ...list, pendingInvitations: [] } : list;
      },
      'invitations.accept': () => {
        answeredElsewhere = true;
        throw new FakeApiError('INVITATION_ALREADY_ACCEPTED');
      },
    });
    const widget = mountView();
    await userEvent.click(page.getByRole('button', { name: 'Acceptera', exact: true }));
    await userEvent.click(page.getByRole('button', { name: 'Acceptera inbjudan' }));
    await expect
      .poll(() => focused(widget)?.textContent)
      .toBe(
        'Inbjudan från Lund & Berg Redovisning går inte att svara på längre: Inbjudan är redan accepterad.',
      );
    await expect.poll(() => viewText(widget)).not.toContain('väntar på svar');
    await expectNoAxeViolations(widget);
  });
});

describe('given who has access and why', () => {
  // Wide enough for the table; at a phone's width it is a list (see the 390 px test).
  beforeEach(async () => {
    await page.viewport(1280, 800);
  });
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  it('shows people × services as a table with headers, and says each cell in words', async () => {
    useApi(customerSideHandlers());
    const widget = mountView();
    const table = page.getByRole('table', {
      name: 'Medarbetare på Lund & Berg Redovisning som har tillgång, per tjänst',
    });
    await expect.element(table).toBeVisible();
    const element = table.element() as HTMLTableElement;
    const headers = [...element.querySelectorAll('thead th')].map((th) => [
      th.getAttribute('scope'),
      th.textContent,
    ]);
    expect(headers).toEqual([
      ['col', 'Medarbetare'],
      ['col', 'Scanner'],
      ['col', 'eEkonomi'],
    ]);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => [cell.tagName, cell.getAttribute('scope'), cell.textContent]),
    );
    expect(rows).toEqual([
      [
        ['TH', 'row', 'Karin Lunddeltar i uppdraget Bokföring'],
        ['TD', null, 'Har tillgång'],
        ['TD', null, 'Har tillgång'],
      ],
      [
        ['TH', 'row', 'Olle Bergdeltar i uppdraget Bokföring'],
        ['TD', null, '–Ingen tillgång'],
        ['TD', null, 'Har tillgång'],
      ],
    ]);
    // The eye sees a mark; the words are there for a screen reader, not only an icon.
    const cell = element.querySelector('tbody td');
    expect(cell?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(cell?.querySelector('.collab-visually-hidden')?.textContent).toBe('Har tillgång');
    // Each name is said once, not once per service.
    expect(element.textContent?.split('Karin Lund')).toHaveLength(2);
    await expectNoAxeViolations(widget);
  });

  it('labels the company’s admins "administratör", never "kontaktperson", in sv and en', async () => {
    useApi(customerSideHandlers());
    const widget = mountView();
    await expectText(
      widget,
      'Från ert företag har dessa tillgång till tjänsterna: Kim Ägare (administratör) och Lo Ekonomi (administratör).',
    );
    expect(viewText(widget)).not.toContain('kontaktperson');
    widget.setAttribute('locale', 'en');
    await expectText(
      widget,
      'From your company, these people have access to the services: Kim Ägare (administrator) and Lo Ekonomi (administrator).',
    );
    expect(viewText(widget)).not.toContain('contact person');
    await expectNoAxeViolations(widget);
  });

  it('keeps the rest of the view when the access list fails, and tries it again', async () => {
    let failing = true;
    const handlers = customerSideHandlers();
    useApi({
      ...handlers,
      'access.list': (input) => {
        if (failing) throw new FakeApiError('RATE_LIMITED');
        const list = handlers['access.list'];
        if (!list) throw new Error('no access handler');
        return list(input);
      },
    });
    const widget = mountView();
    await expectText(widget, 'Vem som har tillgång kunde inte hämtas.');
    expect(viewText(widget)).toContain('eEkonomiAktivt');
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expectText(widget, 'Who has access could not be loaded.');
    await expectNoAxeViolations(widget);
    failing = false;
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect.element(page.getByRole('rowheader', { name: /Karin Lund/ })).toBeInTheDocument();
  });
});

describe('given a company that works with two agencies and declined an invitation', () => {
  const handlers = () =>
    customerSideHandlers({ collaborations: twoAgencies, access: twoAgenciesAccess });

  beforeEach(async () => {
    await page.viewport(1280, 800);
  });
  afterEach(async () => {
    await page.viewport(414, 896);
  });

  it('names each agency once, with its own services and matrix', async () => {
    useApi(handlers());
    const widget = mountView();
    await expectText(widget, 'Gustav Gran');
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Ek & Gran Revision' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('heading', { level: 3, name: 'Lund & Berg Redovisning' }))
      .toBeVisible();
    const sections = [...shadowOf(widget).querySelectorAll('.collab-customer-agency')];
    expect(sections.map((section) => section.querySelector('h3')?.textContent)).toEqual([
      'Lund & Berg Redovisning',
      'Ek & Gran Revision',
    ]);
    const second = sections[1];
    expect(second?.querySelector('caption')?.textContent).toBe(
      'Medarbetare på Ek & Gran Revision som har tillgång, per tjänst',
    );
    expect([...(second?.querySelectorAll('thead th') ?? [])].map((th) => th.textContent)).toEqual([
      'Medarbetare',
      'Utlägg',
    ]);
    expect(second?.textContent).toContain('Gustav Grandeltar i uppdraget Löner');
    expect(second?.textContent).not.toContain('Karin Lund');
    await expectNoAxeViolations(widget);
  });

  it('shows a declined item with its reason and the date it was declined, in sv and en', async () => {
    useApi(handlers());
    const widget = mountView();
    await expectText(widget, 'Gustav Gran');
    await expectText(widget, 'EkonomiöversiktAvböjt');
    const declined = [...shadowOf(widget).querySelectorAll('article')].find(
      (article) => article.querySelector('h4')?.textContent === 'Ekonomiöversikt',
    );
    expect(declined?.textContent?.replace(/\s+/g, ' ')).toContain(
      'Avböjt12 juni 2026SkälVi väntar till nästa räkenskapsår.',
    );
    // A declined item cannot be ended.
    expect(declined?.querySelector('button')).toBeNull();
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect
      .poll(() => declined?.textContent ?? '')
      .toContain('Declined12 June 2026ReasonVi väntar till nästa räkenskapsår.');
    await expectNoAxeViolations(widget);
  });

  it('says so when a declined invitation came with no reason', async () => {
    const [scanner, eEkonomi, declined, utlagg] = twoAgencies.collaborations;
    if (!scanner || !eEkonomi || !declined?.invitation || !utlagg) throw new Error('fixture');
    useApi(
      customerSideHandlers({
        collaborations: {
          ...twoAgencies,
          collaborations: [
            scanner,
            eEkonomi,
            { ...declined, invitation: { ...declined.invitation, declineReason: null } },
            utlagg,
          ],
        },
        access: twoAgenciesAccess,
      }),
    );
    const widget = mountView('en');
    await expectText(widget, 'ReasonNo reason given');
  });

  it('passes axe in sv and en, light and dark', async () => {
    useApi(handlers());
    const widget = mountView();
    await expectText(widget, 'Gustav Gran');
    for (const locale of ['sv', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        widget.setAttribute('locale', locale);
        widget.setAttribute('theme', theme);
        await expectText(widget, locale === 'sv' ? 'Har tillgång' : 'Has access');
        await expectNoAxeViolations(widget);
      }
    }
  });

  it('turns the matrix into a list per person at 390 px', async () => {
    await page.viewport(390, 844);
    useApi(handlers());
    const widget = mountView();
    await expectText(widget, 'Gustav Gran');
    const root = shadowOf(widget);
    await expect
      .poll(() => getComputedStyle(root.querySelector('.collab-matrix') as Element).display)
      .toBe('none');
    const lists = [...root.querySelectorAll<HTMLElement>('.collab-matrix-list')];
    expect(lists.map((list) => getComputedStyle(list).display)).toEqual(['grid', 'grid']);
    const olle = [...(lists[0]?.querySelectorAll('li') ?? [])].find((item) =>
      item.textContent?.startsWith('Olle Berg'),
    );
    expect(olle?.textContent).toBe(
      'Olle Bergdeltar i uppdraget BokföringHar tillgång till eEkonomiIngen tillgång till Scanner',
    );
    // Nothing is wider than the phone's screen.
    expect(root.querySelector('.collab-customer-view')?.scrollWidth).toBeLessThanOrEqual(390);
    // The table is out of the accessibility tree, so a screen reader meets the list only.
    await expect.element(page.getByRole('table')).not.toBeInTheDocument();
    await expect
      .element(
        page.getByRole('list', {
          name: 'Medarbetare på Lund & Berg Redovisning som har tillgång, per tjänst',
        }),
      )
      .toBeVisible();
    await expectNoAxeViolations(widget);
  });
});

describe('given a user of the company who is not an admin', () => {
  it('sees everything read-only, told that only admins can answer or end, and who they are', async () => {
    useApi(customerSideHandlers({ session: customerUserSession }));
    const widget = mountView();
    await expectText(widget, 'Kim Ägare (k***@agarbolaget.se)');
    const text = viewText(widget);
    expect(text).toContain(
      'Du kan se företagets samarbeten, men bara administratörer kan acceptera och avböja inbjudningar och avsluta samarbeten.',
    );
    expect(text).toContain(
      'Företagets administratörer: Kim Ägare (k***@agarbolaget.se) och Lo Ekonomi (l***@agarbolaget.se).',
    );
    expect(text).toContain('Inbjudan från Lund & Berg Redovisning');
    expect(text).toContain('Väntar på att en administratör svarar.');
    expect(text).toContain('eEkonomiAktivt');
    await expectText(widget, 'Kim Ägare (administratör)');
    expect(viewText(widget)).not.toContain('kontaktperson');
    for (const name of ['Acceptera', 'Avböj', 'Avsluta']) {
      expect(page.getByRole('button', { name, exact: true }).elements()).toHaveLength(0);
    }
    await expectNoAxeViolations(widget);
  });

  it('reads the same in English, and passes axe', async () => {
    useApi(customerSideHandlers({ session: customerUserSession }));
    const widget = mountView('en');
    await expectText(
      widget,
      'The company’s administrators: Kim Ägare (k***@agarbolaget.se) and Lo Ekonomi (l***@agarbolaget.se).',
    );
    expect(viewText(widget)).toContain(
      'You can see the company’s collaborations, but only administrators can accept and decline invitations and end collaborations.',
    );
    expect(viewText(widget)).toContain('Waiting for an administrator to answer.');
    await expectNoAxeViolations(widget);
  });
});

describe('given a company with no collaborations yet', () => {
  it('says so and what happens next, in sv and en, and passes axe', async () => {
    useApi(customerSideHandlers({ collaborations: noCollaborations, access: [] }));
    const widget = mountView();
    await expectText(widget, 'Inga samarbeten än');
    expect(viewText(widget)).toContain(
      'Företaget samarbetar inte med någon byrå än. När en byrå bjuder in företaget visas inbjudan här, och en administratör kan acceptera eller avböja den.',
    );
    expect(viewText(widget)).not.toContain('Vem har tillgång');
    await expectNoAxeViolations(widget);

    widget.setAttribute('locale', 'en');
    await expectText(widget, 'No collaborations yet');
    expect(viewText(widget)).toContain('The company does not work with any agency yet.');
    await expectNoAxeViolations(widget);
  });
});

describe('while the collaborations load', () => {
  it('shows a busy view with a loading line, in sv and en, and passes axe', async () => {
    useApi({
      ...customerSideHandlers(),
      'account.collaborations': () => {
        throw new FakeNoAnswer();
      },
    });
    const widget = mountView();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'Hämtar företagets samarbeten…' }))
      .toBeVisible();
    expect(shadowOf(widget).querySelector('section')?.getAttribute('aria-busy')).toBe('true');
    await expectNoAxeViolations(widget);

    widget.setAttribute('locale', 'en');
    await expectText(widget, 'Loading the company’s collaborations…');
    await expectNoAxeViolations(widget);
  });
});

describe('given the API cannot be reached', () => {
  it('explains the failure, reports it, and tries again into the view with the focus on its heading', async () => {
    let failing = true;
    const handlers = customerSideHandlers();
    useApi({
      ...handlers,
      'account.collaborations': (input) => {
        if (failing) throw new FakeNetworkFailure();
        const list = handlers['account.collaborations'];
        if (!list) throw new Error('no list handler');
        return list(input);
      },
    });
    const errors = listen('collab:error');
    const widget = mountView();
    // Queries ask three times over about three seconds before giving up on the network.
    await expectText(widget, 'Företagets samarbeten kunde inte hämtas.', 8000);
    expect(viewText(widget)).toContain(
      'Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.',
    );
    await expect.element(page.getByRole('alert')).toBeVisible();
    expect(errors.map((error) => [error.code, error.view])).toContainEqual([
      'NETWORK_ERROR',
      'customer-collaborations',
    ]);
    await expectNoAxeViolations(widget);

    widget.setAttribute('locale', 'en');
    await expectText(widget, 'The company’s collaborations could not be loaded.');
    expect(viewText(widget)).toContain(
      'Could not reach the service. Check the connection and try again.',
    );
    await expectNoAxeViolations(widget);

    failing = false;
    await userEvent.click(page.getByRole('button', { name: 'Try again' }));
    await expect
      .poll(() => focused(widget)?.textContent, { timeout: 4000 })
      .toBe('Collaborations with agencies');
    await expectText(widget, '1 invitation waiting for an answer');
  }, 20_000);

  it('offers no view to an agency employee, and says why by the error code', async () => {
    useApi({
      ...customerSideHandlers(),
      'account.collaborations': () => {
        throw new FakeApiError('ACCOUNT_USER_REQUIRED');
      },
    });
    const widget = mountView();
    await expectText(
      widget,
      'Logga in som användare i företagets konto för att svara på inbjudan.',
    );
    await expectNoAxeViolations(widget);
  });
});

/** The End button's collaboration, by the heading that describes the button. */
function describedBy(widget: HTMLElement, element: HTMLElement | null): string {
  const id = element?.getAttribute('aria-describedby') ?? '';
  return shadowOf(widget).getElementById(id)?.textContent ?? '';
}

describe('given an admin ending a collaboration', () => {
  // The End dialog's own wording belongs to it (views/collaboration-actions).
  const confirmEnd = svMessages['actions.end.confirm'];
  const close = svMessages['actions.close'];

  it('opens the End dialog by keyboard, and gives the focus back to the button on Escape', async () => {
    useApi(customerSideHandlers());
    const widget = mountView();
    await expectText(widget, 'ScannerAktivt');
    await tabTo(widget, 'Avsluta');
    expect(describedBy(widget, focused(widget))).toBe('Scanner');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadowOf(widget).querySelector('dialog')?.open).toBe(true);
    await expectText(widget, svMessages['actions.end.title'].replace('{service}', 'Scanner'));
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => shadowOf(widget).querySelector('dialog')).toBeNull();
    await expect.poll(() => focused(widget)?.textContent).toBe('Avsluta');
    expect(describedBy(widget, focused(widget))).toBe('Scanner');
    expect(api.requests.some((request) => request.method === 'POST')).toBe(false);
  });

  it('ends by keyboard: collab:ended, the list read again, the focus on the result message', async () => {
    useApi(customerSideHandlers());
    const endedEvents = listen('collab:ended');
    const errors = listen('collab:error');
    const widget = mountView();
    await expectText(widget, 'ScannerAktivt');
    await tabTo(widget, 'Avsluta');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => shadowOf(widget).querySelector('dialog')?.open).toBe(true);
    await tabTo(widget, confirmEnd);
    await userEvent.keyboard('{Enter}');
    await expectText(widget, svMessages['actions.end.doneHeading']);
    expect(endedEvents).toEqual([
      {
        collaborationId: collaborationIds.scanner,
        service: 'scanner',
        endedAt: '2026-11-27T09:00:00.000Z',
      } satisfies CollabEndedDetail,
    ]);
    await tabTo(widget, close);
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => focused(widget)?.textContent)
      .toBe('Samarbetet i Scanner med Lund & Berg Redovisning är avslutat.');
    // Scanner is over: no End button for it, and its staff lost access.
    await expect
      .poll(() => page.getByRole('button', { name: 'Avsluta' }).elements())
      .toHaveLength(1);
    await expect
      .poll(() => shadowOf(widget).querySelector('.collab-matrix-list')?.textContent)
      .toBe(
        'Karin Lunddeltar i uppdraget BokföringHar tillgång till eEkonomiOlle Bergdeltar i uppdraget BokföringHar tillgång till eEkonomi',
      );
    expect(viewText(widget)).not.toContain('Listan kunde inte uppdateras');
    expect(viewText(widget)).toContain('ScannerAvslutat');
    // The End dialog shares the list's query: its refetches while open must not fail.
    expect(errors).toEqual([]);
    await expectNoAxeViolations(widget);
  });
});

describe('given a React host', () => {
  it('renders the view in its own shadow root and hands the answers to its callbacks', async () => {
    useApi(customerSideHandlers());
    const onAccepted = vi.fn<(detail: CollabAcceptedDetail) => void>();
    mounted += 1;
    const screen = await render(
      <main>
        <CollabProvider
          apiUrl={`https://collab.test/react-${mounted}/trpc`}
          getToken={() => 'react-host-token'}
          locale="en"
        >
          <CustomerCollaborations onAccepted={onAccepted} />
        </CollabProvider>
      </main>,
    );
    await userEvent.click(page.getByRole('button', { name: 'Accept', exact: true }));
    await userEvent.click(page.getByRole('button', { name: 'Accept the invitation' }));
    await expect.poll(() => onAccepted.mock.calls.length).toBe(1);
    expect(onAccepted.mock.calls[0]?.[0]).toEqual({
      invitationId: pendingInvitationId,
      collaborationIds: ['c0a1f6e2-1b7d-4c8e-9a01-5d3e7f20a204'],
    });
    const host = screen.container.querySelector<HTMLElement>(
      '[data-collab-view="customer-collaborations"]',
    );
    expect(host?.shadowRoot?.textContent).toContain('You accepted the invitation');
    if (host) await expectNoAxeViolations(host);
    expect(api.requests[0]?.authorization).toBe('Bearer react-host-token');
  });
});
