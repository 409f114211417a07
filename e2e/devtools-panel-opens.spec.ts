import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DevToolsPanel, panelUrl } from './pages/devtools-panel';
import { addIframe } from './support/add-iframe';

// The real DevTools panel, and what chrome.devtools.* shows it (Chromium 156, headless).
// These specs also document the findings the panel's request attribution and frame grouping
// rely on; the comments state what was observed.

/** A HAR entry, reduced to what the panel needs. */
type FinishedRequest = {
  url: string;
  resourceType: unknown;
  status: number;
  responseHeaders: Array<{ name: string; value: string }>;
  requestHeaders: Array<{ name: string; value: string }>;
  responseCookies: Array<Record<string, unknown>>;
};

/** chrome.devtools.inspectedWindow.Resource; @types/chrome lacks `type`, which Chrome passes. */
type Resource = { url: string; type: string };

/** Collected in the panel page by `recordInPanel`. */
type PanelRecord = { finished: FinishedRequest[]; added: Resource[] };

// The DevTools frontend takes 5-7 s to start on an idle 2-core machine, 25 s on a busy one.
test.describe.configure({ timeout: 120_000 });

async function openPanel(...args: Parameters<typeof DevToolsPanel.open>): Promise<DevToolsPanel> {
  const panel = await DevToolsPanel.open(...args);
  test.info().annotations.push({
    type: 'timing',
    description: `DevToolsPanel.open, ms to each step: ${JSON.stringify(panel.timings)}`,
  });
  return panel;
}

/** fetch() from the page, reading the whole body: see the note in the request spec. */
async function fetchFromPage(page: Page, url: string): Promise<number> {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    await response.text();
    return response.status;
  }, url);
}

/** Starts recording onRequestFinished and onResourceAdded in the panel page. */
async function recordInPanel(panel: DevToolsPanel): Promise<void> {
  await panel.evaluate(() => {
    const record: PanelRecord = { finished: [], added: [] };
    (window as unknown as { record: PanelRecord }).record = record;
    chrome.devtools.network.onRequestFinished.addListener((entry) => {
      record.finished.push({
        url: entry.request.url,
        resourceType: (entry as unknown as { _resourceType?: unknown })._resourceType,
        status: entry.response.status,
        responseHeaders: entry.response.headers,
        requestHeaders: entry.request.headers,
        responseCookies: entry.response.cookies as unknown as Array<Record<string, unknown>>,
      });
    });
    chrome.devtools.inspectedWindow.onResourceAdded.addListener((resource) => {
      record.added.push({ url: resource.url, type: (resource as unknown as Resource).type });
    });
  });
}

function recorded(panel: DevToolsPanel): Promise<PanelRecord> {
  return panel.evaluate(() => (window as unknown as { record: PanelRecord }).record);
}

/**
 * addListener() reaches the DevTools frontend asynchronously, so requests made right after it
 * may go unreported. Fetches /echo until one is reported.
 */
async function waitUntilRecording(panel: DevToolsPanel, page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await fetchFromPage(page, `/echo?warm-up=${Date.now()}`);
        return (await recorded(panel)).finished.some((r) => r.url.includes('warm-up='));
      },
      { timeout: 15_000, intervals: [200, 500, 1_000] },
    )
    .toBe(true);
}

function getResources(panel: DevToolsPanel): Promise<Resource[]> {
  return panel.evaluate(
    () =>
      new Promise<Resource[]>((resolve) =>
        chrome.devtools.inspectedWindow.getResources((resources) =>
          resolve(resources.map((r) => ({ url: r.url, type: (r as unknown as Resource).type }))),
        ),
      ),
  );
}

test('the real DevTools panel opens for a site tab and inspects that tab', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  const siteUrl = servers.url('a.test', '/');
  await page.goto(siteUrl);
  const tabId = await DevToolsPanel.tabIdOf(context, page);

  const panel = await openPanel(context, extensionId, page);
  expect(panel.kind).toBe('devtools');
  expect(panel.frame.url()).toBe(panelUrl(extensionId));
  await panel.waitFor('#app > *');

  const inspected = await panel.evaluate(async () => ({
    tabId: chrome.devtools.inspectedWindow.tabId,
    href: await new Promise((resolve, reject) =>
      chrome.devtools.inspectedWindow.eval('location.href', (result, error) =>
        error ? reject(new Error(JSON.stringify(error))) : resolve(result),
      ),
    ),
  }));
  expect(inspected).toEqual({ tabId, href: siteUrl });

  // The DevTools window lives on the second connection only: specs' context.pages() is intact.
  expect(context.pages().map((p) => p.url())).toEqual([siteUrl]);
  await panel.close();
});

