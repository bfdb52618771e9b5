import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import type { AcceptInvitationElement } from '../../elements/accept-invitation-element.js';
import { defineCollabElements } from '../../elements/define.js';
import type {
  CollabAcceptedDetail,
  CollabDeclinedDetail,
  CollabErrorDetail,
  CollabSignInRequiredDetail,
} from '../../events.js';
import { AcceptInvitation } from '../../react/accept-invitation.js';
import { CollabProvider } from '../../react/collab-provider.js';
import { shadowOf } from '../../test-support/element-page.js';
import {
  createFakeApi,
  FakeApiError,
  type FakeApiHandlers,
  FakeNetworkFailure,
} from '../../test-support/fake-api.js';
import {
  type AnswerLog,
  acceptPageHandlers,
  acceptPageScenarios,
  acceptResult,
  invitationAs,
  invitationToken,
  pendingInvitation,
  viewers,
} from '../../test-support/fixtures/accept-invitation.js';

/*
 * The accept page in its custom element (`collab-accept-invitation`), registered from source,
 * against the typed fake of the API. Each test looks at what the person sees: headings, text,
 * buttons, where the focus is.
 */

defineCollabElements();

let api: ReturnType<typeof createFakeApi>;
let apiCount = 0;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

/** The page with the link's token, on an API of its own (no cache shared between tests). */
function openPage(
  handlers: FakeApiHandlers,
  attributes: Record<string, string> = { 'invitation-token': invitationToken },
): AcceptInvitationElement {
  api = createFakeApi({ handlers });
  vi.stubGlobal('fetch', api.fetch);
  apiCount += 1;
  const element = document.createElement('collab-accept-invitation') as AcceptInvitationElement;
  element.setAttribute('api-url', `https://collab.test/${apiCount}/trpc`);
  element.setAttribute('token', 'signed-in-user');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const main = document.createElement('main');
  main.append(element);
  document.body.append(main);
  return element;
}

function textOf(element: HTMLElement): string {
  return shadowOf(element).textContent ?? '';
}

/** Waits until the screen whose heading is `heading` is shown and its heading has the focus. */
async function expectScreen(element: HTMLElement, heading: string) {
  await expect.poll(() => shadowOf(element).activeElement?.textContent).toBe(heading);
  expect(shadowOf(element).activeElement?.tagName).toBe('H2');
}

function procedures(): string[] {
  return api.requests.flatMap((request) => request.procedures);
}

