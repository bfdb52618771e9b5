import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import { InviteDialog } from '../../react/invite-dialog.js';
import {
  customerWithAccount,
  customerWithoutAccount,
  editableParticipants,
  FakeNetworkFailure,
  fakeActivationResult,
  fullRightsColleagues,
  preparedRequest,
  standardRightsEmployee,
} from '../../test-support/fake-api.js';
import {
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';

/**
 * The invite dialog (flow 1 in docs/flows.md), every step and error, rendered through the React
 * exports in a shadow root against the typed fake API. The play functions walk the dialog to
 * the state each story shows; the same walk runs as a test in Chromium.
 */

interface InviteDialogStoryArgs {
  /** The customer the host presets; without one the dialog starts with the customer search. */
  customerId: string | null;
  /** Flow 9: a colleague's prepared invitation to open at its review. */
  activationRequestId: string | null;
}

interface InviteDialogStoryParameters {
  /** The story's API handlers, typed by the router (see `test-support/fake-api.ts`). */
  fakeApi?: StoryHandlers;
}

const meta = {
  title: 'Widget/Invite dialog',
  component: InviteDialog,
  args: { customerId: null, activationRequestId: null },
  argTypes: {
    customerId: {
      control: 'select',
      options: [null, customerWithoutAccount.id, customerWithAccount.id],
    },
  },
  render: (args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as InviteDialogStoryParameters).fakeApi}
    >
      <InviteDialog customerId={args.customerId} activationRequestId={args.activationRequestId} />
    </StoryHost>
  ),
} satisfies Meta<InviteDialogStoryArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

type Context = StoryContext;

/** What a play function needs: the widget's shadow root and the wording of the locale. */
async function widget(context: Context) {
  const root = await widgetShadowRoot(context.canvasElement);
  const words: Messages = wordsFor(context.globals.locale === 'en' ? 'en' : 'sv');
  const shadow = within(root as unknown as HTMLElement);
  return {
    root,
    shadow,
    words,
    /** Waits for the step whose heading is the message `key`. */
    async step(key: keyof Messages) {
      await expect(await shadow.findByRole('heading', { name: String(words[key]) })).toBeVisible();
    },
    async click(key: keyof Messages) {
      await userEvent.click(shadow.getByRole('button', { name: String(words[key]) }));
    },
    async expectText(text: string) {
      await waitFor(() => expect(root.textContent).toContain(text));
    },
  };
}

async function open(context: Context, heading: keyof Messages) {
  const view = await widget(context);
  await userEvent.click(
    await view.shadow.findByRole('button', { name: view.words['inviteDialog.open'] }),
  );
  await view.step(heading);
  return view;
}

/** From the services step: one service, the task, and on to the review. */
async function toReview(context: Context, service: RegExp, task: RegExp) {
  const view = await widget(context);
  await userEvent.click(view.shadow.getByRole('checkbox', { name: service }));
  await view.click('inviteDialog.next');
  await view.step('taskStep.heading');
  await userEvent.click(view.shadow.getByRole('radio', { name: task }));
  await view.click('inviteDialog.next');
  await view.step('reviewStep.heading');
  return view;
}

/**
 * Types into the search field. user-event types into `document.activeElement`, which is the
 * shadow host, not the field inside it, so the value is set and announced as React reads it.
 */
async function search(context: Context, text: string) {
  fireEvent.input((await widget(context)).shadow.getByRole('searchbox'), {
    target: { value: text },
  });
}

const newAccount = { customerId: customerWithoutAccount.id };
const existingAccount = { customerId: customerWithAccount.id };

/** The network drops the first activation; the retry goes through. */
const failsOnce: StoryHandlers = () => {
  let calls = 0;
  return {
    'collaborations.activate': (input) => {
      calls += 1;
      if (calls === 1) throw new FakeNetworkFailure();
      return fakeActivationResult(input);
    },
  };
};

export const Closed: Story = {
  name: 'Closed',
  play: async (context) => {
    const { shadow, words } = await widget(context);
    await expect(
      await shadow.findByRole('button', { name: words['inviteDialog.open'] }),
    ).toBeVisible();
  },
};

export const CustomerSearch: Story = {
  name: 'Customer – search',
  play: async (context) => {
    const view = await open(context, 'customerStep.heading');
    await search(context, '969663');
    await expect(await view.shadow.findByRole('radio', { name: /Nystart HB/ })).toBeVisible();
  },
};

