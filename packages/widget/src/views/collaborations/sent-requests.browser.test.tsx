import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CollabErrorDetail, CollabInvitationChangedDetail } from '../../events.js';
import { FakeApiError, standardRightsEmployee } from '../../test-support/fake-api.js';
import { collaborationsApi } from '../../test-support/fixtures/collaborations.js';
import {
  announcement,
  callsOf,
  expectNoAxeViolations,
  focusedText,
  listInputs,
  mountOverview,
  panelText,
  shadowOf,
  useApi,
} from './overview-test-support.js';

/*
 * The "Sent requests" tab: the open invitations of `collaborationsFixture` (one at Exempel AB
 * covering Utlägg and Ekonomiöversikt, an expired one at Solo Konsult), resend and cancel.
 */

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function openSentRequests() {
  const tab = page.getByRole('tab', { name: /Skickade förfrågningar|Sent requests/ });
  await userEvent.click(tab);
  await expect.element(tab).toHaveAttribute('aria-selected', 'true');
}

function requestOf(customerName: string) {
  return page.getByRole('listitem').filter({ hasText: customerName });
}

/** The polite live region of the toast in an entry (empty when it has nothing to say). */
function toastOf(widget: HTMLElement, customerName: string): HTMLElement | null {
  const entry = [...shadowOf(widget).querySelectorAll('.collab-overview__request')].find((item) =>
    item.querySelector('h4')?.textContent?.includes(customerName),
  );
  return entry?.querySelector<HTMLElement>('.collab-toast [role="status"]') ?? null;
}

/** Whether the entry's toast comes right after its buttons, beside the action. */
function placedAfterActions(widget: HTMLElement, customerName: string): boolean {
  const toast = toastOf(widget, customerName)?.closest('.collab-toast');
  return toast?.previousElementSibling?.classList.contains('collab-overview__row-actions') === true;
}

/** Presses Tab until the focus is on the control whose text or label is `name`. */
async function tabTo(widget: HTMLElement, name: string) {
  for (let presses = 0; presses < 30; presses += 1) {
    const active = shadowOf(widget).activeElement as HTMLElement | null;
    if ((active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim() === name) return;
    await userEvent.keyboard('{Tab}');
  }
  throw new Error(`Tab never reached ${name}`);
}

describe('given an open invitation that expires within 3 days', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('marks it "Går snart ut" beside its Resend, and not one with more time or one that has expired', async () => {
    // Exempel AB's invitation is valid until 20 December 09:00: two days and a bit from here.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-18T08:00:00.000Z'));
    useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await openSentRequests();
    const exempel = requestOf('Exempel AB');
    await expect.element(exempel).toBeVisible();
    expect(exempel.element().querySelector('h4')?.textContent).toContain('Går snart ut');
    await expect.element(exempel.getByRole('button', { name: 'Skicka igen' })).toBeVisible();
    expect(requestOf('Solo Konsult').element().textContent).not.toContain('Går snart ut');
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect.poll(() => exempel.element().textContent).toContain('Expires soon');
  });

  it('does not mark it a week before', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-13T09:00:00.000Z'));
    useApi(collaborationsApi().handlers);
    mountOverview();
    await openSentRequests();
    const exempel = requestOf('Exempel AB');
    await expect.element(exempel).toBeVisible();
    expect(exempel.element().textContent).not.toContain('Går snart ut');
  });
});

