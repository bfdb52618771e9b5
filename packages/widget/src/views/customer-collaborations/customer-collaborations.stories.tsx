import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import type { Messages, PluralMessage } from '../../i18n/messages.js';
import { CustomerCollaborations } from '../../react/customer-collaborations.js';
import { FakeNetworkFailure, FakeNoAnswer } from '../../test-support/fake-api.js';
import {
  customerSideHandlers,
  customerUserSession,
  noCollaborations,
  secondAgency,
  twoAgencies,
  twoAgenciesAccess,
} from '../../test-support/fixtures/customer-collaborations.js';
import {
  ElementHost,
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';

/**
 * The customer's view (flow 8 in docs/flows.md): a company's collaborations with its agencies, the
 * invitations waiting for an answer, and who has access and why. Rendered through the React
 * export in a shadow root against the typed fake API
 * (`test-support/fixtures/customer-collaborations.ts`, a small stateful company: accepting,
 * declining and ending change what it answers next).
 */

interface CustomerCollaborationsStoryParameters {
  /** The story's API handlers, typed by the router (see `test-support/fake-api.ts`). */
  fakeApi?: StoryHandlers;
}

const meta = {
  title: 'Widget/Customer collaborations',
  component: CustomerCollaborations,
  parameters: { fakeApi: () => customerSideHandlers() },
  render: (_args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as CustomerCollaborationsStoryParameters).fakeApi}
    >
      <CustomerCollaborations />
    </StoryHost>
  ),
} satisfies Meta<typeof CustomerCollaborations>;

export default meta;
type Story = StoryObj<typeof meta>;

const agency = 'Lund & Berg Redovisning';

/** What a play function needs: the widget's shadow root and the wording of the locale. */
async function widget(context: StoryContext) {
  const root = await widgetShadowRoot(context.canvasElement);
  const words: Messages = wordsFor(context.globals.locale === 'en' ? 'en' : 'sv');
  const shadow = within(root as unknown as HTMLElement);
  const fill = (template: string, params: Record<string, string> = {}) =>
    Object.entries(params).reduce(
      (text, [name, value]) => text.replaceAll(`{${name}}`, value),
      template,
    );
  const text = (key: keyof Messages, params: Record<string, string> = {}) =>
    fill(String(words[key]), params);
  const one = (key: keyof Messages, params: Record<string, string> = {}) =>
    fill((words[key] as PluralMessage).one ?? '', { count: '1', ...params });
  return {
    root,
    shadow,
    text,
    one,
    async button(key: keyof Messages) {
      return shadow.findByRole('button', { name: text(key) });
    },
    async expectText(expected: string, timeout = 3000) {
      await waitFor(() => expect(root.textContent).toContain(expected), { timeout });
    },
    /** The result message after an answer, with the focus on it. */
    async outcome(expected: string) {
      await waitFor(() => expect(root.activeElement?.textContent).toBe(expected));
    },
  };
}

/** The view with its invitation, read: every story with data starts here. */
async function loaded(context: StoryContext) {
  const view = await widget(context);
  await view.expectText(view.one('customerView.pendingHeading'));
  return view;
}

export const Overview: Story = {
  name: 'Overview',
  play: async (context) => {
    const view = await loaded(context);
    await view.expectText(view.text('customerView.invitationHeading', { agency }));
    await expect(await view.shadow.findByRole('heading', { level: 3, name: agency })).toBeVisible();
    await expect(await view.button('customerView.accept')).toBeVisible();
    await expect(await view.button('customerView.decline')).toBeVisible();
  },
};

export const PendingInvitationAccept: Story = {
  name: 'Pending invitation accept',
  play: async (context) => {
    const view = await loaded(context);
    await userEvent.click(await view.button('customerView.accept'));
    const terms = await view.shadow.findByRole('heading', {
      name: view.text('customerView.termsHeading', { agency }),
    });
    await waitFor(() => expect(view.root.activeElement).toBe(terms));
    await userEvent.click(await view.button('customerView.confirmAccept'));
    await view.outcome(
      `${view.one('customerView.accepted', { agency, services: 'Ekonomiöversikt' })} ${staffWithAccess(context)}`,
    );
  },
};

