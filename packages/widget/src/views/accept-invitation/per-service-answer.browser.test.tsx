import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { AcceptInvitationElement } from '../../elements/accept-invitation-element.js';
import { defineCollabElements } from '../../elements/define.js';
import { shadowOf } from '../../test-support/element-page.js';
import { createFakeApi, FakeApiError, type FakeApiHandlers } from '../../test-support/fake-api.js';
import {
  type AnswerLog,
  acceptedCollaborationIds,
  acceptPageHandlers,
  invitationId,
  invitationToken,
  pendingInvitation,
} from '../../test-support/fixtures/accept-invitation.js';

/*
 * Issue #16, items 5 and 6 (flow 2 in docs/flows.md): the company decides with what it needs
 * in front of it (who gets access, what each service means, who pays, terms in its own words),
 * the answer stays in view, and it answers per service, with the dependencies explained.
 */

defineCollabElements();

let apiCount = 0;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function openPage(handlers: FakeApiHandlers, locale: 'sv' | 'en' = 'sv'): AcceptInvitationElement {
  const api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', api.fetch);
  apiCount += 1;
  const element = document.createElement('collab-accept-invitation') as AcceptInvitationElement;
  element.setAttribute('api-url', `https://collab.test/per-service-${apiCount}/trpc`);
  element.setAttribute('token', 'signed-in-user');
  element.setAttribute('invitation-token', invitationToken);
  element.setAttribute('locale', locale);
  const main = document.createElement('main');
  main.append(element);
  document.body.append(main);
  return element;
}

const headings = {
  sv: 'Inbjudan från Lund & Berg Redovisning',
  en: 'Invitation from Lund & Berg Redovisning',
};

async function expectScreen(element: HTMLElement, heading: string) {
  await expect
    .poll(() => shadowOf(element).activeElement?.textContent, { timeout: 5000 })
    .toBe(heading);
}

function textOf(element: HTMLElement): string {
  return shadowOf(element).textContent ?? '';
}

function checkbox(element: HTMLElement, name: string): HTMLInputElement {
  const label = [...shadowOf(element).querySelectorAll('label')].find(
    (candidate) => candidate.textContent === name,
  );
  const input = label ? shadowOf(element).getElementById(label.htmlFor) : null;
  if (!(input instanceof HTMLInputElement)) throw new Error(`No checkbox labelled ${name}`);
  return input;
}

function button(element: HTMLElement, name: string): HTMLButtonElement {
  const found = [...shadowOf(element).querySelectorAll('button')].find(
    (candidate) => candidate.textContent === name,
  );
  if (!found) throw new Error(`No button ${name}`);
  return found;
}

/** Presses Tab until `target` has the focus (at most 20 times), as a keyboard user would. */
async function tabTo(element: HTMLElement, target: HTMLElement) {
  for (let presses = 0; presses < 20; presses += 1) {
    if (shadowOf(element).activeElement === target) return;
    await userEvent.keyboard('{Tab}');
  }
  expect(shadowOf(element).activeElement).toBe(target);
}

async function expectNoAxeViolations(element: HTMLElement) {
  for (const theme of ['light', 'dark'] as const) {
    element.setAttribute('theme', theme);
    const results = await axe.run(element);
    expect(
      results.violations.map(
        (violation) =>
          `${theme} ${violation.id}: ${violation.nodes.map((node) => node.failureSummary).join(' | ')}`,
      ),
    ).toEqual([]);
  }
}

