// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { CookieApp } from './cookie-app';
import { createMemoryConnector } from './testing/memory-connector';
import { eventually, renderInDom } from './testing/render-in-dom';

const sid = testCookie({ name: 'sid', value: 'abc', domain: 'a.test' });
const theme = testCookie({ name: 'theme', value: 'dark', domain: '.a.test', hostOnly: false });
const elsewhere = testCookie({ name: 'other', domain: 'b.test' });

let cleanup = () => {};
afterEach(() => cleanup());

function openPopup(
  tabs?: Record<number, { url: string; cookieStoreId?: string }>,
  more: Omit<Parameters<typeof createMemoryConnector>[0], 'tabs'> = {},
) {
  const memory = createMemoryConnector({
    cookies: [sid, theme, elsewhere],
    ...(tabs && { tabs }),
    ...more,
  });
  const described = memory.connector.client.describeTab({ tabId: 1, includeCookies: true });
  const view = renderInDom(<CookieApp connector={memory.connector} described={described} />);
  cleanup = view.unmount;
  const names = () => view.allByTestId('cookie-name').map((n) => n.textContent);
  return { ...memory, ...view, names };
}

describe('CookieApp (popup)', () => {
  it('shows protection marks and recovery notices from the first answer, without asking again first', async () => {
    const memory = createMemoryConnector({ cookies: [sid, theme] });
    await memory.connector.client.protectCookie({ cookie: sid });
    const described = memory.connector.client.describeTab({
      tabId: 1,
      includeCookies: true,
      includeProtection: true,
      includeNotices: true,
    });
    const asked: string[] = [];
    const client = new Proxy(memory.connector.client, {
      get: (target, method: string) => {
        asked.push(method);
        return Reflect.get(target, method);
      },
    });
    const view = renderInDom(
      <CookieApp connector={{ ...memory.connector, client }} described={described} />,
    );
    cleanup = view.unmount;
    await eventually(() => expect(view.allByTestId('protected-mark')).toHaveLength(1));
    const row = view.byTestId('protected-mark').closest('[data-testid="cookie-row"]');
    expect(row?.getAttribute('data-name')).toBe('sid');
    expect(asked).not.toContain('listProtection');
    expect(asked).not.toContain('listNotices');
  });

  it("lists the tab's site's cookies, and follows a cookie the page sets", async () => {
    const popup = openPopup();
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    expect(popup.byTestId('site-name').textContent).toBe('a.test');
    await popup.site.set(testCookie({ name: 'cart', domain: 'a.test' }));
    await eventually(() => expect(popup.names()).toEqual(['cart', 'sid', 'theme']));
  });

  it('applies a change from the change feed itself, without reading the list again', async () => {
    const memory = createMemoryConnector({ cookies: [sid, theme] });
    const described = memory.connector.client.describeTab({ tabId: 1, includeCookies: true });
    const reads: string[] = [];
    const client = new Proxy(memory.connector.client, {
      get: (target, method: string) => {
        if (method === 'listCookies') reads.push(method);
        return Reflect.get(target, method);
      },
    });
    const view = renderInDom(
      <CookieApp connector={{ ...memory.connector, client }} described={described} />,
    );
    cleanup = view.unmount;
    const names = () => view.allByTestId('cookie-name').map((n) => n.textContent);
    await eventually(() => expect(names()).toEqual(['sid', 'theme']));
    // The confirming read of the first answer (300 ms) is done before the change.
    await eventually(() => expect(reads).toHaveLength(1), 1_000);
    await memory.site.set(testCookie({ name: 'cart', domain: 'a.test' }));
    await memory.site.set({ ...theme, value: 'light' });
    // Well before the confirming read after the burst (300 ms): the feed's changes themselves.
    await eventually(() => {
      expect(names()).toEqual(['cart', 'sid', 'theme']);
      expect(view.allByTestId('cookie-value').map((v) => v.textContent)).toContain('light');
    }, 150);
    expect(reads).toHaveLength(1);
  });

  it('deletes a cookie after a confirmation, and Undo brings it back', async () => {
    const popup = openPopup();
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    const row = popup.allByTestId('cookie-row')[0] as HTMLElement;
    popup.click(row.querySelector('[data-testid="delete-button"]') as HTMLElement);
    popup.click(row.querySelector('[data-testid="confirm-delete"]') as HTMLElement);
    await eventually(() =>
      expect(popup.byTestId('notice').textContent).toMatch(/^Deleted "sid"\./),
    );
    await eventually(() => expect(popup.names()).toEqual(['theme']));
    expect(popup.store.cookies.map((c) => c.name)).not.toContain('sid');

    popup.click(popup.byTestId('undo-button'));
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    expect(popup.store.cookies.find((c) => c.name === 'sid')).toEqual(sid);
  });

  it('filters with the search syntax, and says what it cannot read', async () => {
    const popup = openPopup();
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    const filter = popup.byTestId<HTMLInputElement>('filter-input');
    // The parser is fetched on focus or the first key; until then the list waits for it.
    popup.type(filter, '-name:sid');
    await eventually(() => expect(popup.names()).toEqual(['theme']));
    popup.type(filter, 'domain:a.test is:session DARK');
    await eventually(() => expect(popup.names()).toEqual(['theme']));
    popup.type(filter, 'sent:yes');
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    popup.type(filter, 'foo:1');
    await eventually(() =>
      expect(popup.byTestId('search-error').textContent).toMatch(/^Unknown filter "foo:"/),
    );
    expect(filter.getAttribute('aria-invalid')).toBe('true');
    expect(popup.names()).toEqual([]);
    popup.type(filter, '');
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    expect(popup.has('search-error')).toBe(false);
  });

  it('explains a browser page instead of listing nothing', async () => {
    const popup = openPopup({ 1: { url: 'chrome://extensions/' } });
    await eventually(() =>
      expect(popup.byTestId('status-message').textContent).toMatch(/browser pages \(chrome:\/\//),
    );
  });

  it("lists a private window's own store and says so in the header", async () => {
    const privateSid = testCookie({ name: 'private-sid', domain: 'a.test', storeId: '1' });
    const popup = openPopup(
      { 1: { url: 'https://a.test/' }, 2: { url: 'https://a.test/' } },
      {
        cookies: [sid, privateSid],
        stores: [
          { id: '0', tabIds: [2] },
          { id: '1', tabIds: [1] },
        ],
      },
    );
    await eventually(() => expect(popup.names()).toEqual(['private-sid']));
    expect(popup.byTestId('tab-store').textContent).toBe('Private window');
    expect(popup.byTestId('store-badge').querySelector('.swatch-private')).not.toBeNull();
  });

  it("names a container's store with its name as text and its colour as a swatch", async () => {
    const name = '<img src=x onerror=alert(1)> Bank';
    const popup = openPopup(
      { 1: { url: 'https://a.test/', cookieStoreId: 'firefox-container-4' } },
      {
        cookies: [testCookie({ name: 'sid', domain: 'a.test', storeId: 'firefox-container-4' })],
        stores: [{ id: 'firefox-container-4', incognito: false, tabIds: [1] }],
        containers: [{ cookieStoreId: 'firefox-container-4', name, color: 'turquoise' }],
      },
    );
    await eventually(() => expect(popup.names()).toEqual(['sid']));
    const badge = popup.byTestId('store-badge');
    expect(badge.textContent).toBe(name);
    expect(badge.querySelector('img')).toBeNull();
    expect(badge.querySelector('.swatch-turquoise')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says nothing about the store for a regular window', async () => {
    const popup = openPopup();
    await eventually(() => expect(popup.names()).toEqual(['sid', 'theme']));
    expect(popup.has('tab-store')).toBe(false);
  });
});
