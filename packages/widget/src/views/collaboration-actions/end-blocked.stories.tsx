import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import { FakeNetworkFailure } from '../../test-support/fake-api.js';
import {
  actionIds,
  createActionsWorld,
  eEkonomiWithDependents,
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
 * Ending eEkonomi while Scanner and Ekonomiöversikt still build on it: the dialog names them
 * before anything is sent, and offers no end. If it could not read the customer's services,
 * the API's refusal names them instead.
 */
const meta = {
  title: 'Widget/Collaborations/End blocked (eEkonomi)',
  component: EndCollaborationDialog,
  args: { collaborationId: actionIds.eEkonomi, onClose: fn(), onEnded: fn() },
  parameters: {
    fakeApi: () => createActionsWorld({ collaborations: eEkonomiWithDependents }).handlers,
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

const title = (words: Messages) => fill(words['actions.end.title'], { service: 'eEkonomi' });

export const Blocked: Story = {
  name: 'Blocked by Scanner and Ekonomiöversikt',
  play: async (context) => {
    const view = await openAction(context, title);
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.end.blockedHeading'] }),
    ).toBeVisible();
    await expect(
      view.shadow.queryByRole('button', { name: view.words['actions.end.confirm'] }),
    ).toBeNull();
  },
};

export const BlockedEnglish: Story = {
  name: 'Blocked – English',
  globals: { locale: 'en' },
  play: Blocked.play,
};

export const RefusedByTheApi: Story = {
  name: 'Refused by the API',
  parameters: {
    fakeApi: () => ({
      ...createActionsWorld({ collaborations: eEkonomiWithDependents }).handlers,
      'customers.get': () => {
        throw new FakeNetworkFailure();
      },
    }),
  } satisfies ActionStoryParameters,
  play: async (context) => {
    const view = await openAction(context, title);
    await userEvent.click(
      await view.shadow.findByRole('button', { name: view.words['actions.end.confirm'] }),
    );
    await expect(
      await view.shadow.findByRole('heading', { name: view.words['actions.end.blockedHeading'] }),
    ).toBeVisible();
    await expect(context.args.onEnded).not.toHaveBeenCalled();
  },
};
