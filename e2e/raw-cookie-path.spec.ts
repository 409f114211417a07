import { expect, test } from './fixtures';
import { ManagerPage } from './pages/manager-page';
import { cookiesServerReceives, setCookiesViaServer } from './support/site-cookies';

// A server may send a path with characters a url encodes (`Path=/x y`). What Chrome does with it,
// pinned: it keeps the raw path, never sends the cookie (pages request /x%20y), and the cookies
// API cannot reach it, since set and remove encode their url. So the editor refuses to save it,
// saying why, instead of failing as a "move" half-way.

test('a cookie the server set with an unencoded path: kept raw, never sent, out of the API’s reach; the editor says why it cannot edit it', async ({
  context,
  page,
  servers,
  serviceWorker,
  extensionId,
  cookies,
}) => {
  await setCookiesViaServer(page, servers, 'a.test', [
    'raw=1; Path=/x y',
    'encoded=1; Path=/x%20y',
  ]);
  const paths = async () =>
    Object.fromEntries(
      (await cookies.all({ domain: 'a.test' })).map((c) => [`${c.name}=${c.value}`, c.path]),
    );
  expect(await paths()).toEqual({ 'raw=1': '/x y', 'encoded=1': '/x%20y' });

  await page.goto(servers.url('a.test', '/x%20y/'));
  expect(await cookiesServerReceives(page, servers.url('a.test', '/x%20y/echo'))).toEqual([
    ['encoded', '1'],
  ]);

  const written = await serviceWorker.evaluate(async () => {
    const url = 'http://a.test/x y';
    const set = await chrome.cookies.set({ url, name: 'raw', value: '2', path: '/x y' });
    // An expiry in the past deletes exactly the cookie it names: not this one.
    await chrome.cookies.set({ url, name: 'raw', value: '', path: '/x y', expirationDate: 1000 });
    await chrome.cookies.remove({ url, name: 'raw' });
    return set?.path;
  });
  expect(written).toBe('/x%20y');
  expect(await paths()).toEqual({ 'raw=1': '/x y', 'encoded=1': '/x%20y' });

  const manager = await ManagerPage.open(context, extensionId);
  const row = manager.row('raw', { path: '/x y' });
  await manager.ui.openEditor(row);
  await manager.ui.fill({ value: 'edited' });
  // Refused before any write: not a "move" to /x%20y that then fails to remove the old one.
  expect(await manager.ui.saveExpectingRefusal()).toMatch(
    /^Not saved: The site sent this cookie's path "\/x y" unencoded, and the browser's cookie API reaches only the encoded path "\/x%20y"/,
  );
  expect(await paths()).toEqual({ 'raw=1': '/x y', 'encoded=1': '/x%20y' });
});
