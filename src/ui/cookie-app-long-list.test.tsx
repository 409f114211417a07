// @vitest-environment happy-dom
import { afterEach, expect, it, vi } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { CookieApp } from './cookie-app';
import { longListRows } from './cookie-list';
import { listBoxClass, rowHeight } from './cookie-list-view';
import { createMemoryConnector } from './testing/memory-connector';
import { eventually, renderInDom } from './testing/render-in-dom';

// What the page showed when the virtualiser's code was asked for (issue 17: the popup's JS
// until its rows must not include the virtualiser, a third of the popup's code).
const rowsWhenVirtualiserLoaded: number[] = [];
vi.mock('./virtual-cookie-list', async (importOriginal) => {
  rowsWhenVirtualiserLoaded.push(document.querySelectorAll('[data-testid="cookie-row"]').length);
  return importOriginal();
});

let cleanup = () => {};
afterEach(() => cleanup());

/**
 * The popup over a site with a long list, in a window 64px high as a toolbar popup's is at its
 * first render ("Loading…"), then grows. `css`: style rules the page has (none: no CSS engine
 * answers, as without app.css).
 */
function renderLongListPopup(count: number, css = '') {
  const cookies = Array.from({ length: count }, (_, i) =>
    testCookie({ name: `c${String(i).padStart(3, '0')}`, domain: 'a.test' }),
  );
  const memory = createMemoryConnector({ cookies });
  const described = memory.connector.client.describeTab({ tabId: 1, includeCookies: true });
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const { innerHeight } = window;
  Object.defineProperty(window, 'innerHeight', { value: 64, configurable: true });
  const view = renderInDom(<CookieApp connector={memory.connector} described={described} />);
  cleanup = () => {
    view.unmount();
    style.remove();
    Object.defineProperty(window, 'innerHeight', { value: innerHeight, configurable: true });
  };
  return view;
}

it("shows a long list's first screen of rows before it fetches the virtualiser, then the rest", async () => {
  const count = 3 * longListRows;
  const view = renderLongListPopup(count);
  await eventually(() => expect(view.allByTestId('cookie-row').length).toBeGreaterThan(0));
  const firstScreen = view.allByTestId('cookie-row').length;
  expect(firstScreen).toBeLessThanOrEqual(longListRows);
  // Enough for the popup's list box (420px of 23px rows), not what 64px holds.
  expect(firstScreen).toBeGreaterThanOrEqual(Math.ceil(420 / 23));
  expect(view.allByTestId('cookie-row')[0]?.getAttribute('data-name')).toBe('c000');
  await eventually(() => expect(rowsWhenVirtualiserLoaded).toHaveLength(1));
  expect(rowsWhenVirtualiserLoaded[0]).toBe(firstScreen);
  // The list knows its whole length throughout.
  expect(view.byTestId('cookie-list').getAttribute('data-count')).toBe(String(count));
});

it("renders no more of a first screen than the list's box can show (its CSS max-height)", async () => {
  // The popup's rule (app.css).
  const view = renderLongListPopup(3 * longListRows, `.${listBoxClass} { max-height: 420px; }`);
  await eventually(() => expect(view.allByTestId('cookie-row').length).toBeGreaterThan(0));
  // 420px of 23px rows and one more: not the 28 a 600px popup window could hold.
  expect(view.allByTestId('cookie-row')).toHaveLength(Math.ceil(420 / rowHeight) + 1);
  // The probe that read the box's max-height is gone.
  expect(document.querySelectorAll(`.${listBoxClass}`)).toHaveLength(1);
});