async function click(name: string) {
  await userEvent.click(page.getByRole('button', { name, exact: true }));
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

function listen<Detail>(element: HTMLElement, name: string): Detail[] {
  const details: Detail[] = [];
  element.addEventListener(name, (event) => details.push((event as CustomEvent<Detail>).detail));
  return details;
}

describe('given an admin of the invited company opening the link', () => {
  it('shows the agency, the services with their options and who pays, the terms and the expiry', async () => {
    const element = openPage(acceptPageScenarios.invitation());
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    const text = textOf(element);
    expect(text).toContain(
      'Karin Lund på Lund & Berg Redovisning bjuder in Ägarbolaget AB att samarbeta i tjänsterna nedan.',
    );
    expect(text).toContain('Du är inloggad som Kim Ägare för Ägarbolaget AB.');
    expect(text).toContain('Variant: Smart');
    expect(text).toContain('Betalas av: Lund & Berg Redovisning (byrån)');
    expect(text).toContain('Betalas av: Ägarbolaget AB (ert företag)');
    expect(text).toContain('Gäller till27 december 2026, kl. 10:00');
    expect(text).toContain(
      'De medarbetare på Lund & Berg Redovisning som arbetar med uppdraget får tillgång till ert företags konto och de tjänster ni accepterar, inget annat.',
    );
    await expect.element(page.getByRole('button', { name: 'Acceptera' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Avböj' })).toBeVisible();
  });

  it('changes nothing by opening: only a read goes to the API', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    expect(procedures()).toEqual(['invitations.byToken']);
    expect(api.requests.map((request) => request.method)).toEqual(['GET']);
    expect(log).toEqual({ accepted: [], declined: [] });
  });

  it('accepts with the button: what is now active and who at the agency gets access', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    const accepted = listen<CollabAcceptedDetail>(element, 'collab:accepted');
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expectScreen(element, 'Samarbetet är igång');
    const text = textOf(element);
    expect(text).toContain('eEkonomi och Scanner är nu aktiva för Ägarbolaget AB.');
    expect(text).toContain(
      'De här personerna på Lund & Berg Redovisning får tillgång: Karin Lund och Olle Berg.',
    );
    expect(text).toContain('Ert företags administratörer får ett e-postmeddelande om samarbetet.');
    expect(
      shadowOf(element).querySelector('[role="status"][aria-live="polite"]')?.textContent,
    ).toBe('Samarbetet är igång. eEkonomi och Scanner är nu aktiva för Ägarbolaget AB.');
    expect(log.accepted).toEqual([{ token: invitationToken }]);
    expect(accepted).toEqual([
      {
        invitationId: acceptResult.invitationId,
        collaborationIds: acceptResult.collaborations.map((collaboration) => collaboration.id),
      },
    ]);
    expect(page.getByRole('button', { name: 'Acceptera', exact: true }).query()).toBeNull();
  });

  it('says that the agency’s staff get access when the answer does not name them', async () => {
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.accept': () => ({ ...acceptResult, agencyAccess: [] }),
      }),
    );
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expectScreen(element, 'Samarbetet är igång');
    expect(textOf(element)).toContain(
      'De medarbetare på Lund & Berg Redovisning som arbetar med uppdraget får tillgång.',
    );
  });

  it('declines with a reason, which the inviting employee is told', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    const declined = listen<CollabDeclinedDetail>(element, 'collab:declined');
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Avböj');
    await expectScreen(element, 'Avböj inbjudan från Lund & Berg Redovisning');
    expect(textOf(element)).toContain('Anledningen skickas till Karin Lund.');
    await userEvent.fill(
      page.getByLabelText('Anledning (valfri)'),
      '  Vi sköter bokföringen själva.  ',
    );
    await click('Avböj inbjudan');
    await expectScreen(element, 'Du har avböjt inbjudan');
    expect(textOf(element)).toContain(
      'Inga tjänster aktiverades. Karin Lund på Lund & Berg Redovisning får veta att ni har avböjt.',
    );
    expect(textOf(element)).toContain('Er anledning: Vi sköter bokföringen själva.');
    expect(log.declined).toEqual([
      { token: invitationToken, reason: 'Vi sköter bokföringen själva.' },
    ]);
    expect(
      shadowOf(element).querySelector('[role="status"][aria-live="polite"]')?.textContent,
    ).toBe(
      'Du har avböjt inbjudan. Inga tjänster aktiverades. Karin Lund på Lund & Berg Redovisning får veta att ni har avböjt.',
    );
    expect(log.accepted).toEqual([]);
    expect(declined).toEqual([
      {
        invitationId: acceptResult.invitationId,
        collaborationIds: [...acceptResult.collaborations.map((collaboration) => collaboration.id)],
        reason: 'Vi sköter bokföringen själva.',
      },
    ]);
  });

  it('declines without a reason, and can go back to the invitation first', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Avböj');
    await expectScreen(element, 'Avböj inbjudan från Lund & Berg Redovisning');
    await click('Tillbaka till inbjudan');
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Avböj');
    await click('Avböj inbjudan');
    await expectScreen(element, 'Du har avböjt inbjudan');
    expect(textOf(element)).not.toContain('Er anledning');
    expect(log.declined).toEqual([{ token: invitationToken }]);
  });

  it('starts over when the element is given another link', async () => {
    const element = openPage(acceptPageScenarios.invitation());
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expectScreen(element, 'Samarbetet är igång');
    element.invitationToken = 'x'.repeat(43);
    await expectScreen(element, 'Länken fungerar inte');
    expect(api.requests.at(-1)?.inputs).toEqual([{ token: 'x'.repeat(43) }]);
  });

  it('reads the token from the page’s ?token= query when the element has none', async () => {
    const before = location.href;
    history.replaceState(null, '', `?token=${invitationToken}`);
    try {
      const element = openPage(acceptPageScenarios.invitation(), {});
      await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
      expect(api.requests[0]?.inputs).toEqual([{ token: invitationToken }]);
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('given only a keyboard', () => {
  it('accepts with Tab and Enter, the focus on each new screen’s heading', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    for (let presses = 0; presses < 10; presses += 1) {
      if (shadowOf(element).activeElement?.textContent === 'Acceptera') break;
      await userEvent.keyboard('{Tab}');
    }
    expect(shadowOf(element).activeElement?.textContent).toBe('Acceptera');
    await userEvent.keyboard('{Enter}');
    await expectScreen(element, 'Samarbetet är igång');
    expect(log.accepted).toEqual([{ token: invitationToken }]);
  });

  it('declines with a reason, typing into the field reached by Tab', async () => {
    const log: AnswerLog = { accepted: [], declined: [] };
    const element = openPage(acceptPageHandlers(pendingInvitation, {}, log));
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    for (let presses = 0; presses < 10; presses += 1) {
      if (shadowOf(element).activeElement?.textContent === 'Avböj') break;
      await userEvent.keyboard('{Tab}');
    }
    await userEvent.keyboard('{Enter}');
    await expectScreen(element, 'Avböj inbjudan från Lund & Berg Redovisning');
    await userEvent.keyboard('{Tab}');
    expect(shadowOf(element).activeElement?.tagName).toBe('TEXTAREA');
    await userEvent.keyboard('Inte nu.');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard('{Enter}');
    await expectScreen(element, 'Du har avböjt inbjudan');
    expect(log.declined).toEqual([{ token: invitationToken, reason: 'Inte nu.' }]);
  });
});

describe('given a person who is signed out', () => {
  it('shows the invitation and “Sign in to accept”, which calls the host’s onSignInRequired', async () => {
    const element = openPage(acceptPageScenarios.signedOut());
    const signIn = vi.fn<(detail: CollabSignInRequiredDetail) => void>();
    element.onSignInRequired = signIn;
    const events = listen<CollabSignInRequiredDetail>(document.body, 'collab:sign-in-required');
    await expectScreen(element, 'Logga in för att svara på inbjudan');
    expect(textOf(element)).toContain(
      'Bara en administratör för Ägarbolaget AB kan acceptera eller avböja inbjudan.',
    );
    expect(textOf(element)).toContain('eEkonomi');
    expect(page.getByRole('button', { name: 'Acceptera', exact: true }).query()).toBeNull();
    await click('Logga in för att acceptera');
    expect(signIn).toHaveBeenCalledWith({ returnUrl: location.href });
    expect(events).toEqual([{ returnUrl: location.href }]);
    expect(procedures()).toEqual(['invitations.byToken']);
  });

  it('asks to sign in when the host’s token is refused (UNAUTHENTICATED)', async () => {
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.byToken': () => {
          throw new FakeApiError('UNAUTHENTICATED');
        },
      }),
    );
    await expectScreen(element, 'Logga in för att svara på inbjudan');
    expect(textOf(element)).toContain(
      'Bara en administratör för företaget kan acceptera eller avböja inbjudan.',
    );
    await expect
      .element(page.getByRole('button', { name: 'Logga in för att acceptera' }))
      .toBeVisible();
  });
});