export const ServicesScannerNeedsEEkonomi: Story = {
  name: 'Services – Scanner needs eEkonomi',
  args: newAccount,
  play: async (context) => {
    const view = await open(context, 'servicesStep.heading');
    await userEvent.click(view.shadow.getByRole('checkbox', { name: /^Scanner/ }));
    const add = view.words['servicesStep.addRequired'].replace('{service}', 'eEkonomi');
    await expect(await view.shadow.findByRole('button', { name: add })).toBeVisible();
  },
};

export const ServicesTaken: Story = {
  name: 'Services – eEkonomi already active',
  args: existingAccount,
  play: async (context) => {
    const view = await open(context, 'servicesStep.heading');
    await expect(view.shadow.getByRole('checkbox', { name: /^eEkonomi/ })).toBeDisabled();
  },
};

export const Task: Story = {
  name: 'Task',
  args: newAccount,
  play: async (context) => {
    const view = await open(context, 'servicesStep.heading');
    await userEvent.click(view.shadow.getByRole('checkbox', { name: /^Utlägg/ }));
    await view.click('inviteDialog.next');
    await view.step('taskStep.heading');
  },
};

export const ReviewNewAccount: Story = {
  name: 'Review – new account',
  args: newAccount,
  play: async (context) => {
    await open(context, 'servicesStep.heading');
    const view = await toReview(context, /^Utlägg/, /^Bokslut/);
    await view.expectText(
      view.words['reviewStep.activeAtOnce'].replace('{contactName}', 'Anna Svensson'),
    );
  },
};

export const ReviewExistingAccount: Story = {
  name: 'Review – existing account',
  args: existingAccount,
  play: async (context) => {
    await open(context, 'servicesStep.heading');
    const view = await toReview(context, /^Scanner/, /^Bokföring/);
    await expect(
      view.shadow.getByRole('button', { name: view.words['reviewStep.confirmInvite'] }),
    ).toBeVisible();
  },
};

export const ResultActivated: Story = {
  name: 'Result – activated',
  args: newAccount,
  play: async (context) => {
    await open(context, 'servicesStep.heading');
    const view = await toReview(context, /^Utlägg/, /^Bokslut/);
    await view.click('reviewStep.confirmActivate');
    await view.step('resultStep.headingActivated');
  },
};

export const ResultInvited: Story = {
  name: 'Result – invited',
  args: existingAccount,
  play: async (context) => {
    await open(context, 'servicesStep.heading');
    const view = await toReview(context, /^Scanner/, /^Bokföring/);
    await view.click('reviewStep.confirmInvite');
    await view.step('resultStep.headingInvited');
  },
};

/** The task step with the chosen task's "Change participants" open, one person ticked. */
export const ChangeParticipants: Story = {
  name: 'Task step – change participants',
  args: existingAccount,
  parameters: { fakeApi: () => editableParticipants().handlers },
  play: async (context) => {
    const view = await open(context, 'servicesStep.heading');
    await userEvent.click(view.shadow.getByRole('checkbox', { name: /^Scanner/ }));
    await view.click('inviteDialog.next');
    await view.step('taskStep.heading');
    await userEvent.click(view.shadow.getByRole('radio', { name: /^Bokslut/ }));
    await view.click('taskStep.changeParticipants');
    const perHolm = await view.shadow.findByRole('checkbox', { name: 'Per Holm' });
    await userEvent.click(perHolm);
    await expect(perHolm).toBeChecked();
  },
};

/** Saved: the access line says the new names, and a toast beside the button says so. */
export const ParticipantsSaved: Story = {
  name: 'Task step – participants saved',
  args: existingAccount,
  parameters: { fakeApi: () => editableParticipants().handlers },
  play: async (context) => {
    await ChangeParticipants.play?.(context);
    const view = await widget(context);
    await view.click('taskStep.saveParticipants');
    await view.expectText(
      String(view.words['taskStep.participantsSaved']).replace('{task}', 'Bokslut'),
    );
    await view.expectText('Per Holm');
  },
};

export const FailureWithRetry: Story = {
  name: 'Failure – network, with retry',
  args: newAccount,
  parameters: { fakeApi: failsOnce },
  play: async (context) => {
    await open(context, 'servicesStep.heading');
    const view = await toReview(context, /^Utlägg/, /^Bokslut/);
    await view.click('reviewStep.confirmActivate');
    await expect(await view.shadow.findByRole('alert')).toHaveTextContent(
      view.words['problem.network'],
    );
    await expect(
      view.shadow.getByRole('button', { name: view.words['inviteDialog.retry'] }),
    ).toBeVisible();
  },
};

