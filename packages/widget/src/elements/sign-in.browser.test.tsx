import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { init } from '../collab.js';
import { AcceptInvitation } from '../react/accept-invitation.js';
import { CollabProvider } from '../react/collab-provider.js';
import { shadowOf } from '../test-support/element-page.js';
import type { FakeApiHandlers } from '../test-support/fake-api.js';
import { createFakeApi, FakeNoAnswer } from '../test-support/fake-api.js';
import {
  acceptPageHandlers,
  invitationAs,
  invitationToken,
  viewers,
} from '../test-support/fixtures/accept-invitation.js';
import type { AcceptInvitationElement } from './accept-invitation-element.js';
import { defineCollabElements } from './define.js';

/*
 * A host that signs the person in (or out) on the same page and then gives the element the
 * new token: every view must show what the new person may see, read with the new token, and
 * never the previous person's cached answers. The accept page shows it best, because the
 * API says there who is looking.
 */

defineCollabElements();

let api: ReturnType<typeof createFakeApi>;
let apiCount = 0;

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const kimsToken = 'kim-token';

/** `invitations.byToken` as the server answers it: Kim for Kim's token, else signed out. */
function answersByBearer(whenSignedOut: 'answer' | 'hang' = 'answer'): FakeApiHandlers {
  return acceptPageHandlers(undefined, {
    'invitations.byToken': () => {
      if (api.requests.at(-1)?.authorization === `Bearer ${kimsToken}`)
        return invitationAs(viewers.kim);
      if (whenSignedOut === 'hang') throw new FakeNoAnswer();
      return invitationAs(viewers.signedOut);
    },
  });
}

function openAcceptPage(handlers: FakeApiHandlers): AcceptInvitationElement {
  api = createFakeApi({ handlers, acceptsToken: (token) => token === null || token === kimsToken });
  vi.stubGlobal('fetch', api.fetch);
  apiCount += 1;
  const element = document.createElement('collab-accept-invitation') as AcceptInvitationElement;
  element.setAttribute('api-url', `https://collab.test/sign-in-${apiCount}/trpc`);
  element.setAttribute('invitation-token', invitationToken);
  document.body.append(element);
  return element;
}

function headingOf(element: HTMLElement): string | null | undefined {
  return shadowOf(element).querySelector('h2')?.textContent;
}

function acceptButtonOf(element: HTMLElement): HTMLButtonElement | null {
  return (
    [...shadowOf(element).querySelectorAll('button')].find(
      (button) => button.textContent === 'Acceptera',
    ) ?? null
  );
}

const signedOutHeading = 'Logga in för att svara på inbjudan';
const invitationHeading = 'Inbjudan från Lund & Berg Redovisning';

describe('given a host that signs the person in on the same page', () => {
  it('shows the invitation with Accept once the token attribute is set, in the same view', async () => {
    const element = openAcceptPage(answersByBearer());
    await expect.poll(() => headingOf(element)).toBe(signedOutHeading);
    const page = shadowOf(element).querySelector('.collab-accept');

    element.setAttribute('token', kimsToken);

    await expect.poll(() => headingOf(element)).toBe(invitationHeading);
    expect(acceptButtonOf(element)).not.toBeNull();
    expect(shadowOf(element).textContent).toContain('Du är inloggad som Kim Ägare');
    // The same React tree: the view was told, not remounted.
    expect(shadowOf(element).querySelector('.collab-accept')).toBe(page);
    expect(api.requests.map((request) => request.authorization)).toEqual([
      null,
      `Bearer ${kimsToken}`,
    ]);
  });

  it('shows the invitation with Accept once a new getToken is set, beside another view of the API', async () => {
    const element = openAcceptPage(answersByBearer());
    element.getToken = () => null;
    // Another view of the same API keeps the page's query cache alive meanwhile.
    const other = document.createElement('collab-accept-invitation');
    other.setAttribute('api-url', element.getAttribute('api-url') ?? '');
    document.body.append(other);
    await expect.poll(() => headingOf(element)).toBe(signedOutHeading);

    element.getToken = async () => kimsToken;

    await expect.poll(() => headingOf(element)).toBe(invitationHeading);
    expect(acceptButtonOf(element)).not.toBeNull();
    expect(api.requests.at(-1)?.authorization).toBe(`Bearer ${kimsToken}`);
  });

  it('drops the previous person’s answers at once: signing out shows loading, not their invitation', async () => {
    const element = openAcceptPage(answersByBearer('hang'));
    element.setAttribute('token', kimsToken);
    await expect.poll(() => headingOf(element)).toBe(invitationHeading);

    element.removeAttribute('token');

    await expect.poll(() => shadowOf(element).textContent).toContain('Hämtar inbjudan…');
    expect(shadowOf(element).textContent).not.toContain('Kim Ägare');
    expect(acceptButtonOf(element)).toBeNull();
    expect(api.requests.at(-1)?.authorization).toBeNull();
  });

  it('gives a Collab.init host the new person’s view after update({ getToken })', async () => {
    api = createFakeApi({
      handlers: answersByBearer(),
      acceptsToken: (token) => token === null || token === kimsToken,
    });
    vi.stubGlobal('fetch', api.fetch);
    const collab = init({ apiUrl: 'https://collab.test/sign-in-init/trpc', getToken: () => null });
    const container = document.createElement('div');
    document.body.append(container);
    const element = collab.mount('accept-invitation', container, { invitationToken });
    await expect.poll(() => headingOf(element)).toBe(signedOutHeading);

    collab.update({ getToken: async () => kimsToken });

    await expect.poll(() => headingOf(element)).toBe(invitationHeading);
    expect(acceptButtonOf(element)).not.toBeNull();
    expect(api.requests.at(-1)?.authorization).toBe(`Bearer ${kimsToken}`);
    collab.destroy();
  });

  it('gives a React host the new person’s view when it keys CollabProvider by the user', async () => {
    api = createFakeApi({ handlers: answersByBearer() });
    vi.stubGlobal('fetch', api.fetch);
    const host = (user: string | null) => (
      <CollabProvider
        key={user ?? 'nobody'}
        apiUrl="https://collab.test/sign-in-react/trpc"
        getToken={() => user}
      >
        <AcceptInvitation invitationToken={invitationToken} />
      </CollabProvider>
    );
    const screen = await render(host(null));
    await expect.element(page.getByRole('heading', { name: signedOutHeading })).toBeVisible();

    await screen.rerender(host(kimsToken));

    await expect.element(page.getByRole('button', { name: 'Acceptera' })).toBeVisible();
    expect(api.requests.at(-1)?.authorization).toBe(`Bearer ${kimsToken}`);
  });
});