describe('given a person who may not answer', () => {
  /** Every such screen offers a way forward: another sign-in, and whom to ask. */
  async function expectWaysForward(element: HTMLElement) {
    expect(textOf(element)).toContain(
      'Frågor om inbjudan? Kontakta Karin Lund på Lund & Berg Redovisning, som skickade den.',
    );
    // What the invitation is, as a signed-out visitor with the same link sees it.
    expect(textOf(element)).toContain('Om inbjudan');
    expect(textOf(element)).toContain('eEkonomi');
    const asked: CollabSignInRequiredDetail[] = [];
    element.addEventListener('collab:sign-in-required', (event) => asked.push(event.detail));
    await userEvent.click(page.getByRole('button', { name: 'Logga in som någon annan' }));
    expect(asked).toEqual([{ returnUrl: window.location.href }]);
    expect(page.getByRole('button', { name: 'Acceptera', exact: true }).query()).toBeNull();
  }

  it('says so to a user signed in to another company, naming both, and offers another sign-in', async () => {
    const element = openPage(acceptPageScenarios.wrongCompany());
    await expectScreen(element, 'Du är inloggad för fel företag');
    expect(textOf(element)).toContain(
      'Inbjudan gäller Ägarbolaget AB, men du är inloggad för Annat Företag AB. Logga in för rätt företag.',
    );
    await expectWaysForward(element);
  });

  it('lists the admins with masked e-mail addresses to a user who is not an admin', async () => {
    const element = openPage(acceptPageScenarios.notAdmin());
    await expectScreen(element, 'Bara en administratör kan svara');
    expect(textOf(element)).toContain(
      'Du är inloggad för Ägarbolaget AB men är inte administratör för företagets konto.',
    );
    const admins = page.getByRole('listitem');
    await expect.element(admins.nth(0)).toHaveTextContent('Kim Ägare (k***@agarbolaget.se)');
    await expect.element(admins.nth(1)).toHaveTextContent('Lo Ekonomi (l***@agarbolaget.se)');
    expect(textOf(element)).not.toContain('kim@agarbolaget.se');
    await expectWaysForward(element);
  });

  it('tells an agency employee which company the invitation is for, and how to go on', async () => {
    const element = openPage(acceptPageScenarios.notAccountUser());
    await expectScreen(element, 'Inbjudan gäller Ägarbolaget AB');
    expect(textOf(element)).toContain(
      'Du är inloggad, men inte som användare i Ägarbolaget AB. Bara en administratör för företaget kan svara',
    );
    await expectWaysForward(element);
  });
});