/** "Karin Lund och Olle Berg på byrån har fått tillgång.", in the story's locale. */
function staffWithAccess(context: StoryContext): string {
  const english = context.globals.locale === 'en';
  const words = wordsFor(english ? 'en' : 'sv');
  const names = english ? 'Karin Lund and Olle Berg' : 'Karin Lund och Olle Berg';
  return (words['customerView.acceptedStaff'] as PluralMessage).other.replace('{names}', names);
}

export const DeclineWithReason: Story = {
  name: 'Decline with reason',
  play: async (context) => {
    const view = await loaded(context);
    await userEvent.click(await view.button('customerView.decline'));
    const reason = await view.shadow.findByLabelText(view.text('customerView.declineReason'));
    await waitFor(() => expect(view.root.activeElement).toBe(reason));
    // user-event types into `document.activeElement`, the shadow host; set it as React reads it.
    fireEvent.input(reason, { target: { value: 'Vi sköter översikten själva.' } });
    await userEvent.click(await view.button('customerView.confirmDecline'));
    await view.outcome(view.text('customerView.declined', { agency, name: 'Karin Lund' }));
  },
};

export const NotAnAdmin: Story = {
  name: 'Not an admin',
  parameters: { fakeApi: () => customerSideHandlers({ session: customerUserSession }) },
  play: async (context) => {
    const view = await loaded(context);
    await view.expectText(view.text('customerView.readOnly'));
    await view.expectText('Kim Ägare (k***@agarbolaget.se)');
    await view.expectText(view.text('customerView.waitingForAdmin'));
    await expect(
      view.shadow.queryByRole('button', { name: view.text('customerView.accept') }),
    ).toBeNull();
  },
};

/**
 * Who at the agency has access to which active service: one people × services table, and the
 * company's own administrators below it, called "administratör", never "kontaktperson".
 */
