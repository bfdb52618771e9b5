import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Foundations, tokenFile } from './foundations.js';
import type { TokenGroup } from './token-file.js';

/**
 * The design tokens (src/theme/tokens.css) for designers: colours and status pills in both
 * themes, the type scale, spacing, radii, elevation, the focus ring and motion. Drawn from the
 * file itself, so what is shown is what the widget uses.
 */
const meta = {
  title: 'Foundations',
  component: Foundations,
  // Both themes side by side, and no widget text: the toolbar's theme and locale change nothing.
  globals: { theme: 'light', locale: 'sv' },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof Foundations>;

export default meta;
type Story = StoryObj<typeof meta>;

const themeGroups: readonly TokenGroup[] = ['color', 'status', 'elevation', 'focus'];

export const Tokens: Story = {
  play: async ({ canvasElement }) => {
    const shown = (panel: string) =>
      new Set(
        [...canvasElement.querySelectorAll(`[data-theme-panel="${panel}"] [data-token]`)].map(
          (element) => element.getAttribute('data-token'),
        ),
      );
    // Every token of the file is on the page, in each theme where it can differ.
    const light = shown('light');
    const dark = shown('dark');
    const both = shown('both');
    for (const token of tokenFile.light) {
      if (themeGroups.includes(token.group)) {
        await expect(light).toContain(token.name);
        await expect(dark).toContain(token.name);
      } else {
        await expect(both).toContain(token.name);
      }
    }
    for (const token of tokenFile.dark) await expect(dark).toContain(token.name);
    // The dark panel really is dark: its background is the dark theme's.
    const darkPanel = canvasElement.querySelector('[data-theme-panel="dark"]');
    const darkBackground = tokenFile.dark.find(
      (token) => token.name === '--_collab-color-background',
    )?.value;
    await expect(darkPanel?.getAttribute('style')).toContain(
      `--_collab-color-background: ${darkBackground}`,
    );
  },
};
