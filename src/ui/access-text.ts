import type { TabAccess } from '../protocol/cookie-protocol';

/** Why a page's cookies are not shown, in the words popup and panel both use. */
export const accessText: Record<Exclude<TabAccess, 'ok'>, string> = {
  'unsupported-page':
    'This page has no cookies the extension can show: browser pages (chrome://, about:, the Web Store) and local files keep none. Open a website and try again.',
  'no-host-permission':
    'The extension is not allowed to read this site. In chrome://extensions, open Cookie Workbench → Details → Site access and allow it on this site or on all sites.',
  'hidden-page':
    'The browser does not tell the extension which page this is. Either it is a browser page (chrome://, about:, the Web Store) or a local file, which keep no cookies the extension can show, or it is a site the extension is not allowed to read: to allow it, open chrome://extensions → Cookie Workbench → Details → Site access.',
};
