import type { Locale } from '@collab/contracts';
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { Messages } from '../../i18n/messages.js';
import { ShadowView } from '../../react/shadow-view.js';
import {
  type StoryHandlers,
  StoryHost,
  widgetShadowRoot,
  wordsFor,
} from '../../test-support/story-host.js';
import type { ThemeName } from '../../theme/appearance.js';
import { ActionLauncher, openerLabel } from './action-harness.js';

/**
 * What the collaboration actions' stories share: the dialog in a view's shadow root behind the
 * caller's opener (closed on a docs page; a story's play function opens it), the typed fake API
 * per story, and the wording of the story's locale for the play functions.
 */

export interface ActionStoryParameters {
  /** The story's API handlers, typed by the router (see `test-support/fake-api.ts`). */
  fakeApi?: StoryHandlers;
}

/** The parts of a story's context these helpers read, whatever the story's args. */
export interface ActionStoryContext {
  id: string;
  globals: Record<string, unknown>;
  parameters: Record<string, unknown>;
  canvasElement: HTMLElement;
}

/**
 * What `ActionStory` needs from a story's context, as plain values. The context itself is not
 * passed as a prop: Storybook's source snippet (addon-docs) prints every prop of the story's
 * element, and the context holds the canvas and itself, which in the static build ran out of
 * memory ("Invalid string length", "Maximum call stack size exceeded").
 */
export function actionStoryProps(
  context: Omit<ActionStoryContext, 'canvasElement'>,
): Omit<ActionStoryProps, 'children'> {
  return {
    storyId: context.id,
    locale: context.globals.locale === 'en' ? 'en' : 'sv',
    theme: context.globals.theme === 'dark' ? 'dark' : 'light',
    handlers: (context.parameters as ActionStoryParameters).fakeApi,
  };
}

export interface ActionStoryProps {
  storyId: string;
  locale: Locale;
  theme: ThemeName;
  handlers: StoryHandlers | undefined;
  children: (close: () => void) => ReactNode;
}

export function ActionStory({ storyId, locale, theme, handlers, children }: ActionStoryProps) {
  return (
    <StoryHost storyId={storyId} locale={locale} theme={theme} handlers={handlers}>
      <ShadowView view="collaborations" handlers={{}}>
        <ActionLauncher startOpen={false}>{children}</ActionLauncher>
      </ShadowView>
    </StoryHost>
  );
}

/** Fills a message's `{placeholders}`, as the translator does. */
export function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => params[name] ?? placeholder);
}

export interface ActionStoryView {
  root: ShadowRoot;
  shadow: ReturnType<typeof within>;
  words: Messages;
  /** The story's locale, for the words the contracts hold (option names, statuses). */
  locale: Locale;
  expectText(text: string): Promise<void>;
}

/** Opens the dialog with the caller's button and waits for its title. */
export async function openAction(
  context: ActionStoryContext,
  title: (words: Messages) => string,
): Promise<ActionStoryView> {
  const root = await widgetShadowRoot(context.canvasElement);
  const locale: Locale = context.globals.locale === 'en' ? 'en' : 'sv';
  const words = wordsFor(locale);
  const shadow = within(root as unknown as HTMLElement);
  await userEvent.click(await shadow.findByRole('button', { name: openerLabel }));
  await expect(await shadow.findByRole('heading', { name: title(words) })).toBeVisible();
  return {
    root,
    shadow,
    words,
    locale,
    async expectText(text: string) {
      await waitFor(() => expect(root.querySelector('dialog')?.textContent).toContain(text));
    },
  };
}
