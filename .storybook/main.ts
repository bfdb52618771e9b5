import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * Storybook for designers: every view and state of the widget, with the API faked, and every
 * e-mail the server sends, rendered by `@collab/emails`, the templates the server sends with.
 */
const config: StorybookConfig = {
  stories: [
    './introduction.mdx',
    '../packages/widget/src/**/*.stories.tsx',
    // The e-mail stories live here rather than beside the templates: @collab/emails has
    // neither React nor the DOM in its types, and its typecheck would take them in.
    './emails/*.stories.tsx',
  ],
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
