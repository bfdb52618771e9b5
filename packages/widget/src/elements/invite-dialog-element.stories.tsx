import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { customerWithAccount } from '../test-support/fake-api.js';
import { ElementHost, widgetShadowRoot, wordsFor } from '../test-support/story-host.js';

/**
 * `<collab-invite-dialog>` as a host page without React gets it: the custom element, its
 * open shadow root, attributes for the API, locale and theme, and the host's own CSS.
 */

interface ElementStoryArgs {
  colorPrimary: string;
  colorPrimaryText: string;
  radius: string;
  fontFamily: string;
}

const meta = {
  title: 'Widget/Custom element/Invite dialog',
  args: { colorPrimary: '', colorPrimaryText: '', radius: '', fontFamily: '' },
  render: (args, context) => {
    const cssVariables = Object.fromEntries(
      [
        ['--collab-color-primary', args.colorPrimary],
        ['--collab-color-primary-text', args.colorPrimaryText],
        ['--collab-radius', args.radius],
        ['--collab-font-family', args.fontFamily],
      ].filter(([, value]) => value !== ''),
    ) as Record<`--collab-${string}`, string>;
    return (
      <ElementHost
        storyId={context.id}
        locale={context.globals.locale === 'en' ? 'en' : 'sv'}
        theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
        customerId={customerWithAccount.id}
        cssVariables={cssVariables}
      />
    );
  },
  play: async ({ canvasElement, globals }) => {
    const words = wordsFor(globals.locale === 'en' ? 'en' : 'sv');
    const shadow = within((await widgetShadowRoot(canvasElement)) as unknown as HTMLElement);
    await userEvent.click(await shadow.findByRole('button', { name: words['inviteDialog.open'] }));
    await expect(
      await shadow.findByRole('heading', { name: words['servicesStep.heading'] }),
    ).toBeVisible();
  },
} satisfies Meta<ElementStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The element with the built-in theme, opened at its first step. */
export const InShadowRoot: Story = {
  name: 'In its shadow root',
};

/**
 * A host's own `--collab-*` values, set on the element in the host's CSS. Change them in the
 * controls to see them live.
 */
export const Theming: Story = {
  name: 'Theming – host’s --collab-* values',
  args: {
    colorPrimary: '#5b2a86',
    colorPrimaryText: '#ffffff',
    radius: '14px',
    fontFamily: 'Georgia, serif',
  },
};
