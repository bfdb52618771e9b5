import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
  longHistory,
} from '../../test-support/fixtures/collaboration-actions.js';
import {
  ActionStory,
  type ActionStoryParameters,
  actionStoryProps,
  fill,
  openAction,
} from './action-stories.js';
import {
  CollaborationHistoryPanel,
  type CollaborationHistoryPanelProps,
} from './collaboration-history-panel.js';

/** The audit trail of eEkonomi, 25 events, ten at a time, in a side panel. */
const meta = {
  title: 'Widget/Collaborations/History',
  component: CollaborationHistoryPanel,
  args: { collaborationId: actionIds.eEkonomi, onClose: fn() },
  parameters: {
    fakeApi: () =>
      createActionsWorld({ history: { [actionIds.eEkonomi]: longHistory(25) } }).handlers,
  } satisfies ActionStoryParameters,
  render: (args, context) => (
    <ActionStory {...actionStoryProps(context)}>
      {(close) => (
        <CollaborationHistoryPanel
          {...args}
          onClose={() => {
            args.onClose();
            close();
          }}
        />
      )}
    </ActionStory>
  ),
} satisfies Meta<CollaborationHistoryPanelProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const title = (words: Messages) => fill(words['actions.history.title'], { service: 'eEkonomi' });

export const FirstPage: Story = {
  name: 'First page',
  play: async (context) => {
    const view = await openAction(context, title);
    await waitFor(() => expect(view.root.querySelectorAll('ol > li')).toHaveLength(10));
  },
};

export const MoreLoaded: Story = {
  name: 'More loaded',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(
      await view.shadow.findByRole('button', { name: view.words['actions.history.more'] }),
    );
    await waitFor(() => expect(view.root.querySelectorAll('ol > li')).toHaveLength(20));
  },
};

export const Empty: Story = {
  name: 'No events',
  parameters: {
    fakeApi: () => createActionsWorld({ history: { [actionIds.eEkonomi]: [] } }).handlers,
  } satisfies ActionStoryParameters,
  play: async (context) => {
    const view = await openAction(context, title);
    await view.expectText(view.words['actions.history.empty']);
  },
};

export const FirstPageEnglish: Story = {
  name: 'First page – English',
  globals: { locale: 'en' },
  play: FirstPage.play,
};