test('onRequestFinished reports a fetch with its Set-Cookie headers as received', async ({
  context,
  page,
  extensionId,
  servers,
  cookies,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const panel = await openPanel(context, extensionId, page);
  await recordInPanel(panel);
  await waitUntilRecording(panel, page);

  // Finding: a request is reported only once its response body has been read to the end
  // (DevTools' "loading finished"): `fetch(url).then((r) => r.status)` is never reported.
  const finishedFor = async (fragment: string) => {
    await expect
      .poll(async () => (await recorded(panel)).finished.some((r) => r.url.includes(fragment)))
      .toBe(true);
    const entry = (await recorded(panel)).finished.find((r) => r.url.includes(fragment));
    if (!entry) throw new Error(`No request ${fragment}`);
    return entry;
  };
  const setCookieLines = (entry: FinishedRequest) =>
    entry.responseHeaders.filter((h) => /^set-cookie$/i.test(h.name));
  // Finding: once in a while on a loaded machine (1 in ~80 runs here) Chrome reports a request
  // without its Set-Cookie lines (they come in a separate "extra info" event that can miss the
  // report); the timeline then says "set by script". So: the first of up to three identical
  // fetches that is reported with them.
  let single: FinishedRequest | undefined;
  for (let attempt = 0; attempt < 3 && !single; attempt++) {
    const path = `/set?c=x%3D1&attempt=${attempt}`;
    expect(await fetchFromPage(page, path)).toBe(200);
    const entry = await finishedFor(path);
    if (setCookieLines(entry).length > 0) single = entry;
  }
  if (!single) throw new Error('Three fetches were all reported without their Set-Cookie lines');
  expect(
    await fetchFromPage(page, '/set?c=h%3D1%3B%20HttpOnly&c=bad%3D1%3B%20Domain%3Db.test'),
  ).toBe(200);
  const several = await finishedFor('/set?c=h%3D1');

  expect(single.url).toMatch(servers.url('a.test', '/set?c=x%3D1&attempt='));
  expect(single.status).toBe(200);
  expect(single.resourceType).toBe('fetch');
  // Finding: response.headers hold Set-Cookie verbatim, one {name, value} per header line, the
  // name spelled as on the wire ("Set-Cookie" from this HTTP/1.1 server; HTTP/2 would send
  // "set-cookie"), sorted by name. Match names case-insensitively.
  expect(setCookieLines(single)).toEqual([{ name: 'Set-Cookie', value: 'x=1' }]);
  expect(setCookieLines(several)).toEqual([
    { name: 'Set-Cookie', value: 'h=1; HttpOnly' },
    { name: 'Set-Cookie', value: 'bad=1; Domain=b.test' },
  ]);
  // HttpOnly cookies are included. So are cookies the browser REJECTED (Domain=b.test from
  // a.test), with nothing to tell them apart: attribution must check the cookie store.
  expect(several.responseCookies).toEqual([
    { name: 'h', value: '1', domain: 'a.test', expires: null, httpOnly: true, secure: false },
    { name: 'bad', value: '1', domain: 'b.test', expires: null, httpOnly: false, secure: false },
  ]);
  expect((await cookies.all({ name: 'bad' })).length).toBe(0);
  expect((await cookies.all({ name: 'h' })).map((c) => c.domain)).toEqual(['a.test']);
  // Request headers carry the Cookie header that was sent.
  expect(several.requestHeaders).toContainEqual({ name: 'Cookie', value: 'x=1' });
  await panel.close();
});

test('getResources lists a cross-host iframe; onResourceAdded reports later iframes', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  const siteUrl = servers.url('a.test', '/');
  const frameUrl = servers.url('b.test', '/');
  const laterFrameUrl = servers.url('c.test', '/later');
  await page.goto(siteUrl);
  await addIframe(page, frameUrl);

  const panel = await openPanel(context, extensionId, page);
  // Finding: documents of every frame, the out-of-process b.test iframe included, as
  // {url, type: 'document'}; nothing says which frame a resource belongs to.
  const before = await getResources(panel);
  expect(before).toEqual(
    expect.arrayContaining([
      { url: siteUrl, type: 'document' },
      { url: frameUrl, type: 'document' },
    ]),
  );

  await recordInPanel(panel);
  await waitUntilRecording(panel, page);
  await addIframe(page, laterFrameUrl);
  // Finding: an iframe added later is reported by onResourceAdded as a document (usually
  // preceded by a document with url '' for its initial about:blank), and getResources lists
  // it from then on. onResourceAdded also reports fetches (type 'fetch') and every script run
  // in the page, e.g. by inspectedWindow.eval or Playwright (type 'script',
  // url 'debugger:///VM<n>'), which getResources does not list.
  await expect
    .poll(async () => (await recorded(panel)).added)
    .toContainEqual({ url: laterFrameUrl, type: 'document' });
  expect(await getResources(panel)).toContainEqual({ url: laterFrameUrl, type: 'document' });
  const added = (await recorded(panel)).added;
  expect(added).toContainEqual(expect.objectContaining({ type: 'fetch' }));
  test.info().annotations.push({
    type: 'finding',
    description: `onResourceAdded, scripts left out: ${JSON.stringify(
      added.filter((r) => r.type !== 'script'),
    )}`,
  });
  await panel.close();
});

test('the panel page also opens as a tab for a given tabId', async ({
  context,
  page,
  extensionId,
  servers,
}) => {
  await page.goto(servers.url('a.test', '/'));
  const tabId = await DevToolsPanel.tabIdOf(context, page);
  const panel = await DevToolsPanel.openAsTab(context, extensionId, tabId);
  expect(panel.kind).toBe('tab');
  expect(panel.frame.url()).toBe(`${panelUrl(extensionId)}?tabId=${tabId}`);
  await panel.waitFor('#app > *');
  // In a normal tab the page has no chrome.devtools: the UI must go by ?tabId.
  expect(await panel.evaluate(() => typeof chrome.devtools)).toBe('undefined');
  await panel.close();
});
