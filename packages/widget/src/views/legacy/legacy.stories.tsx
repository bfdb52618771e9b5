import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite';
import { expect, fireEvent, userEvent, waitFor, within } from 'storybook/test';
import type { Messages, PluralMessage } from '../../i18n/messages.js';
import { Collaborations } from '../../react/collaborations.js';
import { FakeApiError, FakeNoAnswer } from '../../test-support/fake-api.js';
import { createLegacyWorld, legacyCsv } from '../../test-support/fixtures/legacy.js';
import {
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';
import { legacyPanelMessages } from './panel-messages.js';

/**
 * Earlier collaborations in the agency's overview (flow 6 in docs/flows.md): marked when the
 * catalog has no service for them, selected and linked at once through a review with the
 * suggested services, and the old system's file imported in the Import tab. Rendered through
 * the React export against the typed fake API (`test-support/fixtures/legacy.ts`).
 */

interface LegacyStoryParameters {
  fakeApi?: StoryHandlers;
}

const meta = {
  title: 'Widget/Collaborations/Earlier collaborations',
  component: Collaborations,
  args: { customerId: null },
  parameters: { fakeApi: () => createLegacyWorld().handlers },
  render: (args, context) => (
    <StoryHost
      storyId={context.id}
      locale={context.globals.locale === 'en' ? 'en' : 'sv'}
      theme={context.globals.theme === 'dark' ? 'dark' : 'light'}
      handlers={(context.parameters as LegacyStoryParameters).fakeApi}
    >
      <Collaborations customerId={args.customerId} />
    </StoryHost>
  ),
} satisfies Meta<{ customerId: string | null }>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The widget's words and the panels' own (`panel-messages.ts`). */
type WordKey = keyof Messages | keyof typeof legacyPanelMessages.sv;

async function widget(context: StoryContext) {
  const locale = context.globals.locale === 'en' ? 'en' : 'sv';
  const root = await widgetShadowRoot(context.canvasElement);
  const words = { ...wordsFor(locale), ...legacyPanelMessages[locale] };
  const shadow = within(root as unknown as HTMLElement);
  const fill = (template: string, params: Record<string, string | number>) =>
    Object.entries(params).reduce(
      (text, [name, value]) => text.replaceAll(`{${name}}`, String(value)),
      template,
    );
  return {
    root,
    shadow,
    text: (key: WordKey, params: Record<string, string | number> = {}) =>
      fill(String(words[key]), params),
    plural: (key: WordKey, count: number) => {
      const forms = words[key] as PluralMessage;
      return fill((count === 1 ? forms.one : undefined) ?? forms.other, { count });
    },
    async find<Found>(query: () => Found, timeout = 5000): Promise<Found> {
      return waitFor(query, { timeout });
    },
  };
}

type View = Awaited<ReturnType<typeof widget>>;

/** The overview read, with its earlier collaborations shown. */
async function loaded(context: StoryContext): Promise<View> {
  const view = await widget(context);
  await view.find(() => view.shadow.getByText(view.text('legacy.noCounterpart.badge')));
  return view;
}

async function reviewAll(view: View) {
  await userEvent.click(
    view.shadow.getByRole('button', { name: view.text('legacy.bar.selectShown') }),
  );
  await userEvent.click(view.shadow.getByRole('button', { name: view.text('legacy.bar.link') }));
  return view.find(() => view.shadow.getByRole('dialog'));
}

/** The Import tab, open. */
async function importTab(context: StoryContext): Promise<View> {
  const view = await widget(context);
  const tab = await view.find(() =>
    view.shadow.getByRole('tab', { name: view.text('legacy.import.tab') }),
  );
  await userEvent.click(tab);
  await view.find(() =>
    view.shadow.getByRole('heading', { name: view.text('legacy.import.heading') }),
  );
  return view;
}

/** A file chosen in the page, as the file input gives it. */
function chooseFile(view: View, file: File) {
  const input = view.shadow.getByLabelText(view.text('legacy.import.file')) as HTMLInputElement;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  fireEvent.change(input);
}

export const Marked: Story = {
  name: 'Marked and selectable',
  play: async (context) => {
    const view = await loaded(context);
    const boxes = view.shadow.getAllByRole('checkbox');
    await expect(boxes).toHaveLength(3);
    await userEvent.click(boxes[0] as HTMLElement);
    await view.find(() => view.shadow.getByText(view.plural('legacy.bar.selected', 1)));
  },
};

export const LinkReview: Story = {
  name: 'Link selected: review',
  play: async (context) => {
    const view = await loaded(context);
    const dialog = await reviewAll(view);
    const inDialog = within(dialog);
    await view.find(() => inDialog.getAllByText(view.text('legacy.many.suggested')));
    await expect(inDialog.getAllByText(view.text('legacy.many.suggested'))).toHaveLength(2);
  },
};

export const LinkMissing: Story = {
  name: 'Link selected: choices missing',
  play: async (context) => {
    const view = await loaded(context);
    const dialog = await reviewAll(view);
    const inDialog = within(dialog);
    await view.find(() => inDialog.getAllByRole('combobox'));
    await userEvent.click(inDialog.getByRole('button', { name: view.text('legacy.many.confirm') }));
    await view.find(() => inDialog.getByRole('alert'));
  },
};

export const LinkResult: Story = {
  name: 'Link selected: result per row',
  play: async (context) => {
    const view = await loaded(context);
    const dialog = await reviewAll(view);
    const inDialog = within(dialog);
    await view.find(() => inDialog.getAllByRole('combobox'));
    const selects = inDialog.getAllByRole('combobox') as HTMLSelectElement[];
    // Per row: service, task. Paket A gets eEkonomi too, which the server refuses.
    const taskIds = [...(selects[1]?.options ?? [])].map((option) => option.value);
    for (const index of [1, 3, 5]) {
      fireEvent.change(selects[index] as HTMLSelectElement, { target: { value: taskIds[1] } });
    }
    fireEvent.change(selects[4] as HTMLSelectElement, { target: { value: 'eekonomi' } });
    await userEvent.click(inDialog.getByRole('button', { name: view.text('legacy.many.confirm') }));
    await view.find(() =>
      inDialog.getByRole('heading', { name: view.text('legacy.many.resultHeading') }),
    );
  },
};

export const ImportEmpty: Story = {
  name: 'Import: no file yet',
  play: async (context) => {
    const view = await importTab(context);
    await expect(view.shadow.getByText(view.text('legacy.import.noFile'))).toBeVisible();
  },
};

export const ImportTooLarge: Story = {
  name: 'Import: file too large',
  play: async (context) => {
    const view = await importTab(context);
    chooseFile(view, new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'stor.csv'));
    await view.find(() => view.shadow.getByRole('group').querySelector('[aria-invalid="true"]'));
  },
};