describe('given open invitations', () => {
  it('lists one entry per invitation with its services, date, sender and expiry', async () => {
    const api = useApi(collaborationsApi().handlers);
    const widget = mountOverview();
    await expect
      .element(page.getByRole('tab', { name: 'Skickade förfrågningar (2)' }))
      .toBeVisible();
    await openSentRequests();
    const exempel = requestOf('Exempel AB');
    await expect.element(exempel).toBeVisible();
    expect(exempel.element().textContent).toContain('Tjänster: Utlägg och Ekonomiöversikt');
    expect(exempel.element().textContent).toContain(
      'Skickad 20 november 2026 av Karin Lund · Gäller till och med 20 december 2026',
    );
    const solo = requestOf('Solo Konsult');
    expect(solo.element().textContent).toContain('Utgånget');
    expect(solo.element().textContent).toContain(
      'Skickad 1 september 2026 av Olle Berg (skickad 2 gånger) · Gick ut 1 oktober 2026',
    );
    expect(listInputs(api.requests)).toContainEqual({ limit: 100, status: ['pending', 'expired'] });
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect.poll(() => panelText(widget)).toContain('Services: Utlägg and Ekonomiöversikt');
    expect(panelText(widget)).toContain('Sent on 1 September 2026 by Olle Berg (sent 2 times)');
    await expectNoAxeViolations(widget);
  });

  it('resends an invitation and says so in a toast beside its buttons, read out politely', async () => {
    const fake = collaborationsApi();
    useApi(fake.handlers);
    const changed: CollabInvitationChangedDetail[] = [];
    document.addEventListener('collab:invitation-changed', (event) => changed.push(event.detail));
    const widget = mountOverview();
    await openSentRequests();
    const resend = requestOf('Solo Konsult').getByRole('button', { name: 'Skicka igen' });
    await userEvent.click(resend);
    const said =
      'Inbjudan till Solo Konsult är skickad igen. Den nya länken gäller till och med 27 december 2026.';
    await expect.poll(() => toastOf(widget, 'Solo Konsult')?.textContent).toBe(said);
    // In the entry, right after its buttons, and not in the view's far-away region.
    expect(toastOf(widget, 'Solo Konsult')?.getAttribute('role')).toBe('status');
    expect(placedAfterActions(widget, 'Solo Konsult')).toBe(true);
    expect(announcement(widget)).toBe('');
    expect(changed).toEqual([
      { invitationId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a502', change: 'resent' },
    ]);
    // The list is asked again: the invitation is pending now, sent 3 times.
    await expect
      .poll(() => requestOf('Solo Konsult').element().textContent)
      .toContain('Skickad 27 november 2026 av Karin Lund (skickad 3 gånger)');
    expect(requestOf('Solo Konsult').element().textContent).not.toContain('Utgånget');
    // The toast does not take the focus.
    expect(focusedText(widget)).toBe('Skicka igen');
    // The other tab's counts are refreshed too.
    await expect
      .poll(() => shadowOf(widget).querySelector('.collab-overview__status--pending')?.textContent)
      .toBe('Väntande3');
    await expectNoAxeViolations(widget);

    // Keyboard: Tab reaches the toast's ×, and Escape-free dismissal puts the focus back.
    await tabTo(widget, 'Stäng meddelandet');
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => toastOf(widget, 'Solo Konsult')?.textContent).toBe('');
    expect(focusedText(widget)).toContain('Solo Konsult');
  });

  it('asks before cancelling, keeps it on “Keep”, and cancels every service of it', async () => {
    const fake = collaborationsApi();
    useApi(fake.handlers);
    const changed: CollabInvitationChangedDetail[] = [];
    document.addEventListener('collab:invitation-changed', (event) => changed.push(event.detail));
    const widget = mountOverview();
    await openSentRequests();
    const cancel = requestOf('Exempel AB').getByRole('button', { name: 'Återkalla' });
    await userEvent.click(cancel);
    const dialog = page.getByRole('dialog', { name: 'Återkalla inbjudan till Exempel AB?' });
    await expect.element(dialog).toBeVisible();
    expect(dialog.element().textContent).toContain(
      'Inbjudan gäller Utlägg och Ekonomiöversikt. Länken i e-postmeddelandet slutar fungera',
    );
    await expectNoAxeViolations(widget);
    await userEvent.click(dialog.getByRole('button', { name: 'Behåll inbjudan' }));
    await expect.element(dialog).not.toBeInTheDocument();
    expect(focusedText(widget)).toBe('Återkalla');
    expect(changed).toEqual([]);

    await userEvent.click(cancel);
    await userEvent.click(dialog.getByRole('button', { name: 'Återkalla inbjudan' }));
    await expect
      .poll(() => toastOf(widget, 'Exempel AB')?.textContent)
      .toBe('Inbjudan till Exempel AB är återkallad.');
    expect(changed).toEqual([
      { invitationId: '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a501', change: 'cancelled' },
    ]);
    expect(
      fake
        .collaborations()
        .filter((view) => view.invitation?.id === '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a501')
        .map((view) => view.status),
    ).toEqual(['cancelled', 'cancelled']);
    // It keeps its place, with Undo beside the words, while its toast shows; the focus is on
    // its name, so the next Tab reaches Undo.
    await expect
      .element(page.getByRole('tab', { name: 'Skickade förfrågningar (1)' }))
      .toBeVisible();
    await expect.poll(() => focusedText(widget)).toContain('Exempel AB');
    expect(requestOf('Exempel AB').getByRole('button', { name: 'Återkalla' }).elements()).toEqual(
      [],
    );
    await userEvent.keyboard('{Tab}');
    expect(focusedText(widget)).toBe('Ångra');
    await expect
      .poll(
        () => shadowOf(widget).querySelector('.collab-overview__status--cancelled')?.textContent,
      )
      .toBe('Återkallade3');
    await expectNoAxeViolations(widget);

    // Dismissed, the entry goes, and the focus waits on the tab's heading.
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => panelText(widget)).not.toContain('Exempel AB');
    expect(focusedText(widget)).toBe('Skickade förfrågningar');
  });
});

