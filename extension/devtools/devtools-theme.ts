import { chromeDevtools } from '../page-api';

/**
 * The panel takes DevTools' own theme, not the system's: DevTools can be light on a dark system
 * and the reverse (issue 12). `chrome.devtools.panels.themeName` is 'default' or 'dark' (Firefox:
 * 'light', 'dark' or 'none'), read when the panel loads; `setThemeChangeHandler` (Chrome 99+)
 * reports a change made while it is open. app.css reads `<html data-theme>`. Opened as a tab,
 * outside DevTools, the page keeps following the system.
 */
export function followDevToolsTheme(root: HTMLElement = document.documentElement): void {
  const panels = chromeDevtools()?.panels;
  if (!panels) return;
  const apply = (themeName: string) => {
    root.dataset.theme = themeName === 'dark' ? 'dark' : 'light';
  };
  apply(panels.themeName);
  panels.setThemeChangeHandler?.(apply);
}
