import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
  utlaggAlone,
} from '../../test-support/fixtures/collaboration-actions.js';
import {
  ActionStory,
  type ActionStoryParameters,
  actionStoryProps,
  fill,
  openAction,
} from './action-stories.js';
import {
  EndCollaborationDialog,
  type EndCollaborationDialogProps,
} from './end-collaboration-dialog.js';

/**
 * Ending Utlägg deletes its data: the dialog says so, and ends only after the person ticks
 * the confirmation (sent to the API as `confirmDataDeletion`).
 */
const meta = {
  title: 'Widget/Collaborations/End Utlägg (data deleted)',
  component: EndCollaborationDialog,
  args: { collaborationId: actionIds.utlagg, onClose: fn(), onEnded: fn() },
  parameters: {
    fakeApi: () => createActionsWorld({ collaborations: utlaggAlone }).handlers,
  } satisfies ActionStoryParameters,
  render: (args, context) => (
    <ActionStory {...actionStoryProps(context)}>
      {(close) => (
        <EndCollaborationDialog
          {...args}
          onClose={() => {
            args.onClose();
            close();
          }}
        />
      )}
    </ActionStory>
  ),
} satisfies Meta<EndCollaborationDialogProps>;

export default meta;
type Story = StoryObj<typeof meta>;

const title = (words: Messages) => fill(words['actions.end.title'], { service: 'Utlägg' });

export const Warning: Story = {
  name: 'Warning',
  play: async (context) => {
    const view = await openAction(context, title);
    await view.expectText(fill(view.words['actions.end.dataDeleted'], { service: 'Utlägg' }));
  },
};

export const NotConfirmed: Story = {
  name: 'Not confirmed',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.words['actions.end.confirm'] }),
    );
    const checkbox = view.shadow.getByRole('checkbox', {
      name: fill(view.words['actions.end.confirmDeletion'], { service: 'Utlägg' }),
    });
    await expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    await expect(context.args.onEnded).not.toHaveBeenCalled();
  },
};

/** The required play: tick the confirmation, end, and see the result. */
export const ConfirmedAndEnded: Story = {
  name: 'Confirmed and ended',
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(
      view.shadow.getByRole('checkbox', {
        name: fill(view.words['actions.end.confirmDeletion'], { service: 'Utlägg' }),
      }),
    );
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.words['actions.end.confirm'] }),
    );
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.end.doneHeading'] }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onEnded).toHaveBeenCalledTimes(1));
  },
};

export const WarningEnglish: Story = {
  name: 'Warning – English',
  globals: { locale: 'en' },
  play: Warning.play,
};
