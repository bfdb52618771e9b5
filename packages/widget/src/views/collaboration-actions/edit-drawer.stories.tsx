import { optionNameLabel } from '@collab/contracts';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
  standardEmployee,
} from '../../test-support/fixtures/collaboration-actions.js';
import {
  ActionStory,
  type ActionStoryParameters,
  actionStoryProps,
  fill,
  openAction,
} from './action-stories.js';
import {
  EditCollaborationDrawer,
  type EditCollaborationDrawerProps,
} from './edit-collaboration-drawer.js';

/**
 * The edit drawer (flow 4): the task, with whose access changes, and the options the service
 * has, following the signed-in employee's rights.
 */
const meta = {
  title: 'Widget/Collaborations/Edit drawer',
  component: EditCollaborationDrawer,
  args: { collaborationId: actionIds.eEkonomi, onClose: fn(), onSaved: fn() },
  parameters: { fakeApi: () => createActionsWorld().handlers } satisfies ActionStoryParameters,
  render: (args, context) => (
    <ActionStory {...actionStoryProps(context)}>
      {(close) => (
        <EditCollaborationDrawer
          {...args}
          onClose={() => {
            args.onClose();
            close();
          }}
        />
      )}
    </ActionStory>
  ),
} satisfies Meta<EditCollaborationDrawerProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const title = (words: Messages) => fill(words['actions.edit.title'], { service: 'eEkonomi' });

export const Form: Story = {
  name: 'Form',
  play: async (context) => {
    const view = await openAction(context, title);
    await expect(
      await view.shadow.findByLabelText(optionNameLabel(view.locale, 'variant')),
    ).toHaveValue('smart');
  },
};

export const TaskChanged: Story = {
  name: 'Task changed – who gains and loses access',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(await view.shadow.findByRole('radio', { name: 'Bokslut' }));
    await view.expectText(fill(view.words['actions.edit.accessGained'], { names: 'Maja Ek' }));
  },
};

export const Saved: Story = {
  name: 'Saved',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.selectOptions(
      await view.shadow.findByLabelText(optionNameLabel(view.locale, 'variant')),
      'pro',
    );
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.words['actions.edit.save'] }),
    );
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.edit.savedHeading'] }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onSaved).toHaveBeenCalledWith('options'));
  },
};

export const StandardRights: Story = {
  name: 'Standard rights – options read-only',
  parameters: {
    fakeApi: () => createActionsWorld({ session: standardEmployee }).handlers,
  } satisfies ActionStoryParameters,
  play: async (context) => {
    const view = await openAction(context, title);
    await view.expectText(view.words['actions.edit.optionsReadOnly']);
  },
};

export const FormEnglish: Story = {
  name: 'Form – English',
  globals: { locale: 'en' },
  play: Form.play,
};
