import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabElement } from '../../elements/collab-element.js';
import { defineCollabElements } from '../../elements/define.js';
import { expectNoAxeViolations } from '../../test-support/axe.js';
import { mountElement, shadowOf } from '../../test-support/element-page.js';
import {
  agencyPeople,
  createFakeApi,
  customerWithAccount,
  editableParticipants,
  FakeApiError,
  type FakeApiHandlers,
  standardRightsEmployee,
} from '../../test-support/fake-api.js';

/*
 * Item 14 of issue 16: the chosen task's participants are changed in the task step, by
 * keyboard, and the access line says the new names once saved.
 */

defineCollabElements();

const apiUrl = 'https://collab.test/trpc';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function useApi(handlers: FakeApiHandlers) {
  const api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

function focusedText(widget: HTMLElement): string {
  const active = shadowOf(widget).activeElement as HTMLElement | null;
  if (active instanceof HTMLInputElement) return active.labels?.[0]?.textContent ?? '';
  return active?.textContent ?? '';
}

function dialogText(widget: HTMLElement): string {
  return shadowOf(widget).querySelector('dialog')?.textContent ?? '';
}

/** Presses Tab until the focus is on the control whose text or label is `name`. */
async function tabTo(widget: HTMLElement, name: string) {
  for (let presses = 0; presses < 40; presses += 1) {
    if (focusedText(widget).trim() === name) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${name}`);
}

/** Opens the dialog for Exempel AB and goes, by keyboard, to the task step with Bokslut chosen. */
async function taskStepWithBokslut(locale: 'sv' | 'en' = 'sv'): Promise<CollabElement> {
  const widget = mountElement('collab-invite-dialog', {
    'api-url': apiUrl,
    'customer-id': customerWithAccount.id,
    ...(locale === 'en' ? { locale } : {}),
  });
  await userEvent.click(
    page.getByRole('button', {
      name: locale === 'sv' ? 'Bjud in till samarbete' : 'Invite to collaborate',
    }),
  );
  await userEvent.click(page.getByRole('checkbox', { name: 'Scanner' }));
  await userEvent.click(page.getByRole('button', { name: locale === 'sv' ? 'Nästa' : 'Next' }));
  await userEvent.click(page.getByRole('radio', { name: 'Bokslut' }));
  return widget;
}

describe('given a full-rights employee at the task step', () => {
  it('changes the chosen task’s participants by keyboard, and the access line says the new names', async () => {
    const { handlers, saved } = editableParticipants();
    const api = useApi(handlers);
    const widget = await taskStepWithBokslut();
    expect(dialogText(widget)).toContain('De här personerna får tillgång: Maja Ek');

    await tabTo(widget, 'Ändra deltagare');
    const toggle = page.getByRole('button', { name: 'Ändra deltagare' });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Enter}');
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'true');
    const group = page.getByRole('group', { name: 'Deltagare i Bokslut' });
    await expect.element(group).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Maja Ek' })).toBeChecked();
    await expect.element(page.getByRole('checkbox', { name: 'Per Holm' })).not.toBeChecked();
    await expectNoAxeViolations(widget);

    await tabTo(widget, 'Per Holm');
    await userEvent.keyboard(' ');
    await tabTo(widget, 'Karin Lund');
    await userEvent.keyboard(' ');
    await tabTo(widget, 'Spara deltagare');
    await userEvent.keyboard('{Enter}');

    await expect
      .poll(() => dialogText(widget))
      .toContain('De här personerna får tillgång: Karin Lund, Maja Ek och Per Holm');
    expect(saved.get('0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a302')?.map((p) => p.name)).toEqual([
      'Karin Lund',
      'Maja Ek',
      'Per Holm',
    ]);
    const sent = api.requests.flatMap((request) =>
      request.procedures.flatMap((procedure, index) =>
        procedure === 'tasks.setParticipants' ? [request.inputs[index]] : [],
      ),
    );
    expect(sent).toEqual([
      {
        taskId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a302',
        participantIds: [agencyPeople[0]?.id, agencyPeople[1]?.id, agencyPeople[3]?.id],
      },
    ]);
    // Closed, the focus back on the disclosure, and the save said beside it, politely.
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(focusedText(widget)).toBe('Ändra deltagare');
    await expect
      .poll(
        () => shadowOf(widget).querySelector('.collab-participants [role="status"]')?.textContent,
      )
      .toBe('Deltagarna i Bokslut är sparade.');
    await expectNoAxeViolations(widget);
  });

  it('shows a refusal beside the buttons and keeps the choices, in English', async () => {
    const { handlers } = editableParticipants();
    useApi({
      ...handlers,
      'tasks.setParticipants': () => {
        throw new FakeApiError('FULL_RIGHTS_REQUIRED');
      },
    });
    const widget = await taskStepWithBokslut('en');
    await userEvent.click(page.getByRole('button', { name: 'Change participants' }));
    await userEvent.click(page.getByRole('checkbox', { name: 'Olle Berg' }));
    await userEvent.click(page.getByRole('button', { name: 'Save participants' }));
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('You need full rights at the agency to do this.');
    await expect.element(page.getByRole('checkbox', { name: 'Olle Berg' })).toBeChecked();
    expect(dialogText(widget)).toContain('These people will get access: Maja Ek');
    await expectNoAxeViolations(widget);
  });
});

describe('given a standard-rights employee', () => {
  it('offers no change of participants (the server would refuse it)', async () => {
    const { handlers } = editableParticipants();
    useApi({ ...handlers, 'session.me': () => standardRightsEmployee });
    const widget = await taskStepWithBokslut();
    await expect.poll(() => dialogText(widget)).toContain('De här personerna får tillgång');
    expect(page.getByRole('button', { name: 'Ändra deltagare' }).elements()).toEqual([]);
  });
});
