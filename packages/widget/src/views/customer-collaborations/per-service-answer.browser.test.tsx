import type { RouterInputs } from '@collab/api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { defineCollabElements } from '../../elements/define.js';
import type { CollabAcceptedDetail } from '../../events.js';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { shadowOf } from '../../test-support/element-page.js';
import { createFakeApi, FakeApiError } from '../../test-support/fake-api.js';
import {
  customerSideHandlers,
  pendingInvitation,
} from '../../test-support/fixtures/customer-collaborations.js';
import {
  invitedToEEkonomiAndScanner,
  perServiceIds,
} from '../../test-support/fixtures/per-service-invitation.js';

/*
 * Issue #16, item 6, in the company's own view (`collab-customer-collaborations`): an admin
 * accepts some services of an invitation and declines the others, the dependencies said before
 * anything is sent, with the keyboard only, and axe clean in sv and en.
 */

defineCollabElements();

type AcceptInput = RouterInputs['invitations']['accept'];

const eEkonomiId = perServiceIds.eEkonomi;
const scannerId = perServiceIds.scanner;
const invitedToBoth = invitedToEEkonomiAndScanner;

let mounted = 0;
let accepted: AcceptInput[] = [];

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  accepted = [];
});

/** The view for Kim Ägare, an admin, whose accept answers as if Scanner was declined. */
function mountView(locale: 'sv' | 'en' = 'sv', refuse = false): HTMLElement {
  const handlers = customerSideHandlers({ collaborations: invitedToBoth });
  const api = createFakeApi({
    handlers: {
      ...handlers,
      'invitations.accept': (input) => {
        accepted.push(input);
        if (refuse) {
          throw new FakeApiError('INVITATION_SERVICE_REQUIRED', {
            service: 'Scanner',
            required: 'eEkonomi',
          });
        }
        return {
          invitationId: pendingInvitation.id,
          collaborations: [
            { id: eEkonomiId, service: 'eekonomi', status: 'active' },
            { id: scannerId, service: 'scanner', status: 'declined' },
          ],
          agencyAccess: [{ name: 'Karin Lund' }],
        };
      },
    },
  });
  vi.stubGlobal('fetch', api.fetch);
  mounted += 1;
  const widget = document.createElement('collab-customer-collaborations');
  widget.setAttribute('api-url', `https://collab.test/per-service-view-${mounted}/trpc`);
  widget.setAttribute('locale', locale);
  const main = document.createElement('main');
  main.append(widget);
  document.body.append(main);
  return widget;
}

function viewText(widget: HTMLElement): string {
  return (shadowOf(widget).textContent ?? '').replace(/\s+/g, ' ');
}

function focused(widget: HTMLElement): Element | null {
  return shadowOf(widget).activeElement;
}

/** The name a person hears for the focused control: its label, or its text. */
function nameOf(element: Element | null): string {
  if (element instanceof HTMLInputElement) return element.labels?.[0]?.textContent ?? '';
  return element?.textContent?.trim() ?? '';
}