describe('given an invitation that can no longer be answered', () => {
  it('says it was already accepted', async () => {
    const element = openPage(acceptPageScenarios.alreadyAccepted());
    await expectScreen(element, 'Inbjudan är redan accepterad');
    expect(textOf(element)).toContain(
      'Samarbetet med Lund & Berg Redovisning är redan igång. Du behöver inte göra något mer.',
    );
    expect(page.getByRole('button').query()).toBeNull();
  });

  it('says it was already declined', async () => {
    const element = openPage(acceptPageScenarios.alreadyDeclined());
    await expectScreen(element, 'Inbjudan är redan avböjd');
    expect(textOf(element)).toContain(
      'Vill ni samarbeta ändå kan ni be Lund & Berg Redovisning att skicka en ny inbjudan.',
    );
    expect(page.getByRole('button').query()).toBeNull();
  });

  it('says it expired, and when', async () => {
    const element = openPage(acceptPageScenarios.expired());
    await expectScreen(element, 'Inbjudan har gått ut');
    expect(textOf(element)).toContain('Inbjudan gick ut 27 december 2026. Be byrån skicka en ny.');
    expect(page.getByRole('button').query()).toBeNull();
  });

  it('says the agency cancelled it', async () => {
    const element = openPage(acceptPageScenarios.cancelled());
    await expectScreen(element, 'Inbjudan är återkallad');
    expect(textOf(element)).toContain('Byrån har återkallat inbjudan.');
    expect(textOf(element)).toContain('Kontakta Lund & Berg Redovisning om ni har frågor.');
  });

  it('puts the invitation’s state before who is looking', async () => {
    const element = openPage(acceptPageHandlers(invitationAs(viewers.signedOut, 'expired')));
    await expectScreen(element, 'Inbjudan har gått ut');
    expect(page.getByRole('button', { name: 'Logga in för att acceptera' }).query()).toBeNull();
  });

  it('says a link was replaced by a newer invitation', async () => {
    const element = openPage(acceptPageScenarios.replaced());
    await expectScreen(element, 'Länken har ersatts');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Länken har ersatts av en nyare inbjudan. Använd länken i det senaste e-postmeddelandet.',
      );
  });

  it('says an unknown link does not work', async () => {
    const element = openPage(acceptPageHandlers(), { 'invitation-token': 'x'.repeat(43) });
    await expectScreen(element, 'Länken fungerar inte');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Länken är inte giltig. Den kan ha ersatts av en nyare inbjudan – använd länken i det senaste e-postmeddelandet.',
      );
  });

  it('says a page without any token has no invitation, without asking the API', async () => {
    const element = openPage(acceptPageHandlers(), {});
    await expectScreen(element, 'Länken fungerar inte');
    expect(textOf(element)).toContain('Sidan saknar inbjudans kod.');
    expect(procedures()).toEqual([]);
  });
});

