import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import { AcceptInvitation } from '../../react/accept-invitation.js';
import {
  acceptPageScenarios,
  invitationToken,
} from '../../test-support/fixtures/accept-invitation.js';
import {
  ElementHost,
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';

/**
 * The accept page (flow 2 in docs/flows.md), one story per screen, rendered through the React
 * export in a shadow root against the typed fake API (`test-support/fixtures/accept-invitation.ts`).
 * The person opening the link is told by the API (`invitations.byToken`'s `viewer`) how they
 * stand, so each story only changes what the fake answers.
 */

interface AcceptInvitationStoryArgs {
  /** The link's token; null is a page opened without one. */
  invitationToken: string | null;
}

interface AcceptInvitationStoryParameters {
  /** The story's API handlers, typed by the router (see `test-support/fake-api.ts`). */
  fakeApi?: StoryHandlers;
}

const meta = {
  title: 'Widget/Accept invitation',
  component: AcceptInvitation,
  args: { invitationToken },
  parameters: { fakeApi: acceptPageScenarios.invitation },
  render: (args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as AcceptInvitationStoryParameters).fakeApi}
    >
      <AcceptInvitation invitationToken={args.invitationToken} />
    </StoryHost>
  ),
} satisfies Meta<AcceptInvitationStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a play function needs: the widget's shadow root and the wording of the locale. */
async function widget(context: StoryContext) {
  const root = await widgetShadowRoot(context.canvasElement);
  const words: Messages = wordsFor(context.globals.locale === 'en' ? 'en' : 'sv');
  const shadow = within(root as unknown as HTMLElement);
  const fill = (key: keyof Messages, params: Record<string, string> = {}) =>
    Object.entries(params).reduce(
      (text, [name, value]) => text.replaceAll(`{${name}}`, value),
      String(words[key]),
    );
  return {
    root,
    shadow,
    words,
    fill,
    /** Waits for the screen whose heading is the message `key`, with the focus on it. */
    async screen(key: keyof Messages, params: Record<string, string> = {}) {
      const heading = await shadow.findByRole('heading', { level: 2, name: fill(key, params) });
      await expect(heading).toBeVisible();
      await waitFor(() => expect(root.activeElement).toBe(heading));
    },
    async click(key: keyof Messages) {
      await userEvent.click(shadow.getByRole('button', { name: String(words[key]) }));
    },
    async expectText(text: string) {
      await waitFor(() => expect(root.textContent).toContain(text));
    },
  };
}

const agency = { agencyName: 'Lund & Berg Redovisning' };
const elementAttributes = { 'invitation-token': invitationToken };

export const Loading: Story = {
  name: 'Loading',
  parameters: { fakeApi: acceptPageScenarios.loading },
  play: async (context) => {
    const view = await widget(context);
    await expect(await view.shadow.findByText(view.words['accept.loading'])).toBeVisible();
  },
};

export const Invitation: Story = {
  name: 'Invitation',
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.expectText('eEkonomi');
    await expect(
      view.shadow.getByRole('button', { name: view.words['accept.accept'] }),
    ).toBeVisible();
    await expect(
      view.shadow.getByRole('button', { name: view.words['accept.decline'] }),
    ).toBeVisible();
  },
};

export const SignedOut: Story = {
  name: 'Signed out',
  parameters: { fakeApi: acceptPageScenarios.signedOut },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.signedOut.heading');
    await expect(
      view.shadow.getByRole('button', { name: view.words['accept.signedOut.signIn'] }),
    ).toBeVisible();
  },
};

export const WrongCompany: Story = {
  name: 'Wrong company',
  parameters: { fakeApi: acceptPageScenarios.wrongCompany },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.wrongCompany.heading');
    await view.expectText('Annat Företag AB');
  },
};

export const NotAnAdmin: Story = {
  name: 'Not an admin',
  parameters: { fakeApi: acceptPageScenarios.notAdmin },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.notAdmin.heading');
    await view.expectText('Kim Ägare (k***@agarbolaget.se)');
  },
};

export const NotACompanyUser: Story = {
  name: 'Not a user of the company',
  parameters: { fakeApi: acceptPageScenarios.notAccountUser },
  play: async (context) => {
    await (await widget(context)).screen('accept.notAccountUser.heading', {
      customerName: 'Ägarbolaget AB',
    });
  },
};

export const AlreadyAccepted: Story = {
  name: 'Already accepted',
  parameters: { fakeApi: acceptPageScenarios.alreadyAccepted },
  play: async (context) => {
    await (await widget(context)).screen('accept.alreadyAccepted.heading');
  },
};

export const AlreadyDeclined: Story = {
  name: 'Already declined',
  parameters: { fakeApi: acceptPageScenarios.alreadyDeclined },
  play: async (context) => {
    await (await widget(context)).screen('accept.alreadyDeclined.heading');
  },
};

export const Expired: Story = {
  name: 'Expired',
  parameters: { fakeApi: acceptPageScenarios.expired },
  play: async (context) => {
    await (await widget(context)).screen('accept.expired.heading');
  },
};

export const Cancelled: Story = {
  name: 'Cancelled',
  parameters: { fakeApi: acceptPageScenarios.cancelled },
  play: async (context) => {
    await (await widget(context)).screen('accept.cancelled.heading');
  },
};

