import { optionNameLabel } from '@collab/contracts';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import {
  actionIds,
  createActionsWorld,
} from '../../test-support/fixtures/collaboration-actions.js';
import { widgetShadowRoot, wordsFor } from '../../test-support/story-host.js';
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
 * A stale edit: Maja Ek saves eEkonomi (variant Start, paid by the agency) while the person has
 * the drawer open. Their save is refused with the current values; their own choice stays,
 * shown next to what is saved now, and they save it again or start from the saved values.
 */
const meta = {
  title: 'Widget/Collaborations/Stale edit conflict',
  component: EditCollaborationDrawer,
  args: { collaborationId: actionIds.eEkonomi, onClose: fn(), onSaved: fn() },
  parameters: {
    fakeApi: () =>
      createActionsWorld({
        someoneSavesFirst: {
          collaborationId: actionIds.eEkonomi,
          options: { variant: 'start', invoiceRecipient: 'agency' },
        },
      }).handlers,
  } satisfies ActionStoryParameters,
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

/** The required play: a stale save, the conflict with both values, the choice kept. */
export const Conflict: Story = {
  name: 'Conflict – your choice next to the saved values',
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
      await view.shadow.findByRole('heading', { name: view.words['actions.edit.conflictHeading'] }),
    ).toBeVisible();
    await expect(
      view.shadow.getByRole('table', { name: view.words['actions.edit.conflictTable'] }),
    ).toBeVisible();
    await expect(view.shadow.getByLabelText(optionNameLabel(view.locale, 'variant'))).toHaveValue(
      'pro',
    );
    await expect(context.args.onSaved).not.toHaveBeenCalled();
  },
};

export const SavedAgain: Story = {
  name: 'Conflict – saved on the new version',
  play: async (context) => {
    await Conflict.play?.(context);
    const words = wordsFor(context.globals.locale === 'en' ? 'en' : 'sv');
    const shadow = within(
      (await widgetShadowRoot(context.canvasElement)) as unknown as HTMLElement,
    );
    await userEvent.click(shadow.getByRole('button', { name: words['actions.edit.keepMine'] }));
    await expect(
      await shadow.findByRole('heading', { name: words['actions.edit.savedHeading'] }),
    ).toBeVisible();
    await waitFor(() => expect(context.args.onSaved).toHaveBeenCalledWith('options'));
  },
};

export const ConflictEnglish: Story = {
  name: 'Conflict – English',
  globals: { locale: 'en' },
  play: Conflict.play,
};