describe('given an invitation cancelled a moment ago', () => {
  async function cancelExempel(widget: HTMLElement) {
    await openSentRequests();
    await userEvent.click(requestOf('Exempel AB').getByRole('button', { name: 'Återkalla' }));
    await userEvent.click(page.getByRole('button', { name: 'Återkalla inbjudan' }));
    await expect
      .poll(() => toastOf(widget, 'Exempel AB')?.textContent)
      .toBe('Inbjudan till Exempel AB är återkallad.');
  }

  it('undoes it by keyboard through invitations.restore: the invitation is back, pending', async () => {
    const fake = collaborationsApi();
    const api = useApi(fake.handlers);
    const changed: CollabInvitationChangedDetail[] = [];
    document.addEventListener('collab:invitation-changed', (event) => changed.push(event.detail));
    const widget = mountOverview();
    await cancelExempel(widget);
    await expect.poll(() => focusedText(widget)).toContain('Exempel AB');
    await userEvent.keyboard('{Tab}');
    expect(focusedText(widget)).toBe('Ångra');
    await userEvent.keyboard('{Enter}');

    await expect
      .poll(() => toastOf(widget, 'Exempel AB')?.textContent)
      .toBe('Inbjudan till Exempel AB gäller igen. Administratörerna får den med en ny länk.');
    expect(callsOf(api.requests, 'invitations.restore')).toBe(1);
    expect(
      fake
        .collaborations()
        .filter((view) => view.invitation?.id === '0b9f6f3e-6f7c-4c39-9d7e-2f1a64b1a501')
        .map((view) => view.status),
    ).toEqual(['pending', 'pending']);
    expect(changed.map((detail) => detail.change)).toEqual(['cancelled', 'restored']);
    // Back as an open invitation, with its buttons; the focus is on its Cancel again.
    await expect
      .element(page.getByRole('tab', { name: 'Skickade förfrågningar (2)' }))
      .toBeVisible();
    await expect.poll(() => focusedText(widget)).toBe('Återkalla');
    expect(requestOf('Exempel AB').element().textContent).toContain(
      'Tjänster: Utlägg och Ekonomiöversikt',
    );
    await expectNoAxeViolations(widget);
  });

  it('shows a refused undo (too late) beside it, with the contracts’ message', async () => {
    const { handlers } = collaborationsApi();
    useApi({
      ...handlers,
      'invitations.restore': () => {
        throw new FakeApiError('INVITATION_UNDO_TOO_LATE', { minutes: 10 });
      },
    });
    const widget = mountOverview({ locale: 'en' });
    await openSentRequests();
    await userEvent.click(requestOf('Exempel AB').getByRole('button', { name: 'Cancel' }));
    await userEvent.click(page.getByRole('button', { name: 'Cancel the invitation' }));
    await expect
      .poll(() => toastOf(widget, 'Exempel AB')?.textContent)
      .toBe('The invitation to Exempel AB has been cancelled.');
    await userEvent.click(requestOf('Exempel AB').getByRole('button', { name: 'Undo' }));
    await expect
      .element(requestOf('Exempel AB').getByRole('alert'))
      .toHaveTextContent(
        'A cancelled invitation can only be restored within 10 minutes. Invite the customer again instead.',
      );
    await expectNoAxeViolations(widget);
  });
});