export const Replaced: Story = {
  name: 'Replaced',
  parameters: { fakeApi: acceptPageScenarios.replaced },
  play: async (context) => {
    await (await widget(context)).screen('accept.replaced.heading');
  },
};

export const InvalidLink: Story = {
  name: 'Invalid link',
  parameters: { fakeApi: acceptPageScenarios.invalid },
  play: async (context) => {
    await (await widget(context)).screen('accept.invalid.heading');
  },
};

export const NoToken: Story = {
  name: 'Invalid link – no token on the page',
  args: { invitationToken: null },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invalid.heading');
    await view.expectText(view.words['accept.invalid.missing']);
  },
};

export const NetworkError: Story = {
  name: 'Network error',
  parameters: { fakeApi: acceptPageScenarios.networkError },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.unavailable.heading');
    await expect(await view.shadow.findByRole('alert')).toHaveTextContent(
      view.words['problem.network'],
    );
    await expect(
      view.shadow.getByRole('button', { name: view.words['accept.retry'] }),
    ).toBeVisible();
  },
};

/** Accept pressed: what is now active, and who at the agency gets access. */
export const Accepted: Story = {
  name: 'Accepted',
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.click('accept.accept');
    await view.screen('accept.accepted.heading');
    await view.expectText('Karin Lund');
  },
};

/** Decline pressed, a reason given, and the confirmation. */
export const Declined: Story = {
  name: 'Declined',
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.click('accept.decline');
    await view.screen('accept.declineForm.heading', agency);
    // user-event types into `document.activeElement`, which is the shadow host, not the field
    // inside it, so the value is set and announced as React reads it.
    fireEvent.input(view.shadow.getByLabelText(view.words['accept.declineForm.reason']), {
      target: { value: 'Vi sköter bokföringen själva.' },
    });
    await view.click('accept.declineForm.confirm');
    await view.screen('accept.declined.heading');
    await view.expectText('Vi sköter bokföringen själva.');
  },
};

/** What the company reads before it answers: who gets access, what each service means, who pays. */
export const BeforeTheChoice: Story = {
  name: 'Invitation – who gets access and what it means',
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.expectText(view.fill('accept.access.heading', agency));
    await view.expectText('Karin Lund');
    await view.expectText(view.fill('accept.payer.customer', { customerName: 'Ägarbolaget AB' }));
  },
};

/** Nobody is on the task yet, and the page says so instead of an empty list. */
export const NoStaffYet: Story = {
  name: 'Invitation – nobody gets access yet',
  parameters: { fakeApi: acceptPageScenarios.noStaffYet },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.expectText(view.fill('accept.access.none', agency));
  },
};

/** eEkonomi unticked: Scanner goes with it, and says why, before anything is sent. */
export const DependencyExplained: Story = {
  name: 'Per-service answer – a need unticked',
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await userEvent.click(view.shadow.getByRole('checkbox', { name: 'eEkonomi' }));
    await waitFor(() =>
      expect(view.shadow.getByRole('checkbox', { name: 'Scanner' })).toBeDisabled(),
    );
    await view.expectText(
      view.fill('accept.service.blocked', { service: 'Scanner', required: 'eEkonomi' }),
    );
    await view.expectText(String(view.words['accept.answer.none']));
  },
};

/** Scanner unticked and eEkonomi accepted: the result says which is active and which declined. */
export const PartlyAccepted: Story = {
  name: 'Per-service answer – accepted in part',
  parameters: { fakeApi: acceptPageScenarios.partlyAccepted },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await userEvent.click(view.shadow.getByRole('checkbox', { name: 'Scanner' }));
    await view.expectText(
      view.fill('accept.answer.some', { accepted: 'eEkonomi', declined: 'Scanner' }),
    );
    const accept = view.words['accept.acceptChosen'];
    const label = typeof accept === 'string' ? accept : (accept.one ?? accept.other);
    await userEvent.click(view.shadow.getByRole('button', { name: label.replace('{count}', '1') }));
    await view.screen('accept.accepted.heading');
    await view.expectText(
      view.fill('accept.accepted.declinedServices', { services: 'Scanner', ...agency }),
    );
  },
};

/** The server refuses a service without the one it needs: said beside the buttons. */
export const ServiceRequired: Story = {
  name: 'Per-service answer – refused by the server',
  parameters: { fakeApi: acceptPageScenarios.serviceRequired },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.click('accept.accept');
    await expect(await view.shadow.findByRole('alert')).toBeVisible();
  },
};

/** Someone else answered while the page was open: the page says so, never a raw error. */
export const AcceptedMeanwhile: Story = {
  name: 'Accepted by someone else meanwhile',
  parameters: { fakeApi: acceptPageScenarios.acceptedMeanwhile },
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.click('accept.accept');
    await view.screen('accept.alreadyAccepted.heading');
  },
};

/** `<collab-accept-invitation invitation-token="…">` in its own shadow root, as a plain page gets it. */
export const CustomElement: Story = {
  name: 'Custom element – invitation',
  render: (_args, context) => (
    <ElementHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      view="accept-invitation"
      attributes={elementAttributes}
      handlers={acceptPageScenarios.invitation}
    />
  ),
  play: async (context) => {
    const view = await widget(context);
    await view.screen('accept.invitation.heading', agency);
    await view.click('accept.accept');
    await view.screen('accept.accepted.heading');
  },
};
