import type { Decorator, Preview } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect } from 'react';
import {
  checkOtherTheme,
  inStoryTestRun,
  withThemeSwitch,
} from '../packages/widget/src/test-support/other-theme.js';

/**
 * A hostile host page, for the "Host CSS" toggle: the widget's shadow root must keep it out.
 * It only touches the page around the story.
 */
const hostileCss = '* { color: red } button { all: unset }';

function HostCss({ enabled, children }: { enabled: boolean; children: ReactNode }) {
  useLayoutEffect(() => {
    if (!enabled) return;
    const style = document.createElement('style');
    style.dataset.collabHostileCss = '';
    style.textContent = hostileCss;
    document.head.append(style);
    return () => style.remove();
  }, [enabled]);
  return children;
}

const withHostCss: Decorator = (Story, context) => (
  <HostCss enabled={context.globals.hostCss === 'on'}>
    <Story />
  </HostCss>
);

const preview: Preview = {
  tags: ['autodocs'],
  // withThemeSwitch inside withHostCss: the theme changes the story only, not the host page.
  decorators: [withThemeSwitch, withHostCss],
  // After addon-a11y's check of the story's end state (its afterEach runs first), axe's colour
  // rules on the same state in the other theme, in a test run only
  // (packages/widget/src/test-support/other-theme.tsx).
  afterEach: async (context) => {
    if (inStoryTestRun()) await checkOtherTheme(context);
  },
  globalTypes: {
    locale: {
      description: 'The widget’s language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'sv', title: 'Svenska' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The widget’s theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    hostCss: {
      description: 'A hostile host stylesheet around the story',
      toolbar: {
        title: 'Host CSS',
        icon: 'paintbrush',
        items: [
          { value: 'off', title: 'Host CSS: none' },
          { value: 'on', title: 'Host CSS: hostile (* { color: red }, button { all: unset })' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'sv', theme: 'light', hostCss: 'off' },
  parameters: {
    // Every axe violation fails the story's test.
    a11y: { test: 'error' },
    layout: 'padded',
    options: { storySort: { order: ['Introduction', 'Foundations', 'Widget', 'Emails'] } },
  },
};

export default preview;