export const WhoHasAccess: Story = {
  name: 'Who has access',
  // Wide enough for the table whatever the test browser's window: the matrix follows the
  // view's own width (a container query), not the window's.
  decorators: [
    (Story) => (
      <div style={{ minWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    const view = await loaded(context);
    const table = await view.shadow.findByRole('table', {
      name: view.text('customerView.matrixCaption', { agency }),
    });
    table.scrollIntoView();
    const karin = within(table).getByRole('row', { name: /Karin Lund/ });
    await expect(within(karin).getAllByText(view.text('customerView.hasAccess'))).toHaveLength(2);
    const olle = within(table).getByRole('row', { name: /Olle Berg/ });
    await expect(within(olle).getByText(view.text('customerView.noAccess'))).toBeInTheDocument();
    await view.expectText(view.text('customerView.companyUserAdmin', { name: 'Kim Ägare' }));
  },
};

/** Two agencies, each named once with its own services and matrix, and a declined invitation. */
export const TwoAgenciesAndDeclined: Story = {
  name: 'Two agencies, one declined invitation',
  // Wide enough for the table whatever the test browser's window: the matrix follows the
  // view's own width (a container query), not the window's.
  decorators: [
    (Story) => (
      <div style={{ minWidth: 720 }}>
        <Story />
      </div>
    ),
  ],
  parameters: {
    fakeApi: () => customerSideHandlers({ collaborations: twoAgencies, access: twoAgenciesAccess }),
  },
  play: async (context) => {
    const view = await widget(context);
    await expect(
      await view.shadow.findByRole('heading', { level: 3, name: secondAgency.name }),
    ).toBeVisible();
    await view.shadow.findByRole('table', {
      name: view.text('customerView.matrixCaption', { agency: secondAgency.name }),
    });
    const declined = await view.shadow.findByRole('article', { name: 'Ekonomiöversikt' });
    await expect(declined).toHaveTextContent(view.text('customerView.declinedOn'));
    await expect(declined).toHaveTextContent('Vi väntar till nästa räkenskapsår.');
  },
};

/** At a phone's width the matrix is a list per person: what each one reaches, and what not. */
export const Phone: Story = {
  name: 'Phone (390 px)',
  parameters: {
    fakeApi: () => customerSideHandlers({ collaborations: twoAgencies, access: twoAgenciesAccess }),
  },
  decorators: [
    (Story) => (
      <div style={{ width: 390 }}>
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    const view = await widget(context);
    const list = await view.shadow.findByRole('list', {
      name: view.text('customerView.matrixCaption', { agency }),
    });
    await expect(list).toBeVisible();
    await expect(view.shadow.queryByRole('table')).toBeNull();
    await expect(list).toHaveTextContent(
      view.text('customerView.noAccessTo', { services: 'Scanner' }),
    );
  },
};

export const Empty: Story = {
  name: 'Empty',
  parameters: {
    fakeApi: () => customerSideHandlers({ collaborations: noCollaborations, access: [] }),
  },
  play: async (context) => {
    const view = await widget(context);
    await expect(
      await view.shadow.findByRole('heading', { name: view.text('customerView.emptyHeading') }),
    ).toBeVisible();
    await view.expectText(view.text('customerView.emptyText'));
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: {
    fakeApi: () => ({
      ...customerSideHandlers(),
      'account.collaborations': () => {
        throw new FakeNoAnswer();
      },
    }),
  },
  play: async (context) => {
    const view = await widget(context);
    await expect(
      await view.shadow.findByText(view.text('customerView.loadingCollaborations')),
    ).toBeVisible();
  },
};

export const LoadError: Story = {
  name: 'Error',
  parameters: {
    fakeApi: () => ({
      ...customerSideHandlers(),
      'account.collaborations': () => {
        throw new FakeNetworkFailure();
      },
    }),
  },
  play: async (context) => {
    const view = await widget(context);
    // A dropped connection is asked again twice, about three seconds in all, before it shows.
    await view.expectText(view.text('customerView.loadFailed'), 8000);
    await expect(await view.button('customerView.retry')).toBeVisible();
  },
};

/**
 * An admin ends Scanner: the End dialog (from `views/collaboration-actions`) opens from the
 * button, says what ending does, ends it, and on closing the focus goes to the view's result
 * message, as Scanner is no longer active and its End button is gone.
 */
export const End: Story = {
  name: 'End',
  play: async (context) => {
    const view = await loaded(context);
    const endButton = (
      await view.shadow.findAllByRole('button', {
        name: view.text('customerView.end'),
      })
    ).find((button) => button.closest('article')?.querySelector('h4')?.textContent === 'Scanner');
    if (!endButton) throw new Error('no End button for Scanner');
    await userEvent.click(endButton);
    const dialog = await view.shadow.findByRole('dialog');
    await userEvent.click(
      await within(dialog).findByRole('button', { name: view.text('actions.end.confirm') }),
    );
    await within(dialog).findByRole('heading', { name: view.text('actions.end.doneHeading') });
    await userEvent.click(within(dialog).getByRole('button', { name: view.text('actions.close') }));
    await view.outcome(view.text('customerView.ended', { service: 'Scanner', agency }));
  },
};

/** `<collab-customer-collaborations>` as a host page without React gets it. */
export const CustomElement: Story = {
  name: 'Custom element',
  render: (_args, context) => (
    <ElementHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      view="customer-collaborations"
      handlers={(context.parameters as CustomerCollaborationsStoryParameters).fakeApi}
    />
  ),
  play: async (context) => {
    const view = await loaded(context);
    await expect(
      await view.shadow.findByRole('heading', { name: view.text('customerView.title') }),
    ).toBeVisible();
  },
};
