import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabElement } from '../../elements/collab-element.js';
import { defineCollabElements } from '../../elements/define.js';
import type { CollabActivatedDetail, CollabActivationRequestedDetail } from '../../events.js';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { mountElement, shadowOf } from '../../test-support/element-page.js';
import {
  createFakeApi,
  customerWithoutAccount,
  FakeNetworkFailure,
  fullRightsColleagues,
  preparedRequest,
  standardRightsEmployee,
} from '../../test-support/fake-api.js';

/*
 * Flow 9 in docs/flows.md in the invite dialog: an employee without full rights is told at the
 * start that they can prepare the invitation and ask a colleague with full rights, asks one at
 * the review, and the colleague opens the prepared invitation and sends it.
 */

defineCollabElements();

const apiUrl = 'https://collab.test/trpc';
let api: ReturnType<typeof createFakeApi>;

function useApi(options: Parameters<typeof createFakeApi>[0]) {
  api = createFakeApi(options);
  vi.stubGlobal('fetch', api.fetch);
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function dialogText(widget: HTMLElement): string {
  return shadowOf(widget).querySelector('dialog')?.textContent ?? '';
}

function focused(widget: HTMLElement): HTMLElement | null {
  return shadowOf(widget).activeElement as HTMLElement | null;
}

async function expectStep(widget: HTMLElement, heading: string) {
  await expect.poll(() => focused(widget)?.textContent).toBe(heading);
  expect(focused(widget)?.tagName).toBe('H3');
}

async function click(name: string) {
  await userEvent.click(page.getByRole('button', { name, exact: true }));
}

/** Presses Tab until the focus is on the control whose text or label is `name`. */
async function tabTo(widget: HTMLElement, name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    const active = focused(widget);
    const label =
      active instanceof HTMLInputElement ||
      active instanceof HTMLSelectElement ||
      active instanceof HTMLTextAreaElement
        ? (active.labels?.[0]?.textContent ?? '')
        : (active?.textContent ?? '');
    if (label.trim() === name) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${name}`);
}

async function checkAxe(widget: CollabElement) {
  for (const theme of ['light', 'dark'] as const) {
    widget.setAttribute('theme', theme);
    await expectNoAxeViolations(widget);
  }
}

const words = {
  sv: {
    open: 'Bjud in till samarbete',
    first: 'Välj kund',
    next: 'Nästa',
    review: 'Granska och bekräfta',
    notice: 'Du kan förbereda inbjudan och be en kollega med full behörighet skicka den.',
    ask: 'Be en kollega skicka',
    colleague: 'Kollega med full behörighet',
    asked: 'Förfrågan är skickad',
  },
  en: {
    open: 'Invite to collaborate',
    first: 'Choose the customer',
    next: 'Next',
    review: 'Review and confirm',
    notice: 'You can prepare the invitation and ask a colleague with full rights to send it.',
    ask: 'Ask a colleague to send it',
    colleague: 'Colleague with full rights',
    asked: 'The request has been sent',
  },
} as const;

describe('given an employee whose session says standard rights', () => {
  it('says at the start, calmly, that they can prepare it and ask a colleague; axe clean in sv and en', async () => {
    useApi({ handlers: { 'session.me': () => standardRightsEmployee } });
    for (const locale of ['sv', 'en'] as const) {
      const text = words[locale];
      const widget = mountElement('collab-invite-dialog', { 'api-url': apiUrl, locale });
      await userEvent.click(page.getByRole('button', { name: text.open }));
      await expectStep(widget, text.first);

      // At once, on the first step: a note, not an alert, in the text's own colour and weight.
      const notice = shadowOf(widget).querySelector<HTMLElement>('.collab-notice');
      expect(notice?.textContent).toBe(text.notice);
      expect(notice?.getAttribute('role')).toBe('status');
      expect(shadowOf(widget).querySelector('[role="alert"], .collab-alert')).toBeNull();
      const style = getComputedStyle(notice as HTMLElement);
      const body = getComputedStyle(shadowOf(widget).querySelector('dialog') as HTMLElement);
      expect(style.color).toBe(body.color);
      expect(Number(style.fontWeight)).toBeLessThan(600);
      await checkAxe(widget);

      // Up to the review, where asking a colleague takes the place of sending.
      await userEvent.fill(page.getByRole('searchbox'), 'Nystart');
      await userEvent.click(page.getByRole('radio', { name: /Nystart HB/ }));
      await click(text.next);
      await userEvent.click(page.getByRole('checkbox', { name: 'Utlägg' }));
      await click(text.next);
      await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
      await click(text.next);
      await expectStep(widget, text.review);
      await expect.poll(() => dialogText(widget)).toContain(text.colleague);
      expect(shadowOf(widget).querySelector('.collab-notice')?.textContent).toBe(text.notice);
      expect(dialogText(widget)).not.toMatch(/Aktivera|Activate|Skicka inbjudan|Send invitation/);
      await checkAxe(widget);
      document.body.replaceChildren();
    }
    expect(api.requests.flatMap((request) => request.procedures)).not.toContain(
      'collaborations.activate',
    );
  });

  it('asks a colleague from the review by keyboard only, says it once and tells the host', async () => {
    useApi({ handlers: { 'session.me': () => standardRightsEmployee } });
    const requested: CollabActivationRequestedDetail[] = [];
    document.addEventListener(
      'collab:activation-requested',
      (event) => requested.push(event.detail),
      { once: true },
    );
    const widget = mountElement('collab-invite-dialog', {
      'api-url': apiUrl,
      'customer-id': customerWithoutAccount.id,
    });
    await expect.poll(() => shadowOf(widget).querySelector('button')).toBeTruthy();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expectStep(widget, 'Välj tjänster');
    await tabTo(widget, 'Utlägg');
    await userEvent.keyboard(' ');
    await tabTo(widget, 'Nästa');
    await userEvent.keyboard('{Enter}');
    await expectStep(widget, 'Välj uppdrag');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await tabTo(widget, 'Nästa');
    await userEvent.keyboard('{Enter}');
    await expectStep(widget, 'Granska och bekräfta');

    // Asking without a colleague says so at the picker, and puts the focus there.
    await tabTo(widget, words.sv.ask);
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => focused(widget)?.tagName).toBe('SELECT');
    expect(focused(widget)?.getAttribute('aria-invalid')).toBe('true');
    expect(dialogText(widget)).toContain('Välj en kollega.');
    await userEvent.keyboard('{ArrowDown}');
    await expect
      .poll(() => (focused(widget) as HTMLSelectElement).value)
      .toBe(fullRightsColleagues[0]?.id);
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('Kunden har bråttom.');
    await tabTo(widget, words.sv.ask);
    await userEvent.keyboard('{Enter}');

    await expectStep(widget, words.sv.asked);
    const summary =
      'Du har bett Karin Lund skicka inbjudan till Nystart HB. Karin Lund får ett e-postmeddelande, och inget skickas till kunden förrän inbjudan skickas därifrån.';
    // Said once: the focused heading, then this line; no live region repeats it.
    expect(dialogText(widget)).toContain(summary);
    expect(dialogText(widget).split(summary)).toHaveLength(2);
    expect(requested).toEqual([
      {
        activationRequestId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a702',
        customerId: customerWithoutAccount.id,
        colleague: { id: fullRightsColleagues[0]?.id, name: 'Karin Lund' },
        services: ['utlagg'],
      },
    ]);
    const create = api.requests.find((request) =>
      request.procedures.includes('activationRequests.create'),
    );
    expect(create?.inputs[0]).toMatchObject({
      customerId: customerWithoutAccount.id,
      taskId: customerWithoutAccount.tasks[0]?.id,
      services: [{ service: 'utlagg', options: {} }],
      colleagueId: fullRightsColleagues[0]?.id,
      note: 'Kunden har bråttom.',
      idempotencyKey: expect.any(String),
    });
    await checkAxe(widget);
  });
});

describe('given the colleague asked to send a prepared invitation', () => {
  it('opens it at the review as prepared, and sends it through its request', async () => {
    useApi({});
    const activated: CollabActivatedDetail[] = [];
    document.addEventListener('collab:activated', (event) => activated.push(event.detail), {
      once: true,
    });
    const widget = mountElement('collab-invite-dialog', {
      'api-url': apiUrl,
      'activation-request-id': preparedRequest.id,
    });
    await userEvent.click(page.getByRole('button', { name: 'Bjud in till samarbete' }));
    await expectStep(widget, 'Granska och bekräfta');
    expect(dialogText(widget)).toContain('Bjud in Solo Konsult till samarbete');
    expect(dialogText(widget)).toContain(
      'Olle Berg har förberett inbjudan och ber dig skicka den.',
    );
    expect(dialogText(widget)).toContain(
      'Meddelande från Olle Berg: Kunden vill komma igång före månadsskiftet.',
    );
    expect(dialogText(widget)).toContain(
      'eEkonomi (Variant: Pro). Betalas av: Lund & Berg Redovisning (byrån)',
    );
    expect(dialogText(widget)).toContain('Bokslut');
    // Sent as prepared: nothing to change, and no way back into the steps.
    expect(dialogText(widget)).not.toMatch(/Ändra tjänster|Ändra uppdrag|Tillbaka/);
    await checkAxe(widget);

    await click('Skicka inbjudan');
    await expectStep(widget, 'Inbjudan är skickad');
    const procedures = api.requests.flatMap((request) => request.procedures);
    expect(procedures).toContain('activationRequests.send');
    expect(procedures).not.toContain('collaborations.activate');
    const send = api.requests.find((request) =>
      request.procedures.includes('activationRequests.send'),
    );
    expect(send?.inputs[0]).toEqual({
      activationRequestId: preparedRequest.id,
      idempotencyKey: expect.any(String),
    });
    expect(activated.map((detail) => [detail.customerId, detail.flow])).toEqual([
      [preparedRequest.customer.id, 'invited'],
    ]);
  });

  it('lists the requests from colleagues on the first step, and opens one by keyboard', async () => {
    useApi({
      handlers: { 'activationRequests.list': () => ({ toMe: [preparedRequest], byMe: [] }) },
    });
    const widget = mountElement('collab-invite-dialog', { 'api-url': apiUrl, locale: 'en' });
    await expect.poll(() => shadowOf(widget).querySelector('button')).toBeTruthy();
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expectStep(widget, 'Choose the customer');
    await expect.poll(() => dialogText(widget)).toContain('Requests from colleagues');
    expect(dialogText(widget)).toContain(
      'Olle Berg asks you to send an invitation to Solo Konsult: eEkonomi and Utlägg.',
    );
    await checkAxe(widget);
    await tabTo(widget, 'Review and send');
    await userEvent.keyboard('{Enter}');
    await expectStep(widget, 'Review and confirm');
    expect(dialogText(widget)).toContain(
      'Olle Berg prepared this invitation and asks you to send it.',
    );
  });
});

describe('given the colleagues cannot be read', () => {
  it('says so at the review, and reads them again on "Try again"', async () => {
    let calls = 0;
    useApi({
      handlers: {
        'session.me': () => standardRightsEmployee,
        'activationRequests.colleagues': () => {
          calls += 1;
          if (calls === 1) throw new FakeNetworkFailure();
          return fullRightsColleagues;
        },
      },
    });
    const widget = mountElement('collab-invite-dialog', {
      'api-url': apiUrl,
      'customer-id': customerWithoutAccount.id,
      locale: 'en',
    });
    await userEvent.click(page.getByRole('button', { name: 'Invite to collaborate' }));
    await userEvent.click(page.getByRole('checkbox', { name: 'Utlägg' }));
    await click('Next');
    await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
    await click('Next');
    await expectStep(widget, 'Review and confirm');
    await expect
      .poll(() => shadowOf(widget).querySelector('[role="alert"]')?.textContent)
      .toBeTruthy();
    await click('Try again');
    await expect.poll(() => dialogText(widget)).toContain(words.en.colleague);
    expect(shadowOf(widget).querySelector('[role="alert"]')).toBeNull();
  });
});