describe('given an admin deciding on the invitation', () => {
  it('shows who gets access by name and role, what each service means and who pays, before the choice', async () => {
    const element = openPage(acceptPageHandlers());
    await expectScreen(element, headings.sv);
    const text = textOf(element);
    expect(text).toContain('Vilka på Lund & Berg Redovisning som får tillgång');
    expect(text).toContain('Karin Lund, ansvarig för uppdraget och kundansvarig');
    expect(text).toContain('Olle Berg, deltagare i uppdraget');
    expect(text).toContain(
      'Ert bokförings- och faktureringsprogram. Byrån arbetar i samma bokföring som ni, så inget behöver skickas fram och tillbaka.',
    );
    expect(text).toContain(
      'Variant: Smart – Bokföring och fakturering i ett, med automatisk avstämning mot banken.',
    );
    expect(text).toContain('Betalas av: Ägarbolaget AB (ert företag)');
    expect(text).toContain('Fungerar bara tillsammans med eEkonomi.');
    expect(text).toContain(
      'Tjänster ni avböjer aktiveras inte, och Lund & Berg Redovisning får veta vilka ni har avböjt.',
    );
    // Texts for the company's own people never call it "kunden" (docs/glossary.md).
    expect(text.toLowerCase()).not.toContain('kunden');
    expect(text).toContain('Ni accepterar eEkonomi och Scanner.');
  });

  it('says the same in English, in the company’s words', async () => {
    const element = openPage(acceptPageHandlers(), 'en');
    await expectScreen(element, headings.en);
    const text = textOf(element);
    expect(text).toContain('Who at Lund & Berg Redovisning gets access');
    expect(text).toContain('Karin Lund, task owner and account manager');
    expect(text).toContain('Paid by: Ägarbolaget AB (your company)');
    expect(text).toContain(
      'Variant: Smart – Bookkeeping and invoicing in one, reconciled with the bank automatically.',
    );
    expect(text.toLowerCase()).not.toContain('customer');
  });

  it('says when no one at the agency gets access yet', async () => {
    const element = openPage(acceptPageHandlers({ ...pendingInvitation, agencyAccess: [] }));
    await expectScreen(element, headings.sv);
    expect(textOf(element)).toContain(
      'Ingen på Lund & Berg Redovisning får tillgång förrän byrån lägger till deltagare i uppdraget.',
    );
  });
});

describe.each([
  { name: 'a desktop', width: 1400, height: 900 },
  { name: 'a phone', width: 390, height: 844 },
])('on $name ($width×$height)', ({ width, height }) => {
  it('keeps Accept and Decline in the window without scrolling, and after scrolling', async () => {
    await page.viewport(width, height);
    const element = openPage(acceptPageHandlers());
    await expectScreen(element, headings.sv);
    window.scrollTo(0, 0);
    for (const name of ['Acceptera', 'Avböj']) {
      const box = button(element, name).getBoundingClientRect();
      expect(box.top, name).toBeGreaterThanOrEqual(0);
      expect(box.bottom, name).toBeLessThanOrEqual(height);
      expect(box.right, name).toBeLessThanOrEqual(width);
    }
    // The page is longer than the window, so the answer is held in view, not merely short.
    expect(document.documentElement.scrollHeight).toBeGreaterThan(height);
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    const middle = button(element, 'Acceptera').getBoundingClientRect();
    expect(middle.bottom).toBeLessThanOrEqual(height);
    expect(middle.top).toBeGreaterThanOrEqual(0);
  });
});

