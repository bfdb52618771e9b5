import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import type { Messages, PluralMessage } from '../../i18n/messages.js';
import { Collaborations } from '../../react/collaborations.js';
import { FakeApiError, FakeNoAnswer, standardRightsEmployee } from '../../test-support/fake-api.js';
import {
  collaborationsApi,
  collaborationsFixture,
  largeCollaborationsFixture,
} from '../../test-support/fixtures/collaborations.js';
import {
  ElementHost,
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';

/**
 * The agency's overview (flow 7 in docs/flows.md): collaborations grouped by customer with
 * filters, a count per status and pages, and the sent requests with resend and cancel.
 * Rendered through the React export in a shadow root against the typed fake API
 * (`test-support/fixtures/collaborations.ts`: four customers, ten collaborations, every
 * status; resend and cancel change what it answers next). The edit drawer, end, link and
 * history have their own stories under `collaboration-actions/`.
 */

interface CollaborationsStoryArgs {
  /** One customer only, as a customer page in the host shows it; null for the agency. */
  customerId: string | null;
}

interface CollaborationsStoryParameters {
  /** The story's API handlers, typed by the router (see `test-support/fake-api.ts`). */
  fakeApi?: StoryHandlers;
}

const exempelId = collaborationsFixture[0]?.customer.id ?? '';

const meta = {
  title: 'Widget/Collaborations',
  component: Collaborations,
  args: { customerId: null },
  argTypes: {
    customerId: { control: 'select', options: [null, exempelId] },
  },
  parameters: { fakeApi: () => collaborationsApi().handlers },
  render: (args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as CollaborationsStoryParameters).fakeApi}
    >
      <Collaborations customerId={args.customerId} />
    </StoryHost>
  ),
} satisfies Meta<CollaborationsStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a play function needs: the shadow root, and the words and numbers of the locale. */
async function widget(context: StoryContext) {
  const locale = context.globals.locale === 'en' ? 'en' : 'sv';
  const root = await widgetShadowRoot(context.canvasElement);
  const words: Messages = wordsFor(locale);
  const shadow = within(root as unknown as HTMLElement);
  const numbers = new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE');
  const fill = (template: string, params: Record<string, string | number>) =>
    Object.entries(params).reduce(
      (text, [name, value]) =>
        text.replaceAll(`{${name}}`, typeof value === 'number' ? numbers.format(value) : value),
      template,
    );
  return {
    root,
    shadow,
    text: (key: keyof Messages, params: Record<string, string | number> = {}) =>
      fill(String(words[key]), params),
    plural: (key: keyof Messages, count: number, params: Record<string, string | number> = {}) => {
      const forms = words[key] as PluralMessage;
      return fill((count === 1 ? forms.one : undefined) ?? forms.other, { ...params, count });
    },
    /**
     * Waits for `query` to find its element. (Testing Library's `findBy…` refuse a shadow root
     * as the container once they have to wait.)
     */
    async find<Found>(query: () => Found, timeout = 5000): Promise<Found> {
      return waitFor(query, { timeout });
    },
    async expectText(expected: string, timeout = 5000) {
      await waitFor(() => expect(root.textContent).toContain(expected), { timeout });
    },
  };
}

/** The overview with its first page read. */
async function loaded(context: StoryContext, total = 10) {
  const view = await widget(context);
  await view.expectText(view.plural('overview.shown', total, { shown: Math.min(total, 50) }));
  return view;
}

export const Overview: Story = {
  name: 'Overview',
  play: async (context) => {
    const view = await loaded(context);
    const exempel = view.shadow.getByRole('button', { name: /Exempel AB/ });
    await userEvent.click(exempel);
    await expect(exempel).toHaveAttribute('aria-expanded', 'true');
    await expect(
      view.shadow.getAllByRole('button', { name: view.text('overview.action.end') }).length,
    ).toBe(2);
  },
};

export const Empty: Story = {
  name: 'Empty',
  parameters: { fakeApi: () => collaborationsApi({ collaborations: [] }).handlers },
  play: async (context) => {
    const view = await widget(context);
    await expect(
      await view.find(() =>
        view.shadow.getByRole('heading', { name: view.text('overview.empty.heading') }),
      ),
    ).toBeVisible();
    await view.expectText(view.text('overview.empty.text'));
  },
};

export const Loading: Story = {
  name: 'Loading',
  parameters: {
    fakeApi: () => ({
      ...collaborationsApi().handlers,
      'collaborations.list': () => {
        throw new FakeNoAnswer();
      },
    }),
  },
  play: async (context) => {
    const view = await widget(context);
    await expect(
      await view.find(() => view.shadow.getByText(view.text('overview.loadingList'))),
    ).toBeVisible();
  },
};

export const LoadError: Story = {
  name: 'Error',
  parameters: {
    fakeApi: () => ({
      ...collaborationsApi().handlers,
      'collaborations.list': () => {
        throw new FakeApiError('INTERNAL');
      },
    }),
  },
  play: async (context) => {
    const view = await widget(context);
    const alert = await view.find(() => view.shadow.getByRole('alert'));
    await expect(alert).toHaveTextContent(view.text('overview.loadFailed'));
    await expect(
      view.shadow.getByRole('button', { name: view.text('overview.retry') }),
    ).toBeVisible();
  },
};

