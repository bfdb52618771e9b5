import { composeStory, type Meta, type StoryObj } from '@storybook/react-vite';
import { useLayoutEffect, useRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOtherTheme, withThemeSwitch } from './other-theme.js';

/*
 * The preview's second axe run (other-theme.tsx), on stories made to fail in one theme only:
 * a widget whose text is too faint in the dark theme, or in the light one. The story's own
 * theme passes; the check after it switches the widget in place and must find the violation.
 * The stories run through Storybook's own runner (`composeStory(…).run()`: render, play,
 * afterEach), with the preview's decorator and afterEach.
 */

/** A shadow host, as the widget's views are, that wears its theme as an attribute. */
function Fixture({ theme, faintIn }: { theme: string; faintIn: 'light' | 'dark' | 'none' }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (!element || element.shadowRoot) return;
    const root = element.attachShadow({ mode: 'open' });
    const faint = `:host([theme="${faintIn}"]) p { color: #777777; background: #6f6f6f; }`;
    root.innerHTML = `<style>
      :host { display: block; }
      p { color: #111111; background: #ffffff; }
      :host([theme="dark"]) p { color: #f3f4f6; background: #16181d; }
      ${faintIn === 'none' ? '' : faint}
    </style><p>Samarbeten</p>`;
  }, [faintIn]);
  useLayoutEffect(() => host.current?.setAttribute('theme', theme), [theme]);
  return <div ref={host} />;
}

const meta = {
  title: 'Test/Other theme',
  component: Fixture,
  args: { theme: 'light', faintIn: 'none' },
  render: (args, context) => (
    <Fixture theme={context.globals.theme === 'dark' ? 'dark' : 'light'} faintIn={args.faintIn} />
  ),
} satisfies Meta<typeof Fixture>;

type Story = StoryObj<typeof meta>;

const project = {
  decorators: [withThemeSwitch],
  afterEach: checkOtherTheme,
  parameters: { a11y: { test: 'error' } },
};

function story(faintIn: 'light' | 'dark' | 'none', theme: 'light' | 'dark') {
  const annotations: Story = { args: { faintIn }, globals: {} };
  return composeStory(annotations, meta, { ...project, initialGlobals: { theme, locale: 'sv' } });
}

let canvas: HTMLElement | undefined;
function freshCanvas(): HTMLElement {
  canvas = document.createElement('div');
  document.body.append(canvas);
  return canvas;
}
afterEach(() => canvas?.remove());

describe('axe in the other theme, after each story', () => {
  it('finds a violation that only the dark theme has, in a story shown light', async () => {
    await expect(story('dark', 'light').run({ canvasElement: freshCanvas() })).rejects.toThrow(
      /after switching to the dark theme[\s\S]*color-contrast/,
    );
  });

  it('finds a violation that only the light theme has, in a story shown dark', async () => {
    await expect(story('light', 'dark').run({ canvasElement: freshCanvas() })).rejects.toThrow(
      /after switching to the light theme[\s\S]*color-contrast/,
    );
  });

  it('passes a story that is fine in both themes, and leaves it in the other theme', async () => {
    const canvasElement = freshCanvas();
    await story('none', 'light').run({ canvasElement });
    expect(canvasElement.querySelector('[theme]')?.getAttribute('theme')).toBe('dark');
  });
});
