import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/** Storybook for designers: every view and state of the widget, with the API faked. */
const config: StorybookConfig = {
  stories: ['../packages/widget/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  // The workspace packages from source, as the widget's own tests read them.
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['@collab/source', ...defaultClientConditions] },
    }),
};

export default config;
