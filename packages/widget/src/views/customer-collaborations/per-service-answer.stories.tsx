import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import { CustomerCollaborations } from '../../react/customer-collaborations.js';
import { customerSideHandlers } from '../../test-support/fixtures/customer-collaborations.js';
import { invitedToEEkonomiAndScanner } from '../../test-support/fixtures/per-service-invitation.js';
import { StoryHost, widgetShadowRoot, wordsFor } from '../../test-support/story-host.js';

/**
 * The company's own view answering an invitation per service (flow 2 in docs/flows.md): the
 * accept panel with a checkbox per service, against the typed fake API.
 */

const meta = {
  title: 'Widget/Customer collaborations/Per-service answer',
  component: CustomerCollaborations,
  render: (_args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={() => customerSideHandlers({ collaborations: invitedToEEkonomiAndScanner })}
    >
      <CustomerCollaborations />
    </StoryHost>
  ),
} satisfies Meta<typeof CustomerCollaborations>;

export default meta;
type Story = StoryObj<typeof meta>;

async function openAcceptPanel(context: StoryContext) {
  const root = await widgetShadowRoot(context.canvasElement);
  const words: Messages = wordsFor(context.globals.locale === 'en' ? 'en' : 'sv');
  const shadow = within(root as unknown as HTMLElement);
  // The first story of a run waits for Vite to serve the view: longer than the default second.
  const patiently = { timeout: 10_000 };
  await userEvent.click(
    await shadow.findByRole('button', { name: String(words['customerView.accept']) }, patiently),
  );
  await shadow.findByRole('group', { name: String(words['customerView.choiceLegend']) }, patiently);
  return { root, shadow, words };
}

/** The panel as it opens: every service ticked, and what Scanner needs. */
export const Choosing: Story = {
  name: 'Choosing services',
  play: async (context) => {
    const { shadow } = await openAcceptPanel(context);
    await expect(shadow.getByRole('checkbox', { name: 'eEkonomi' })).toBeChecked();
    await expect(shadow.getByRole('checkbox', { name: 'Scanner' })).toBeChecked();
  },
};

/** eEkonomi unticked: Scanner goes with it, and the panel says why. */
export const NeedUnticked: Story = {
  name: 'A need unticked',
  play: async (context) => {
    const { root, shadow, words } = await openAcceptPanel(context);
    await userEvent.click(shadow.getByRole('checkbox', { name: 'eEkonomi' }));
    await waitFor(() => expect(shadow.getByRole('checkbox', { name: 'Scanner' })).toBeDisabled());
    await waitFor(() =>
      expect(root.textContent).toContain(String(words['customerView.answerNone'])),
    );
  },
};
