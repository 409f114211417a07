// The benchmark's floor (npm run bench): the least an extension page can do to show a site's
// cookies, so the popup's open time has something to be compared with. It asks the cookies API
// for `?site=` and writes the names into the page, nothing else: no framework, no polyfill
// (hence `chrome` rather than extension/platform's `browser`), no message to the background.
// It notes when the names were written and when the next frame was out, for the bench to read.
interface FloorTiming {
  at: number;
  frameAt?: number;
}

const site = new URLSearchParams(location.search).get('site');
const list = document.getElementById('names');
if (site && list) {
  void chrome.cookies.getAll({ domain: site }).then((cookies) => {
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
