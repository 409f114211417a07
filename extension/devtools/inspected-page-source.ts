import type { InspectedPage, InspectedPageState } from '../../src/ui/panel/inspected-page';
import {
  type RecordedRequest,
  setCookieInstructions,
} from '../../src/ui/timeline/recorded-request';
import { browser, chromeDevtools } from '../page-api';

type Devtools = NonNullable<ReturnType<typeof chromeDevtools>>;

function documentUrls(devtools: Devtools): Promise<string[]> {
  return new Promise((resolve) =>
    devtools.inspectedWindow.getResources((resources) =>
      resolve(
        resources.filter((r) => (r as { type?: string }).type === 'document').map((r) => r.url),
      ),
    ),
  );
}

function recordedRequest(entry: chrome.devtools.network.Request, id: number): RecordedRequest {
  const parsed = Date.parse(entry.startedDateTime);
  const finishedAt = Number.isFinite(parsed) ? parsed + Math.max(0, entry.time) : Date.now();
  return {
    id,
    url: entry.request.url,
    method: entry.request.method,
    status: entry.response.status,
    // The response's Set-Cookie applied between these two times (attribute-entries.ts).
    startedAt: Number.isFinite(parsed) ? parsed : finishedAt,
    finishedAt,
    setCookies: setCookieInstructions(entry.response.headers),
  };
}

/**
 * The inspected page as the panel sees it. In DevTools: the frames are the page's documents
 * (iframes included) and requests come from the network log. Opened as a normal tab (the
 * fallback, with `?tabId=`) only the tab itself is known, and no requests.
 */
export function inspectedPageSource(tabId: number): InspectedPage {
  const devtools = chromeDevtools();
  const frames = new Set<string>();
  const listeners = new Set<(state: InspectedPageState) => void>();
  let url = '';
  let published: { text: string; state: InspectedPageState } | undefined;
  // Ids stay unique across subscriptions: timeline verdicts name requests by id.
  let nextId = 0;

  const publish = () => {
    const state = { url, frameUrls: [...frames].filter((f) => f !== url) };
    // A navigation refreshes twice (the url changes, then it completes): re-describe only if
    // something changed, each state costs the panel two requests to the background.
    const text = JSON.stringify(state);
    if (text === published?.text) return;
    published = { text, state };
    for (const listener of listeners) listener(state);
  };
  let refreshing: Promise<void> | undefined;
  const refresh = () => {
    const run = (async () => {
      url = (await browser.tabs.get(tabId)).url ?? '';
      frames.clear();
      if (devtools) for (const frame of await documentUrls(devtools)) frames.add(frame);
      publish();
    })().finally(() => {
      if (refreshing === run) refreshing = undefined;
    });
    refreshing = run;
    return run;
  };
  // Read from the start, not when the panel first subscribes (after its first paint).
  void refresh().catch(() => {});

  browser.tabs.onUpdated.addListener((updatedId, change) => {
    if (updatedId === tabId && (change.url !== undefined || change.status === 'complete'))
      void refresh();
  });
  devtools?.inspectedWindow.onResourceAdded.addListener((resource) => {
    if ((resource as { type?: string }).type !== 'document' || frames.has(resource.url)) return;
    frames.add(resource.url);
    publish();
  });

  return {
    tabId,
    canAttribute: devtools !== undefined,
    watch(listener) {
      listeners.add(listener);
      if (published) listener(published.state);
      // The read under way publishes to this listener too.
      if (!refreshing) void refresh();
      return () => listeners.delete(listener);
    },
    watchRequests(listener) {
      if (!devtools) return () => {};
      const onFinished = (entry: chrome.devtools.network.Request) =>
        listener(recordedRequest(entry, ++nextId));
      devtools.network.onRequestFinished.addListener(onFinished);
      return () => devtools.network.onRequestFinished.removeListener(onFinished);
    },
  };
}
