/** The host's light or dark look, kept between pages and passed on to the widget. */
export type Theme = 'light' | 'dark';

const themeKey = 'byradesk.theme';
const listeners = new Set<(theme: Theme) => void>();

export function currentTheme(): Theme {
  return localStorage.getItem(themeKey) === 'dark' ? 'dark' : 'light';
}

export function setTheme(theme: Theme): void {
  localStorage.setItem(themeKey, theme);
  document.documentElement.dataset.theme = theme;
  for (const listener of listeners) listener(theme);
}

export function onThemeChange(listener: (theme: Theme) => void): void {
  listeners.add(listener);
}

/**
 * What the widget gets: the same theme, and in the light one Byrådesk's own blue, so the
 * embedded views look like part of the page (7:1 against white, like the host's links).
 */
export function widgetAppearance(theme: Theme): {
  theme: Theme;
  variables?: { colorPrimary: string; colorFocus: string };
} {
  return theme === 'light'
    ? { theme, variables: { colorPrimary: '#1d5c87', colorFocus: '#1d5c87' } }
    : { theme };
}