describe('given an invitation that was answered meanwhile', () => {
  it('shows INVITATION_NOT_PENDING with the contracts’ message and reports it', async () => {
    const { handlers } = collaborationsApi();
    useApi({
      ...handlers,
      'invitations.resend': () => {
        throw new FakeApiError('INVITATION_NOT_PENDING', { status: 'accepted' });
      },
    });
    const errors: CollabErrorDetail[] = [];
    document.addEventListener('collab:error', (event) => errors.push(event.detail));
    const widget = mountOverview();
    await openSentRequests();
    await userEvent.click(requestOf('Exempel AB').getByRole('button', { name: 'Skicka igen' }));
    const alert = requestOf('Exempel AB').getByRole('alert');
    await expect
      .element(alert)
      .toHaveTextContent('Inbjudan väntar inte längre på svar (accepted).');
    expect(errors).toMatchObject([
      { code: 'INVITATION_NOT_PENDING', procedure: 'invitations.resend', httpStatus: 409 },
    ]);
    await expectNoAxeViolations(widget);
  });
});

describe('given the server refusing a standard employee', () => {
  it('shows FULL_RIGHTS_REQUIRED’s message when session.me could not say so first', async () => {
    const { handlers } = collaborationsApi();
    useApi({
      ...handlers,
      'session.me': () => {
        throw new FakeApiError('INTERNAL');
      },
      'invitations.cancel': () => {
        throw new FakeApiError('FULL_RIGHTS_REQUIRED');
      },
    });
    const widget = mountOverview({ locale: 'en' });
    await openSentRequests();
    await userEvent.click(requestOf('Solo Konsult').getByRole('button', { name: 'Cancel' }));
    const dialog = page.getByRole('dialog', { name: 'Cancel the invitation to Solo Konsult?' });
    await expect.element(dialog).toBeVisible();
    await expectNoAxeViolations(widget);
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the invitation' }));
    await expect
      .element(requestOf('Solo Konsult').getByRole('alert'))
      .toHaveTextContent(
        'You need full rights at the agency to do this. Ask a colleague who has full rights.',
      );
    await expectNoAxeViolations(widget);
  });

  it('offers no resend or cancel when session.me says standard rights, and says why', async () => {
    useApi({ ...collaborationsApi().handlers, 'session.me': () => standardRightsEmployee });
    const widget = mountOverview();
    await openSentRequests();
    await expect
      .poll(() => panelText(widget))
      .toContain(
        'Bara medarbetare med full behörighet kan skicka om eller återkalla inbjudningar.',
      );
    await expect.element(requestOf('Exempel AB')).toBeVisible();
    expect(page.getByRole('button', { name: 'Skicka igen' }).elements()).toHaveLength(0);
    expect(page.getByRole('button', { name: 'Återkalla' }).elements()).toHaveLength(0);
    await expectNoAxeViolations(widget);
  });
});

describe('given no open invitations', () => {
  it('says nothing is waiting, in sv and en, with no violations', async () => {
    useApi(collaborationsApi({ collaborations: [] }).handlers);
    const widget = mountOverview();
    await openSentRequests();
    await expect
      .element(page.getByRole('heading', { name: 'Inga förfrågningar väntar' }))
      .toBeVisible();
    await expectNoAxeViolations(widget);
    widget.setAttribute('locale', 'en');
    await expect
      .element(page.getByRole('heading', { name: 'No requests are waiting' }))
      .toBeVisible();
    expect(shadowOf(widget).activeElement?.getAttribute('role')).toBe('tab');
    await expectNoAxeViolations(widget);
  });
});
