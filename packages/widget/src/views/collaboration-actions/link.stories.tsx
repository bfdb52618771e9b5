import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
  unlinkedNextToEEkonomi,
} from '../../test-support/fixtures/collaboration-actions.js';
import {
  ActionStory,
  type ActionStoryParameters,
  actionStoryProps,
  fill,
  openAction,
} from './action-stories.js';
import {
  LinkCollaborationDialog,
  type LinkCollaborationDialogProps,
} from './link-collaboration-dialog.js';

/**
 * Linking an unlinked collaboration from the old system (flow 6): its name there was
 * “Scanner”; eEkonomi is taken, so it cannot be chosen, and says why.
 */
const meta = {
  title: 'Widget/Collaborations/Link',
  component: LinkCollaborationDialog,
  args: { collaborationId: actionIds.unlinked, onClose: fn(), onLinked: fn() },
  parameters: {
    fakeApi: () => createActionsWorld({ collaborations: unlinkedNextToEEkonomi }).handlers,
  } satisfies ActionStoryParameters,
  render: (args, context) => (
    <ActionStory {...actionStoryProps(context)}>
      {(close) => (
        <LinkCollaborationDialog
          {...args}
          onClose={() => {
            args.onClose();
            close();
          }}
        />
      )}
    </ActionStory>
  ),
} satisfies Meta<LinkCollaborationDialogProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const title = (words: Messages) => fill(words['actions.link.title'], { legacyName: 'Scanner' });

export const Choose: Story = {
  name: 'Choose service and task',
  play: async (context) => {
    const view = await openAction(context, title);
    await expect(await view.shadow.findByRole('radio', { name: 'eEkonomi' })).toBeDisabled();
  },
};

export const TaskRequired: Story = {
  name: 'Task required',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(
      await view.shadow.findByRole('button', { name: view.words['actions.link.confirm'] }),
    );
    await view.expectText(view.words['actions.link.taskRequired']);
  },
};

export const Linked: Story = {
  name: 'Linked',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(await view.shadow.findByRole('radio', { name: 'Bokföring' }));
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.words['actions.link.confirm'] }),
    );
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.link.doneHeading'] }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onLinked).toHaveBeenCalledTimes(1));
  },
};

export const ChooseEnglish: Story = {
  name: 'Choose – English',
  globals: { locale: 'en' },
  play: Choose.play,
};