export const ImportRunning: Story = {
  name: 'Import: running',
  parameters: {
    fakeApi: () =>
      createLegacyWorld({
        importLegacy: () => {
          throw new FakeNoAnswer();
        },
      }).handlers,
  },
  play: async (context) => {
    const view = await importTab(context);
    chooseFile(view, new File([legacyCsv], 'export.csv'));
    await view.find(() => view.shadow.getByText(/export\.csv/));
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('legacy.import.start') }),
    );
    await view.find(() => view.shadow.getByText(view.text('legacy.import.importing')));
  },
};

export const ImportRefused: Story = {
  name: 'Import: file refused',
  parameters: {
    fakeApi: () =>
      createLegacyWorld({
        importLegacy: () => {
          throw new FakeApiError('LEGACY_WRONG_COLUMNS', {
            expected: 'organisationsnummer;kundnamn;tjänst;startdatum',
          });
        },
      }).handlers,
  },
  play: async (context) => {
    const view = await importTab(context);
    chooseFile(view, new File([legacyCsv], 'export.csv'));
    await view.find(() => view.shadow.getByText(/export\.csv/));
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('legacy.import.start') }),
    );
    await view.find(() => view.shadow.getByRole('alert'));
  },
};

export const ImportResult: Story = {
  name: 'Import: result per row',
  play: async (context) => {
    const view = await importTab(context);
    chooseFile(view, new File([legacyCsv], 'export.csv'));
    await view.find(() => view.shadow.getByText(/export\.csv/));
    await userEvent.click(
      view.shadow.getByRole('button', { name: view.text('legacy.import.start') }),
    );
    await view.find(() =>
      view.shadow.getByRole('heading', { name: view.text('legacy.import.resultHeading') }),
    );
    await expect(
      view.shadow.getByRole('button', { name: view.text('legacy.import.download') }),
    ).toBeVisible();
  },
};
