// Facts about Firefox's cookies API that the model relies on, pinned against real Firefox ESR
// (e2e/cookie-semantics.spec.ts does the same for Chromium). Run with the extension's own
// privileges, from one of its pages.
import type { Page } from 'puppeteer-core';
import { setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { inExtension } from './support/extension-tab';
import { withFirstPartyIsolation } from './support/first-party-isolation';

/** What a call resolves with, or the message it rejects with. */
function outcome<A>(
  extensionPage: Page,
  call: (browser: import('webextension-polyfill').Browser, arg: A) => Promise<unknown>,
  arg: A,
): Promise<unknown> {
  const wrapped = `async (browser, arg) => { try { return { ok: await (${call.toString()})(browser, arg) }; } catch (e) { return { error: String(e.message ?? e) }; } }`;
  return extensionPage.evaluate(
    `(${wrapped})(globalThis.browser, ${JSON.stringify(arg)})`,
  ) as Promise<unknown>;
}

test('a cookie carries firstPartyDomain "" and partitionKey null; sameSite absent is "unspecified"', async ({
  tab,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(tab, servers, 'a.test', [
    'plain=1',
    'lax=1; SameSite=Lax',
    'strict=1; SameSite=Strict',
    'domain=1; Domain=a.test; Max-Age=3600',
  ]);
  await setCookiesViaServer(tab, servers, 'a.test', ['none=1; SameSite=None; Secure'], {
    https: true,
  });
  const byName = Object.fromEntries((await cookies.all()).map((c) => [c.name, c]));
  expect(Object.keys(byName.plain ?? {}).sort()).toEqual(
    [
      'domain',
      'firstPartyDomain',
      'hostOnly',
      'httpOnly',
      'name',
      'partitionKey',
      'path',
      'sameSite',
      'secure',
      'session',
      'storeId',
      'value',
    ].sort(),
  );
  expect(byName.plain).toMatchObject({
    domain: 'a.test',
    hostOnly: true,
    firstPartyDomain: '',
    partitionKey: null,
    sameSite: 'unspecified',
    session: true,
    storeId: 'firefox-default',
  });
  expect(byName.plain).not.toHaveProperty('expirationDate');
  expect(byName.lax?.sameSite).toBe('lax');
  expect(byName.strict?.sameSite).toBe('strict');
  expect(byName.none?.sameSite).toBe('no_restriction');
  // Domain=a.test: a domain cookie, stored with the leading dot.
  expect(byName.domain).toMatchObject({ domain: '.a.test', hostOnly: false, session: false });
});

test('cookies.set: sameSite omitted is "unspecified"; hostOnly/session rejected; errors say why', async ({
  extensionPage,
  servers,
}) => {
  const url = servers.url('a.test', '/');
  // Firefox used to default an omitted sameSite to no_restriction; ESR 153 stores "unspecified"
  // (the model still always sends it, for older versions).
  expect(
    await outcome(extensionPage, (b, u) => b.cookies.set({ url: u, name: 'a', value: '1' }), url),
  ).toEqual({ ok: expect.objectContaining({ sameSite: 'unspecified', hostOnly: true }) });
  expect(
    await outcome(
      extensionPage,
      (b, u) => b.cookies.set({ url: u, name: 'b', value: '1', sameSite: 'unspecified' as 'lax' }),
      url,
    ),
  ).toEqual({ ok: expect.objectContaining({ sameSite: 'unspecified' }) });
  expect(
    await outcome(
      extensionPage,
      (b, u) =>
        b.cookies.set({ url: u, name: 'c', value: '1', hostOnly: true, session: true } as never),
      url,
    ),
  ).toEqual({
    error:
      'Type error for parameter details (Unexpected properties: hostOnly, session) for cookies.set.',
  });
  expect(
    await outcome(
      extensionPage,
      (b, u) => b.cookies.set({ url: u, name: 'd', value: '1', sameSite: 'no_restriction' }),
      url,
    ),
  ).toEqual({
    error: expect.stringContaining('“SameSite=None” attribute but is missing the “secure”'),
  });
  expect(
    await outcome(
      extensionPage,
      (b, u) => b.cookies.set({ url: u, name: 'e', value: '1', domain: 'b.test' }),
      url,
    ),
  ).toEqual({ error: expect.stringMatching(/^Permission denied to set cookie /) });
});

test('expirationDate keeps milliseconds and is clamped to 400 days ahead', async ({
  extensionPage,
  servers,
}) => {
  const now = Math.floor(Date.now() / 1000);
  const result = (await inExtension(
    extensionPage,
    async (b, { url, soon, far }) => [
      (
        await b.cookies.set({ url, name: 'soon', value: '1', expirationDate: soon })
      )?.expirationDate,
      (await b.cookies.set({ url, name: 'far', value: '1', expirationDate: far }))?.expirationDate,
    ],
    { url: servers.url('a.test', '/'), soon: now + 3600.25, far: now + 500 * 86400 },
  )) as number[];
  expect(result[0]).toBe(now + 3600.25);
  const day = 86400;
  expect(result[1]).toBeGreaterThan(now + 399 * day);
  expect(result[1]).toBeLessThanOrEqual(now + 400 * day + 60);
});

test('partitionKey: {topLevelSite, hasCrossSiteAncestor} on partitioned cookies, which getAll omits unless asked', async ({
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(
    tab,
    servers,
    'a.test',
    ['chips=1; Secure; SameSite=None; Partitioned'],
    {
      https: true,
    },
  );
  // A third-party frame's cookie is partitioned by Total Cookie Protection, Partitioned or not.
  await tab.goto(servers.url('a.test', '/'));
  await tab.evaluate(
    (src) =>
      new Promise((resolve) => {
        const frame = document.createElement('iframe');
        frame.onload = resolve;
        frame.src = src;
        document.body.append(frame);
      }),
    servers.url('b.test', `/set?${new URLSearchParams([['c', 'framed=1']])}`),
  );
  const all = await cookies.all();
  expect(all.find((c) => c.name === 'chips')?.partitionKey).toEqual({
    topLevelSite: 'https://a.test',
    hasCrossSiteAncestor: false,
  });
  expect(all.find((c) => c.name === 'framed')?.partitionKey).toEqual({
    topLevelSite: 'http://a.test',
    hasCrossSiteAncestor: true,
  });
  expect(
    await inExtension(extensionPage, (b) => b.cookies.getAll({ firstPartyDomain: null }), null),
  ).toEqual([]);
});

test('store ids: with no private window or container tab open, only firefox-default is listed', async ({
  extensionPage,
}) => {
  expect(await inExtension(extensionPage, (b) => b.cookies.getAllCookieStores(), null)).toEqual([
    expect.objectContaining({ id: 'firefox-default', incognito: false }),
  ]);
});

test('firstPartyDomain: getAll without it sees only "" cookies; under first-party isolation it throws', async ({
  tab,
  extensionPage,
  servers,
  cookies,
}) => {
  const url = servers.url('a.test', '/');
  // A cookie of another first party, as first-party isolation stores them.
  await cookies.set({ url, name: 'isolated', value: '1', firstPartyDomain: 'a.test' });
  await cookies.set({ url, name: 'shared', value: '1' });
  expect(
    (await inExtension(extensionPage, (b) => b.cookies.getAll({}), null)).map((c) => c.name),
  ).toEqual(['shared']);
  expect((await cookies.all()).map((c) => [c.name, c.firstPartyDomain]).sort()).toEqual([
    ['isolated', 'a.test'],
    ['shared', ''],
  ]);

  await withFirstPartyIsolation(extensionPage, async () => {
    expect(await outcome(extensionPage, (b) => b.cookies.getAll({}), null)).toEqual({
      error: expect.stringContaining("'firstPartyDomain' attribute was not set"),
    });
    expect(
      await outcome(extensionPage, (b, u) => b.cookies.set({ url: u, name: 'x', value: '1' }), url),
    ).toEqual({ error: expect.stringContaining("'firstPartyDomain' attribute was not set") });
    await setCookiesViaServer(tab, servers, 'b.test', ['visited=1']);
    expect((await cookies.all({ name: 'visited' })).map((c) => c.firstPartyDomain)).toEqual([
      'b.test',
    ]);
  });
});