export const LargeList: Story = {
  name: 'Large list',
  parameters: {
    fakeApi: () => collaborationsApi({ collaborations: largeCollaborationsFixture() }).handlers,
  },
  play: async (context) => {
    const view = await loaded(context, 10_000);
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('overview.loadMore') }),
    );
    await view.expectText(view.plural('overview.shown', 10_000, { shown: 100 }));
  },
};

export const FiltersInUse: Story = {
  name: 'Filters in use',
  play: async (context) => {
    const view = await loaded(context);
    await userEvent.click(
      view.shadow.getByRole('button', {
        name: new RegExp(`^${view.text('overview.status.active')}`),
      }),
    );
    fireEvent.change(view.shadow.getByLabelText(view.text('overview.filter.service')), {
      target: { value: 'eekonomi' },
    });
    await view.expectText(view.plural('overview.announce.filtered', 2));
    await expect(
      view.shadow.getAllByRole('button', { name: view.text('overview.filter.clear') })[0],
    ).toBeVisible();
  },
};

export const SentRequests: Story = {
  name: 'Sent requests',
  play: async (context) => {
    const view = await loaded(context);
    const tab = view.shadow.getByRole('tab', {
      name: view.text('overview.tab.sentCount', { count: 2 }),
    });
    await userEvent.click(tab);
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await view.expectText(view.text('overview.sent.services', { services: 'eEkonomi' }));
    await expect(
      view.shadow.getAllByRole('button', { name: view.text('overview.sent.resend') }).length,
    ).toBe(2);
  },
};

/** Resent: a toast beside the entry's buttons says until when the new link works. */
export const SentRequestResent: Story = {
  name: 'Sent requests – resent (toast)',
  play: async (context) => {
    await SentRequests.play?.(context);
    const view = await widget(context);
    const [first] = view.shadow.getAllByRole('button', { name: view.text('overview.sent.resend') });
    if (first) await userEvent.click(first);
    await view.find(() => view.shadow.getByRole('button', { name: view.text('toast.dismiss') }));
  },
};

/** Cancelled: the entry keeps its place with a toast that offers Undo. */
export const SentRequestCancelled: Story = {
  name: 'Sent requests – cancelled, with Undo',
  play: async (context) => {
    await SentRequests.play?.(context);
    const view = await widget(context);
    const [first] = view.shadow.getAllByRole('button', { name: view.text('overview.sent.cancel') });
    if (first) await userEvent.click(first);
    await userEvent.click(
      await view.find(() =>
        view.shadow.getByRole('button', { name: view.text('overview.confirm.yes') }),
      ),
    );
    await view.find(() =>
      view.shadow.getByRole('button', { name: view.text('overview.sent.undo') }),
    );
  },
};

/** Undone: the invitation is back with its buttons, and the toast says it is valid again. */
export const SentRequestUndone: Story = {
  name: 'Sent requests – cancel undone',
  play: async (context) => {
    await SentRequestCancelled.play?.(context);
    const view = await widget(context);
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('overview.sent.undo') }),
    );
    await view.find(() =>
      expect(
        view.shadow.getAllByRole('button', { name: view.text('overview.sent.cancel') }),
      ).toHaveLength(2),
    );
    await view.expectText(view.text('overview.sent.restored', { customerName: 'Exempel AB' }));
  },
};

export const OneCustomer: Story = {
  name: 'One customer (customer-id)',
  args: { customerId: exempelId },
  play: async (context) => {
    const view = await loaded(context, 4);
    await expect(view.shadow.getByRole('button', { name: /Exempel AB/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(view.shadow.queryByLabelText(view.text('overview.search'))).toBeNull();
  },
};

export const Unlinked: Story = {
  name: 'Unlinked',
  play: async (context) => {
    const view = await loaded(context);
    fireEvent.change(view.shadow.getByLabelText(view.text('overview.filter.linked')), {
      target: { value: 'unlinked' },
    });
    await view.expectText(view.plural('overview.announce.filtered', 1));
    // Payroll ("Byråstöd Lön") has no service in the catalog: marked, with no Link action.
    await view.expectText(view.text('legacy.noCounterpart.badge'));
    await expect(
      await view.find(() =>
        view.shadow.getByRole('button', { name: view.text('overview.action.history') }),
      ),
    ).toBeVisible();
  },
};

export const StandardEmployee: Story = {
  name: 'Standard employee (read-only)',
  parameters: {
    fakeApi: () => ({
      ...collaborationsApi().handlers,
      'session.me': () => standardRightsEmployee,
    }),
  },
  play: async (context) => {
    const view = await loaded(context);
    await view.expectText(view.text('overview.readOnly'));
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('overview.expandAll') }),
    );
    await expect(
      view.shadow.queryAllByRole('button', { name: view.text('overview.action.end') }),
    ).toEqual([]);
    await expect(
      view.shadow.getAllByRole('button', { name: view.text('overview.action.history') }).length,
    ).toBe(10);
  },
};

export const CustomElement: Story = {
  name: 'Custom element',
  render: (_args, context) => (
    <ElementHost
      storyId={context.id}
      view="collaborations"
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as CollaborationsStoryParameters).fakeApi}
    />
  ),
  play: async (context) => {
    const view = await loaded(context);
    await expect(
      view.shadow.getByRole('tab', { name: view.text('overview.tab.collaborations') }),
    ).toHaveAttribute('aria-selected', 'true');
  },
};
