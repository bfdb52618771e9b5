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
