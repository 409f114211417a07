/**
 * What the background asks of the browser besides cookies: the tab a page shows, the cookie
 * stores, and whether the user lets the extension read an origin. The extension answers with
 * the tabs, cookies and permissions APIs; unit tests answer with plain data.
 */
export interface BrowserFacts {
  /** The tab's url (absent for a page the extension may not see) and, in Firefox, its store. */
  tab(tabId: number): Promise<{ url?: string; cookieStoreId?: string }>;
  /** `incognito` is absent in Chrome, where store "1" is the incognito one. */
  cookieStores(): Promise<{ id: string; incognito?: boolean; tabIds: number[] }[]>;
  /**
   * Firefox's containers (`contextualIdentities.query({})`); none where the browser has no such
   * API (Chromium) or the user turned containers off. `color` is the browser's colour name.
   */
  containers(): Promise<{ cookieStoreId: string; name: string; color: string }[]>;
  /**
   * Whether the cookies API will read this origin's cookies: without host permission it silently
   * returns none (the user can restrict site access in chrome://extensions).
   */
  mayReadOrigin(origin: string): Promise<boolean>;
  /** Whether every http(s) site may be read: then only non-web pages hide their address. */
  mayReadEverySite(): Promise<boolean>;
}
