// The bench's DevTools page (npm run bench builds it in place of extension/devtools/devtools.html,
// see bench/vite.bench.config.ts): the product's panel as the product adds it, and beside it the
// panel floor, a bare page that shows the inspected tab's cookies (floor.ts `?panel`), so the
// panel's open time is compared with a page opened the same way, inside DevTools.
import '../devtools/devtools';

void chrome.devtools.panels.create(
  'Floor',
  '/icons/icon-32.png',
  '/extension/bench/floor.html?panel',
);