describe('given the network', () => {
  it('shows loading while the invitation is on its way', async () => {
    const element = openPage(acceptPageScenarios.loading());
    await expect.element(page.getByRole('status').last()).toHaveTextContent('Hämtar inbjudan…');
    expect(textOf(element)).not.toContain('Acceptera');
  });

  it('shows a network error with Retry, and the invitation once it answers', async () => {
    let calls = 0;
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.byToken': () => {
          calls += 1;
          if (calls === 1) throw new FakeNetworkFailure();
          return pendingInvitation;
        },
      }),
    );
    const errors = listen<CollabErrorDetail>(element, 'collab:error');
    await expectScreen(element, 'Inbjudan gick inte att hämta');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.');
    expect(errors.map((error) => error.code)).toEqual(['NETWORK_ERROR']);
    await click('Försök igen');
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    expect(calls).toBe(2);
  });

  it('keeps the invitation and explains when accepting gets no answer, then accepts on a retry', async () => {
    let calls = 0;
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.accept': () => {
          calls += 1;
          if (calls === 1) throw new FakeNetworkFailure();
          return acceptResult;
        },
      }),
    );
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(
        'Svaret gick inte att skicka. Inget har ändrats.Tjänsten gick inte att nå. Kontrollera anslutningen och försök igen.',
      );
    await click('Acceptera');
    await expectScreen(element, 'Samarbetet är igång');
  });
});

describe('given someone else answered while the page was open', () => {
  it('shows “already accepted” when accepting, not an error', async () => {
    const element = openPage(acceptPageScenarios.acceptedMeanwhile());
    const errors = listen<CollabErrorDetail>(element, 'collab:error');
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expectScreen(element, 'Inbjudan är redan accepterad');
    expect(textOf(element)).not.toContain('INVITATION_ALREADY_ACCEPTED');
    expect(errors.map((error) => error.code)).toEqual(['INVITATION_ALREADY_ACCEPTED']);
    expect(
      shadowOf(element).querySelector('[role="status"][aria-live="polite"]')?.textContent,
    ).toBe('Inbjudan är redan accepterad.');
  });

  it('shows “already accepted” when declining too', async () => {
    const element = openPage(acceptPageScenarios.acceptedMeanwhile());
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Avböj');
    await click('Avböj inbjudan');
    await expectScreen(element, 'Inbjudan är redan accepterad');
  });

  it('shows each refusal as its own screen', async () => {
    const refusals = [
      [new FakeApiError('INVITATION_ALREADY_DECLINED'), 'Inbjudan är redan avböjd'],
      [new FakeApiError('INVITATION_EXPIRED', { expiresAt: '2026-12-27' }), 'Inbjudan har gått ut'],
      [new FakeApiError('INVITATION_CANCELLED'), 'Inbjudan är återkallad'],
      [new FakeApiError('INVITATION_REPLACED'), 'Länken har ersatts'],
      [new FakeApiError('UNAUTHENTICATED'), 'Logga in för att svara på inbjudan'],
      [
        new FakeApiError('INVITATION_WRONG_COMPANY', {
          customerName: 'Ägarbolaget AB',
          accountName: 'Annat Företag AB',
        }),
        'Du är inloggad för fel företag',
      ],
    ] as const;
    for (const [refusal, heading] of refusals) {
      const element = openPage(
        acceptPageHandlers(pendingInvitation, {
          'invitations.accept': () => {
            throw refusal;
          },
        }),
      );
      await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
      await click('Acceptera');
      await expectScreen(element, heading);
      document.body.replaceChildren();
    }
  });

  it('lists the admins from the refusal when the person is no longer an admin', async () => {
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.accept': () => {
          throw new FakeApiError('ACCOUNT_ADMIN_REQUIRED', {
            accountName: 'Ägarbolaget AB',
            admins: 'k***@agarbolaget.se, l***@agarbolaget.se',
          });
        },
      }),
    );
    await expectScreen(element, 'Inbjudan från Lund & Berg Redovisning');
    await click('Acceptera');
    await expectScreen(element, 'Bara en administratör kan svara');
    await expect
      .element(page.getByRole('listitem').nth(0))
      .toHaveTextContent('k***@agarbolaget.se');
    await expect
      .element(page.getByRole('listitem').nth(1))
      .toHaveTextContent('l***@agarbolaget.se');
  });
});

