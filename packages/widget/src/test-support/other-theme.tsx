/// <reference types="vite/client" />
import type { Decorator, StoryContext } from '@storybook/react-vite';
import axe from 'axe-core';
import { type ComponentType, useLayoutEffect, useState } from 'react';
import { waitFor } from 'storybook/test';
import type { ThemeName } from '../theme/appearance.js';

/**
 * axe in every theme for every story, without running every story twice (issue #16, "Must
 * hold"). The story tests run in two projects, sv with the light theme and en with the dark
 * one (vitest.storybook.config.ts); addon-a11y checks the state each story's play function
 * ends in. Then `checkOtherTheme` (the preview's afterEach) switches the story's widgets to
 * the other theme, in place, without rendering the story again or losing its state, and runs
 * axe's colour rules once more (the only ones a theme can change, see `themeRules`): sv and
 * en, light and dark, each end state, for one short axe run more a story.
 *
 * The switch: `withThemeSwitch` renders the story with the theme it is told, over the
 * toolbar's global (a React state, so the story's tree and the widget's state stay), and
 * `checkOtherTheme` waits until every widget in the story wears the new theme's attribute.
 * A story that pins its theme (`globals: { theme }`: the e-mails, Foundations) has no other.
 * Only in a test run (`VITEST_STORYBOOK`): a designer's story stays in the theme they chose.
 */

type SetTheme = (theme: ThemeName) => void;

/** The mounted stories' switches, by story id (one story at a time in a test run). */
const switches = new Map<string, SetTheme>();

function ThemeSwitch({
  storyId,
  Story,
  globals,
}: {
  storyId: string;
  Story: ComponentType<{ globals: StoryContext['globals'] }>;
  globals: StoryContext['globals'];
}) {
  const [theme, setTheme] = useState<ThemeName | null>(null);
  useLayoutEffect(() => {
    switches.set(storyId, setTheme);
    return () => {
      if (switches.get(storyId) === setTheme) switches.delete(storyId);
    };
  }, [storyId]);
  return <Story globals={theme ? { ...globals, theme } : globals} />;
}

export const withThemeSwitch: Decorator = (Story, context) => (
  <ThemeSwitch
    storyId={context.id}
    // Storybook's decorated story: a function of a context update, as React calls it with props.
    Story={Story as unknown as ComponentType<{ globals: StoryContext['globals'] }>}
    globals={context.globals}
  />
);

/** The story's `a11y` parameters, as addon-a11y reads them. */
interface A11yParameters {
  disable?: boolean;
  test?: 'off' | 'todo' | 'error';
  config?: axe.Spec;
  options?: axe.RunOptions;
}

/**
 * The axe rules whose outcome a theme can change. A theme is the `theme` attribute on each
 * widget, which changes only custom properties, that is colours and shadows: the elements,
 * names, roles and text are the same in both themes, so every other rule finds the same in
 * either, and addon-a11y has run them all in the story's own theme.
 */
export const themeRules = ['color-contrast', 'link-in-text-block'];

/**
 * axe as addon-a11y runs it (the page's body without Storybook's own elements, `region` off:
 * a story is not a page), with the story's own rules and options, each violation as one line;
 * only the rules given, when some are.
 */
export async function axeViolations(
  parameters: A11yParameters,
  onlyRules?: readonly string[],
): Promise<string[]> {
  axe.reset();
  axe.configure({
    ...parameters.config,
    rules: [{ id: 'region', enabled: false }, ...(parameters.config?.rules ?? [])],
  });
  const options: axe.RunOptions = {
    ...parameters.options,
    ...(onlyRules ? { runOnly: { type: 'rule', values: [...onlyRules] } } : {}),
  };
  const results = await axe.run(
    {
      include: [document.body],
      exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']],
    },
    options,
  );
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join(' | ')}`,
  );
}

/** Every widget (shadow host) in the story's canvas. */
function widgetsIn(canvas: HTMLElement): Element[] {
  return [...canvas.querySelectorAll('*')].filter((element) => element.shadowRoot);
}

/**
 * After a story's play function: its widgets in the other theme, and axe once more. Fails the
 * story with the violations, named with the theme they appear in.
 */
export async function checkOtherTheme(context: StoryContext): Promise<void> {
  const a11y = (context.parameters.a11y ?? {}) as A11yParameters;
  if (a11y.disable === true || a11y.test === 'off') return;
  if (context.storyGlobals.theme !== undefined) return;
  const other: ThemeName = context.globals.theme === 'dark' ? 'light' : 'dark';
  const setTheme = switches.get(context.id);
  if (!setTheme) throw new Error(`${context.id}: the theme switch (withThemeSwitch) is not there`);
  setTheme(other);
  await waitFor(
    () => {
      const widgets = widgetsIn(context.canvasElement);
      if (widgets.length === 0) throw new Error('no widget in the story to switch');
      const behind = widgets.filter((widget) => widget.getAttribute('theme') !== other);
      if (behind.length > 0) throw new Error(`${behind.length} widget(s) not yet ${other}`);
    },
    { timeout: 5000 },
  );
  const violations = await axeViolations(a11y, themeRules);
  if (violations.length > 0) {
    throw new Error(
      `axe, after switching to the ${other} theme (${String(context.globals.locale ?? 'sv')}):\n${violations.join('\n')}`,
    );
  }
}

/** Only in a story test run: `storybook dev` and the static build leave the story alone. */
export function inStoryTestRun(): boolean {
  return import.meta.env.VITEST_STORYBOOK !== undefined;
}