describe('given an admin answering per service, with the keyboard only', () => {
  it('unticks Scanner with eEkonomi, says why, and accepts eEkonomi alone after ticking it back', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(
      acceptPageHandlers(
        pendingInvitation,
        {
          'invitations.accept': (input) => {
            log.accepted.push(input);
            return {
              invitationId,
              collaborations: [
                { id: acceptedCollaborationIds[0], service: 'eekonomi', status: 'active' },
                { id: acceptedCollaborationIds[1], service: 'scanner', status: 'declined' },
              ],
              agencyAccess: [{ name: 'Karin Lund' }, { name: 'Olle Berg' }],
            };
          },
        },
        log,
      ),
    );
    await expectScreen(element, headings.sv);
    const eEkonomi = checkbox(element, 'eEkonomi');
    const scanner = checkbox(element, 'Scanner');
    expect([eEkonomi.checked, scanner.checked]).toEqual([true, true]);

    await tabTo(element, eEkonomi);
    await userEvent.keyboard(' ');
    await expect.poll(() => eEkonomi.checked).toBe(false);
    expect(scanner.checked).toBe(false);
    expect(scanner.disabled).toBe(true);
    const why =
      'Scanner fungerar bara tillsammans med eEkonomi. Välj eEkonomi för att kunna acceptera Scanner.';
    expect(textOf(element)).toContain(why);
    // The reason is read with the checkbox, not only seen beside it.
    const describedBy = (scanner.getAttribute('aria-describedby') ?? '').split(' ');
    expect(describedBy.map((id) => shadowOf(element).getElementById(id)?.textContent)).toContain(
      why,
    );
    expect(textOf(element)).toContain(
      'Ni har inte valt någon tjänst. Välj minst en, eller avböj inbjudan.',
    );
    expect(button(element, 'Acceptera').getAttribute('aria-disabled')).toBe('true');

    await userEvent.keyboard(' ');
    await expect.poll(() => eEkonomi.checked).toBe(true);
    expect([scanner.checked, scanner.disabled]).toEqual([true, false]);
    await tabTo(element, scanner);
    await userEvent.keyboard(' ');
    await expect.poll(() => scanner.checked).toBe(false);
    expect(textOf(element)).toContain('Ni accepterar eEkonomi och avböjer Scanner.');

    await tabTo(element, button(element, 'Acceptera 1 tjänst'));
    await userEvent.keyboard('{Enter}');
    await expectScreen(element, 'Samarbetet är igång');
    expect(log.accepted).toEqual([{ token: invitationToken, declinedServices: ['scanner'] }]);
    const text = textOf(element);
    expect(text).toContain('eEkonomi är nu aktivt för Ägarbolaget AB.');
    expect(text).toContain('Ni avböjde Scanner, och Lund & Berg Redovisning får veta det.');
  });

  it('sends nothing when no service is chosen: declining is the other button', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    await expectScreen(element, headings.sv);
    await userEvent.click(page.getByRole('checkbox', { name: 'eEkonomi' }));
    await expect.poll(() => checkbox(element, 'Scanner').disabled).toBe(true);
    // aria-disabled keeps the button focusable and clickable; the click must send nothing.
    const accept = button(element, 'Acceptera');
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    accept.click();
    expect(log.accepted).toEqual([]);
    expect(textOf(element)).toContain(headings.sv);
  });

  it('offers no checkbox for an invitation to one service: Accept and Decline are the answer', async () => {
    const [eEkonomi] = pendingInvitation.services;
    if (!eEkonomi) throw new Error('The fixture invitation has no service');
    const element = openPage(acceptPageHandlers({ ...pendingInvitation, services: [eEkonomi] }));
    await expectScreen(element, headings.sv);
    expect(shadowOf(element).querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(textOf(element)).toContain('Ni accepterar eEkonomi.');
    expect(button(element, 'Acceptera').getAttribute('aria-disabled')).toBe('false');
  });

  it('shows the server’s refusal of a dependency beside the buttons, in the page’s language', async () => {
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.accept': () => {
          throw new FakeApiError('INVITATION_SERVICE_REQUIRED', {
            service: 'Scanner',
            required: 'eEkonomi',
          });
        },
      }),
      'en',
    );
    await expectScreen(element, headings.en);
    await userEvent.click(page.getByRole('button', { name: 'Accept', exact: true }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Scanner only works together with eEkonomi. Accept eEkonomi as well, or decline Scanner.',
      );
  });
});

describe('given the per-service answer, in sv and en, light and dark', () => {
  it.each(['sv', 'en'] as const)(
    'has no axe violations with a service left out (%s)',
    async (locale) => {
      const element = openPage(acceptPageHandlers(), locale);
      await expectScreen(element, headings[locale]);
      await expectNoAxeViolations(element);
      await userEvent.click(checkbox(element, 'eEkonomi'));
      await expect.poll(() => checkbox(element, 'Scanner').disabled).toBe(true);
      await expectNoAxeViolations(element);
    },
  );
});
