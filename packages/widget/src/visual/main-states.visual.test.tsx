import { composeStory } from '@storybook/react-vite';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../../../.storybook/preview.js';
import * as accept from '../views/accept-invitation/accept-invitation.stories.js';
import * as collaborations from '../views/collaborations/collaborations.stories.js';
import * as customerView from '../views/customer-collaborations/customer-collaborations.stories.js';
import * as invite from '../views/invite-dialog/invite-dialog.stories.js';

/*
 * The main states of the widget as pictures (issue #16, "Must hold"): each rendered from its
 * story, which clicks its way there with its play function, in the light and the dark theme,
 * on a desktop (1400×900) and a phone (390×844), and compared with its baseline in
 * `visual-baselines/` (vitest.visual.config.ts: tolerance, where the baselines are).
 *
 * Each picture is cropped to the widget: the open dialog for the invite dialog's steps, the
 * view's element for the others. New baselines, after a deliberate change:
 * `pnpm --filter @collab/widget test:visual:update` (README "Tests").
 */

type Theme = 'light' | 'dark';

/** The preview's annotations (decorators, globals), in the theme asked for, in Swedish. */
function project(theme: Theme) {
  return { ...preview, initialGlobals: { ...preview.initialGlobals, theme, locale: 'sv' } };
}

interface VisualState {
  /** The baseline's name, and the test's. */
  name: string;
  /** The story, composed with the preview in a theme. */
  compose: (theme: Theme) => ReturnType<typeof composeStory>;
  /** What the picture shows: the modal dialog, or the whole element. */
  crop: 'dialog' | 'element';
}

const states: VisualState[] = [
  {
    name: 'invite-customer',
    compose: (theme) => composeStory(invite.CustomerSearch, invite.default, project(theme)),
    crop: 'dialog',
  },
  {
    name: 'invite-services',
    compose: (theme) =>
      composeStory(invite.ServicesScannerNeedsEEkonomi, invite.default, project(theme)),
    crop: 'dialog',
  },
  {
    name: 'invite-task',
    compose: (theme) => composeStory(invite.Task, invite.default, project(theme)),
    crop: 'dialog',
  },
  {
    name: 'invite-review',
    compose: (theme) => composeStory(invite.ReviewNewAccount, invite.default, project(theme)),
    crop: 'dialog',
  },
  {
    name: 'invite-result',
    compose: (theme) => composeStory(invite.ResultInvited, invite.default, project(theme)),
    crop: 'dialog',
  },
  {
    name: 'overview',
    compose: (theme) =>
      composeStory(collaborations.Overview, collaborations.default, project(theme)),
    crop: 'element',
  },
  {
    name: 'accept',
    compose: (theme) => composeStory(accept.Invitation, accept.default, project(theme)),
    crop: 'element',
  },
  {
    name: 'customer-view',
    compose: (theme) => composeStory(customerView.Overview, customerView.default, project(theme)),
    crop: 'element',
  },
];

const viewports = [
  { name: 'desktop', width: 1400, height: 900 },
  { name: 'phone', width: 390, height: 844 },
  // The frame may grow taller than this for a long view; the window is 1600×4000.
] as const;

const themes: readonly Theme[] = ['light', 'dark'];

/** Unmounts the story after its picture: `load()` runs the composed story's cleanups. */
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
  document.body.replaceChildren();
});

function widgetHost(canvas: HTMLElement): HTMLElement {
  const host = [...canvas.querySelectorAll<HTMLElement>('*')].find((element) => element.shadowRoot);
  if (!host) throw new Error('no widget in the story');
  return host;
}

describe.each(viewports)('$name', (viewport) => {
  describe.each(themes)('%s', (theme) => {
    it.each(states)('$name', async (state) => {
      await page.viewport(viewport.width, viewport.height);
      const story = state.compose(theme);
      const canvas = document.createElement('div');
      document.body.append(canvas);
      cleanup = () => story.load();
      // Render, then the play function: the story reaches its state and checks it.
      await story.run({ canvasElement: canvas });

      const host = widgetHost(canvas);
      await expect.poll(() => host.getAttribute('theme')).toBe(theme);
      await document.fonts.ready;
      // Nothing loading any more: no skeleton, no busy region.
      await expect
        .poll(() =>
          host.shadowRoot?.querySelector('[aria-busy="true"], .collab-overview__skeleton'),
        )
        .toBeNull();
      const target =
        state.crop === 'dialog' ? host.shadowRoot?.querySelector('dialog[open]') : host;
      if (!target) throw new Error(`${state.name}: no open dialog`);
      // A view longer than the screen: the frame grows to show all of it, at the device's width
      // (only the dialogs size by the screen's height, and they fit it).
      const bottom = Math.ceil(target.getBoundingClientRect().bottom + window.scrollY) + 8;
      if (bottom > viewport.height) {
        await page.viewport(viewport.width, bottom);
        await expect.poll(() => window.innerHeight).toBe(bottom);
      }
      await expect
        .element(page.elementLocator(target))
        .toMatchScreenshot(`${state.name}-${theme}-${viewport.name}`);
    });
  });
});
