// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

type Handler = (theme: string) => void;

/** A DevTools panel's `chrome`: the polyfill needs `runtime.id`, the panel `devtools.panels`. */
function stubDevtools(themeName: string | undefined) {
  const handlers: Handler[] = [];
  vi.stubGlobal('chrome', {
    runtime: { id: 'test-extension' },
    devtools:
      themeName === undefined
        ? undefined
        : {
            inspectedWindow: { tabId: 1 },
            panels: { themeName, setThemeChangeHandler: (h: Handler) => handlers.push(h) },
          },
  });
  return {
    change(theme: string) {
      for (const handler of handlers) handler(theme);
    },
  };
}

async function follow(): Promise<HTMLElement> {
  const { followDevToolsTheme } = await import('./devtools-theme');
  const root = document.createElement('html');
  followDevToolsTheme(root);
  return root;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('followDevToolsTheme', () => {
  it.each([
    ['dark', 'dark'],
    ['default', 'light'],
    // Firefox's names.
    ['light', 'light'],
    ['none', 'light'],
  ])('DevTools theme %s → data-theme %s', async (themeName, theme) => {
    stubDevtools(themeName);
    expect((await follow()).dataset.theme).toBe(theme);
  });

  it('follows a change made while the panel is open', async () => {
    const devtools = stubDevtools('default');
    const root = await follow();
    devtools.change('dark');
    expect(root.dataset.theme).toBe('dark');
    devtools.change('default');
    expect(root.dataset.theme).toBe('light');
  });

  it('leaves the page to the system outside DevTools (the panel opened as a tab)', async () => {
    stubDevtools(undefined);
    expect((await follow()).dataset.theme).toBeUndefined();
  });
});