describe('given a React host', () => {
  it('sends no bearer token when nobody is signed in, and hands “Sign in to accept” to onSignInRequired', async () => {
    api = createFakeApi({ handlers: acceptPageScenarios.signedOut() });
    vi.stubGlobal('fetch', api.fetch);
    const onSignInRequired = vi.fn<(detail: CollabSignInRequiredDetail) => void>();
    await render(
      <main>
        <CollabProvider apiUrl="https://collab.test/react-signed-out/trpc" getToken={() => null}>
          <AcceptInvitation invitationToken={invitationToken} onSignInRequired={onSignInRequired} />
        </CollabProvider>
      </main>,
    );
    await click('Logga in för att acceptera');
    expect(onSignInRequired).toHaveBeenCalledWith({ returnUrl: location.href });
    expect(api.requests[0]?.authorization).toBeNull();
  });

  it('hands the accepted invitation to onAccepted', async () => {
    api = createFakeApi({ handlers: acceptPageScenarios.invitation() });
    vi.stubGlobal('fetch', api.fetch);
    const onAccepted = vi.fn<(detail: CollabAcceptedDetail) => void>();
    await render(
      <main>
        <CollabProvider apiUrl="https://collab.test/react-accept/trpc" getToken={() => 'admin'}>
          <AcceptInvitation invitationToken={invitationToken} onAccepted={onAccepted} />
        </CollabProvider>
      </main>,
    );
    await click('Acceptera');
    await expect.element(page.getByRole('heading', { name: 'Samarbetet är igång' })).toBeVisible();
    expect(onAccepted).toHaveBeenCalledWith({
      invitationId: acceptResult.invitationId,
      collaborationIds: acceptResult.collaborations.map((collaboration) => collaboration.id),
    });
  });
});

describe('given English', () => {
  it('shows the invitation and the result in English', async () => {
    const element = openPage(acceptPageScenarios.invitation(), {
      'invitation-token': invitationToken,
      locale: 'en',
    });
    await expectScreen(element, 'Invitation from Lund & Berg Redovisning');
    const text = textOf(element);
    expect(text).toContain(
      'Karin Lund at Lund & Berg Redovisning invites Ägarbolaget AB to collaborate in the services below.',
    );
    expect(text).toContain('Variant: Smart');
    expect(text).toContain('Paid by: Lund & Berg Redovisning (the agency)');
    expect(text).toContain('Valid until27 December 2026, 10:00');
    expect(text).toContain(
      'The employees of Lund & Berg Redovisning who work on the task get access to your company’s account and the services you accept, nothing else.',
    );
    await click('Accept');
    await expectScreen(element, 'The collaboration has started');
    expect(textOf(element)).toContain('eEkonomi and Scanner are now active for Ägarbolaget AB.');
  });
});

