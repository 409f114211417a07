// The benchmark's floor (npm run bench): the least an extension page can do to show a site's
// cookies, so the popup's open time has something to be compared with. As the popup (`?tab`), it
// does what issue 17 defines: `tabs.query` for the active tab, then `cookies.getAll` for its
// host; as a DevTools panel (`?panel`), the same for the inspected tab (`tabs.get`); with
// `?site=`, that site's cookies alone. It writes the names into the page, nothing else: no
// framework, no polyfill
// (hence `chrome` rather than extension/platform's `browser`), no message to the background.
// It notes when the names were written and when the next frame was out, for the bench to read.
interface FloorTiming {
  at: number;
  frameAt?: number;
}

const query = new URLSearchParams(location.search);
const site = query.get('site');
const live = query.get('live');
const list = document.getElementById('names');
if (live && list) {
  // The live floor (`?live=`): the site's cookies as cookies.onChanged reports them, one name
  // written per event, the least a page can do to follow a burst of changes.
  const items = new Map<string, HTMLLIElement>();
  list.dataset.loaded = 'true';
  chrome.cookies.onChanged.addListener(({ removed, cookie }) => {
    if (cookie.domain.replace(/^\./, '') !== live) return;
    const key = `${cookie.name} ${cookie.path}`;
    items.get(key)?.remove();
    items.delete(key);
    if (removed) return;
    const item = document.createElement('li');
    item.textContent = cookie.name;
    items.set(key, item);
    list.append(item);
  });
} else if ((site || query.has('tab') || query.has('panel')) && list) {
  const hostOf = (tab: chrome.tabs.Tab | undefined) => new URL(tab?.url ?? '').hostname;
  const domain = site
    ? Promise.resolve(site)
    : query.has('panel')
      ? chrome.tabs.get(chrome.devtools.inspectedWindow.tabId).then(hostOf)
      : chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => hostOf(tab));
  void domain
    .then((host) => chrome.cookies.getAll({ domain: host }))
    .then((cookies) => {
      list.replaceChildren(
        ...cookies.map((cookie) => {
          const item = document.createElement('li');
          item.textContent = cookie.name;
          return item;
        }),
      );
      list.dataset.loaded = 'true';
      const timing: FloorTiming = { at: performance.now() };
      (window as { floorTiming?: FloorTiming }).floorTiming = timing;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          timing.frameAt = performance.now();
        };
        channel.port2.postMessage(0);
      });
    });
}