export const FailureRetried: Story = {
  name: 'Failure – retried and activated',
  args: newAccount,
  parameters: { fakeApi: failsOnce },
  play: async (context) => {
    await FailureWithRetry.play?.(context);
    const view = await widget(context);
    await view.click('inviteDialog.retry');
    await view.step('resultStep.headingActivated');
  },
};

/** Flow 9: an employee without full rights is told at the start, calmly, and asks a colleague. */
export const StandardRightsAskColleague: Story = {
  name: 'Standard rights – ask a colleague',
  args: newAccount,
  parameters: { fakeApi: () => ({ 'session.me': () => standardRightsEmployee }) },
  play: async (context) => {
    const view = await open(context, 'servicesStep.heading');
    await view.expectText(view.words['askColleague.notice']);
    await expect(view.shadow.queryByRole('alert')).toBeNull();
    await toReview(context, /^Utlägg/, /^Bokslut/);
    const picker = await view.shadow.findByLabelText(view.words['askColleague.colleague']);
    await userEvent.selectOptions(picker, fullRightsColleagues[0]?.id ?? '');
    fireEvent.change(view.shadow.getByLabelText(view.words['askColleague.note']), {
      target: { value: 'Kunden väntar på det här.' },
    });
    await view.click('askColleague.submit');
    await view.step('askColleague.resultHeading');
    await view.expectText(
      view.words['askColleague.summary']
        .replaceAll('{name}', 'Karin Lund')
        .replace('{customerName}', 'Nystart HB'),
    );
  },
};

/** Flow 9: the colleague asked opens the prepared invitation, at its review, and sends it. */
export const PreparedByColleague: Story = {
  name: 'Prepared by a colleague – review and send',
  args: { activationRequestId: preparedRequest.id },
  play: async (context) => {
    const view = await open(context, 'reviewStep.heading');
    await view.expectText(view.words['preparedRequest.notice'].replace('{name}', 'Olle Berg'));
    await expect(
      view.shadow.queryByRole('button', { name: view.words['reviewStep.changeServices'] }),
    ).toBeNull();
    await view.click('reviewStep.confirmInvite');
    await view.step('resultStep.headingInvited');
  },
};

/** Flow 9: the requests addressed to a full-rights employee, on the dialog's first step. */
export const RequestsFromColleagues: Story = {
  name: 'Requests from colleagues',
  parameters: {
    fakeApi: () => ({
      'activationRequests.list': () => ({ toMe: [preparedRequest], byMe: [] }),
    }),
  },
  play: async (context) => {
    const view = await open(context, 'customerStep.heading');
    // The list is read once the session says who is signed in: it comes after the step.
    await userEvent.click(
      await view.shadow.findByRole('button', { name: view.words['colleagueRequests.open'] }),
    );
    await view.step('reviewStep.heading');
  },
};

/** The whole flow, as a designer clicks it: search, services, task, review, result. */
export const InviteStartToEnd: Story = {
  name: 'Invite – start to end',
  play: async (context) => {
    const view = await open(context, 'customerStep.heading');
    await search(context, 'Nystart');
    await userEvent.click(await view.shadow.findByRole('radio', { name: /Nystart HB/ }));
    await view.click('inviteDialog.next');
    await view.step('servicesStep.heading');
    await userEvent.click(view.shadow.getByRole('checkbox', { name: /^Scanner/ }));
    const add = view.words['servicesStep.addRequired'].replace('{service}', 'eEkonomi');
    await userEvent.click(await view.shadow.findByRole('button', { name: add }));
    await expect(view.shadow.getByRole('checkbox', { name: /^eEkonomi/ })).toBeChecked();
    await view.click('inviteDialog.next');
    await view.step('taskStep.heading');
    await userEvent.click(view.shadow.getByRole('radio', { name: /^Bokföring/ }));
    await view.click('inviteDialog.next');
    await view.step('reviewStep.heading');
    await view.click('reviewStep.confirmActivate');
    await view.step('resultStep.headingActivated');
    await view.click('resultStep.another');
    await view.step('servicesStep.heading');
  },
};
