import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
  customerAdmin,
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
  EndCollaborationDialog,
  type EndCollaborationDialogProps,
} from './end-collaboration-dialog.js';

/**
 * Ending a collaboration (flow 5): what it does, said before the person confirms, and the
 * result. The caller's button opens it; Escape or Cancel closes it.
 */
const meta = {
  title: 'Widget/Collaborations/End confirmation',
  component: EndCollaborationDialog,
  args: { collaborationId: actionIds.eEkonomi, onClose: fn(), onEnded: fn() },
  parameters: { fakeApi: () => createActionsWorld().handlers } satisfies ActionStoryParameters,
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

const endTitle = (service: string) => (words: Messages) =>
  fill(words['actions.end.title'], { service });

export const Confirmation: Story = {
  name: 'Confirmation',
  play: async (context) => {
    const view = await openAction(context, endTitle('eEkonomi'));
    await view.expectText(
      fill(view.words['actions.end.staffLoseAccess'], {
        service: 'eEkonomi',
        names:
          context.globals.locale === 'en' ? 'Karin Lund and Olle Berg' : 'Karin Lund och Olle Berg',
      }),
    );
  },
};

/** The required play: end with the confirmation, and see the result announced. */
export const EndedWithConfirmation: Story = {
  name: 'Ended, with confirmation',
  play: async (context) => {
    const view = await openAction(context, endTitle('eEkonomi'));
    await userEvent.click(
      await view.shadow.findByRole('button', { name: view.words['actions.end.confirm'] }),
    );
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.end.doneHeading'] }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onEnded).toHaveBeenCalledTimes(1));
    // Said once: the heading and its line, which names the customer; no live region repeats it.
    await view.expectText('Exempel AB');
    await expect(view.shadow.getAllByRole('status')[0]?.textContent).toBe('');
  },
};

export const CustomerAdmin: Story = {
  name: 'By the company’s admin',
  parameters: {
    fakeApi: () => createActionsWorld({ session: customerAdmin }).handlers,
  } satisfies ActionStoryParameters,
  play: async (context) => {
    const view = await openAction(context, endTitle('eEkonomi'));
    await view.expectText(
      fill(view.words['actions.end.agencyTold'], { agencyName: 'Lund & Berg Redovisning' }),
    );
  },
};

export const StandardRights: Story = {
  name: 'Standard rights – explained, no end',
  parameters: {
    fakeApi: () => createActionsWorld({ session: standardEmployee }).handlers,
  } satisfies ActionStoryParameters,
  play: async (context) => {
    const view = await openAction(context, endTitle('eEkonomi'));
    await view.expectText(view.words['actions.end.notAllowed']);
  },
};

export const English: Story = {
  name: 'Confirmation – English',
  globals: { locale: 'en' },
  play: Confirmation.play,
};