async function tabTo(widget: HTMLElement, name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (nameOf(focused(widget)) === name) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${name}`);
}

function checkbox(widget: HTMLElement, name: string): HTMLInputElement {
  const found = [...shadowOf(widget).querySelectorAll('input[type="checkbox"]')].find(
    (input) => nameOf(input) === name,
  );
  if (!(found instanceof HTMLInputElement)) throw new Error(`No checkbox ${name}`);
  return found;
}

describe('given an admin answering an invitation in the company’s own view', () => {
  it('accepts eEkonomi and declines Scanner with the keyboard, the dependency said first', async () => {
    const widget = mountView();
    const acceptedEvents: CollabAcceptedDetail[] = [];
    widget.addEventListener('collab:accepted', (event) =>
      acceptedEvents.push((event as CustomEvent<CollabAcceptedDetail>).detail),
    );
    await expect.poll(() => viewText(widget), { timeout: 5000 }).toContain('Inbjudan från');
    await tabTo(widget, 'Acceptera');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => viewText(widget)).toContain('Tjänster ni accepterar');
    expect(viewText(widget)).toContain('Ni accepterar eEkonomi och Scanner.');
    // The terms as the company reads them (docs/glossary.md), not the agency's version.
    expect(viewText(widget)).toContain('De tjänster ni accepterar blir aktiva för ert företag');
    expect(viewText(widget)).not.toMatch(/\bkund(en|ens)\b/i);
    expect(viewText(widget)).toContain('Fungerar bara tillsammans med eEkonomi.');

    await tabTo(widget, 'eEkonomi');
    await userEvent.keyboard(' ');
    await expect.poll(() => checkbox(widget, 'eEkonomi').checked).toBe(false);
    const scanner = checkbox(widget, 'Scanner');
    expect([scanner.checked, scanner.disabled]).toEqual([false, true]);
    expect(viewText(widget)).toContain(
      'Scanner fungerar bara tillsammans med eEkonomi. Välj eEkonomi för att kunna acceptera Scanner.',
    );
    expect(viewText(widget)).toContain('Ni har inte valt någon tjänst.');

    await userEvent.keyboard(' ');
    await expect.poll(() => checkbox(widget, 'Scanner').disabled).toBe(false);
    await tabTo(widget, 'Scanner');
    await userEvent.keyboard(' ');
    await expect
      .poll(() => viewText(widget))
      .toContain('Ni accepterar eEkonomi och avböjer Scanner.');
    await tabTo(widget, 'Acceptera 1 tjänst');
    await userEvent.keyboard('{Enter}');

    await expect
      .poll(() => accepted)
      .toEqual([{ invitationId: pendingInvitation.id, declinedServices: ['scanner'] }]);
    await expect
      .poll(() => acceptedEvents)
      .toEqual([{ invitationId: pendingInvitation.id, collaborationIds: [eEkonomiId] }]);
    await expect.poll(() => viewText(widget)).toContain('eEkonomi är aktivt nu.');
    expect(viewText(widget)).not.toContain('Scanner är aktivt nu');
  });

  it('sends nothing with no service ticked', async () => {
    const widget = mountView();
    await expect.poll(() => viewText(widget), { timeout: 5000 }).toContain('Inbjudan från');
    await tabTo(widget, 'Acceptera');
    await userEvent.keyboard('{Enter}');
    await tabTo(widget, 'eEkonomi');
    await userEvent.keyboard(' ');
    await expect.poll(() => checkbox(widget, 'Scanner').disabled).toBe(true);
    await tabTo(widget, 'Acceptera inbjudan');
    expect(focused(widget)?.getAttribute('aria-disabled')).toBe('true');
    await userEvent.keyboard('{Enter}');
    expect(accepted).toEqual([]);
  });

  it('shows the server’s refusal of a dependency in the panel, in English', async () => {
    const widget = mountView('en', true);
    await expect.poll(() => viewText(widget), { timeout: 5000 }).toContain('Invitation from');
    await tabTo(widget, 'Accept');
    await userEvent.keyboard('{Enter}');
    await tabTo(widget, 'Accept the invitation');
    await userEvent.keyboard('{Enter}');
    await expect
      .poll(() => viewText(widget))
      .toContain(
        'Scanner only works together with eEkonomi. Accept eEkonomi as well, or decline Scanner.',
      );
  });

  it.each(['sv', 'en'] as const)(
    'has no axe violations with a need unticked, light and dark (%s)',
    async (locale) => {
      const widget = mountView(locale);
      const words =
        locale === 'sv'
          ? { open: 'Acceptera', heading: 'Inbjudan från' }
          : { open: 'Accept', heading: 'Invitation from' };
      await expect.poll(() => viewText(widget), { timeout: 5000 }).toContain(words.heading);
      await tabTo(widget, words.open);
      await userEvent.keyboard('{Enter}');
      await tabTo(widget, 'eEkonomi');
      await userEvent.keyboard(' ');
      await expect.poll(() => checkbox(widget, 'Scanner').disabled).toBe(true);
      for (const theme of ['light', 'dark']) {
        widget.setAttribute('theme', theme);
        await expectNoAxeViolations(widget);
      }
    },
  );
});
