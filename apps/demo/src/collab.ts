import type { CollabInstance, CollabOptions, MessageOverrides } from '@collab/widget';
import { currentLocale, onLocaleChange } from './i18n.js';
import { getToken } from './session.js';
import { currentTheme, onThemeChange, widgetAppearance } from './theme.js';

/**
 * The pages without a bundler load `/widget/collab-widget.standalone.js` with a script tag,
 * which puts `Collab` on `window`. Only its types come from the package.
 */
declare global {
  interface Window {
    Collab?: { init(options: CollabOptions): CollabInstance };
  }
}

export const apiUrl = `${location.origin}/trpc`;

/**
 * One Collab instance for the page, for the signed-in user. The language and theme switches
 * update every view in place. Null when the standalone script did not load.
 */
export function createCollab(messages?: MessageOverrides): CollabInstance | null {
  const collab = window.Collab;
  if (!collab) return null;
  const instance = collab.init({
    apiUrl,
    getToken,
    locale: currentLocale(),
    appearance: widgetAppearance(currentTheme()),
    ...(messages ? { messages } : {}),
  });
  onLocaleChange((locale) => instance.update({ locale }));
  onThemeChange((theme) => instance.update({ appearance: widgetAppearance(theme) }));
  return instance;
}