describe('given every screen, in sv and en, light and dark', () => {
  const headings = {
    sv: {
      invitation: 'Inbjudan från Lund & Berg Redovisning',
      signedOut: 'Logga in för att svara på inbjudan',
      wrongCompany: 'Du är inloggad för fel företag',
      notAdmin: 'Bara en administratör kan svara',
      notAccountUser: 'Inbjudan gäller Ägarbolaget AB',
      alreadyAccepted: 'Inbjudan är redan accepterad',
      alreadyDeclined: 'Inbjudan är redan avböjd',
      expired: 'Inbjudan har gått ut',
      cancelled: 'Inbjudan är återkallad',
      replaced: 'Länken har ersatts',
      invalid: 'Länken fungerar inte',
      networkError: 'Inbjudan gick inte att hämta',
      acceptedMeanwhile: 'Inbjudan från Lund & Berg Redovisning',
    },
    en: {
      invitation: 'Invitation from Lund & Berg Redovisning',
      signedOut: 'Sign in to answer the invitation',
      wrongCompany: 'You are signed in for another company',
      notAdmin: 'Only an administrator can answer',
      notAccountUser: 'This invitation is for Ägarbolaget AB',
      alreadyAccepted: 'The invitation has already been accepted',
      alreadyDeclined: 'The invitation has already been declined',
      expired: 'The invitation has expired',
      cancelled: 'The invitation has been cancelled',
      replaced: 'This link has been replaced',
      invalid: 'This link does not work',
      networkError: 'The invitation could not be loaded',
      acceptedMeanwhile: 'Invitation from Lund & Berg Redovisning',
    },
  } as const;

  for (const locale of ['sv', 'en'] as const) {
    it(`has no axe violations on any screen the link leads to (${locale})`, async () => {
      for (const [scenario, heading] of Object.entries(headings[locale])) {
        const handlers = acceptPageScenarios[scenario as keyof typeof headings.sv]();
        const element = openPage(handlers, { 'invitation-token': invitationToken, locale });
        await expectScreen(element, heading);
        await expectNoAxeViolations(element);
        document.body.replaceChildren();
      }
      const loading = openPage(acceptPageScenarios.loading(), {
        'invitation-token': invitationToken,
        locale,
      });
      await expect.poll(() => textOf(loading)).toContain(locale === 'sv' ? 'Hämtar' : 'Loading');
      await expectNoAxeViolations(loading);
      document.body.replaceChildren();
      const missing = openPage(acceptPageHandlers(), { locale });
      await expectScreen(missing, headings[locale].invalid);
      await expectNoAxeViolations(missing);
    });

    it(`has no axe violations while answering and after (${locale})`, async () => {
      const words =
        locale === 'sv'
          ? {
              accept: 'Acceptera',
              decline: 'Avböj',
              confirmDecline: 'Avböj inbjudan',
              reason: 'Anledning (valfri)',
              declineHeading: 'Avböj inbjudan från Lund & Berg Redovisning',
              accepted: 'Samarbetet är igång',
              declined: 'Du har avböjt inbjudan',
              alreadyAccepted: 'Inbjudan är redan accepterad',
            }
          : {
              accept: 'Accept',
              decline: 'Decline',
              confirmDecline: 'Decline invitation',
              reason: 'Reason (optional)',
              declineHeading: 'Decline the invitation from Lund & Berg Redovisning',
              accepted: 'The collaboration has started',
              declined: 'You have declined the invitation',
              alreadyAccepted: 'The invitation has already been accepted',
            };
      const attributes = { 'invitation-token': invitationToken, locale };

      let accepting = openPage(
        acceptPageHandlers(pendingInvitation, {
          'invitations.accept': () => {
            throw new FakeNetworkFailure();
          },
        }),
        attributes,
      );
      await expectScreen(accepting, headings[locale].invitation);
      await click(words.accept);
      await expect.element(page.getByRole('alert')).toBeVisible();
      await expectNoAxeViolations(accepting);
      document.body.replaceChildren();

      accepting = openPage(acceptPageScenarios.invitation(), attributes);
      await expectScreen(accepting, headings[locale].invitation);
      await click(words.accept);
      await expectScreen(accepting, words.accepted);
      await expectNoAxeViolations(accepting);
      document.body.replaceChildren();

      const declining = openPage(acceptPageScenarios.invitation(), attributes);
      await expectScreen(declining, headings[locale].invitation);
      await click(words.decline);
      await expectScreen(declining, words.declineHeading);
      await userEvent.fill(page.getByLabelText(words.reason), 'Inte nu.');
      await expectNoAxeViolations(declining);
      await click(words.confirmDecline);
      await expectScreen(declining, words.declined);
      await expectNoAxeViolations(declining);
      document.body.replaceChildren();

      const meanwhile = openPage(acceptPageScenarios.acceptedMeanwhile(), attributes);
      await expectScreen(meanwhile, headings[locale].invitation);
      await click(words.accept);
      await expectScreen(meanwhile, words.alreadyAccepted);
      await expectNoAxeViolations(meanwhile);
    });
  }
});

describe('given someone who has opened too many links', () => {
  it('says how long to wait, in the page’s language, and tells the host', async () => {
    const element = openPage(
      acceptPageHandlers(pendingInvitation, {
        'invitations.byToken': () => {
          throw new FakeApiError('RATE_LIMITED', { retryAfterSeconds: 42 });
        },
      }),
    );
    const errors = listen<CollabErrorDetail>(element, 'collab:error');
    await expectScreen(element, 'Inbjudan gick inte att hämta');
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('För många försök. Vänta 42 s och försök igen.');
    expect(errors.map((error) => [error.code, error.httpStatus])).toEqual([['RATE_LIMITED', 429]]);
  });
});
