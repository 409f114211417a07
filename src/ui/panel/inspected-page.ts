import type { RecordedRequest } from '../timeline/recorded-request';

export interface InspectedPageState {
  /** The top document's url. */
  url: string;
  /** Urls of the page's frames (iframes, nested ones too), as far as they are known. */
  frameUrls: string[];
}

/**
 * What the panel knows of the inspected page, from the DevTools APIs (or, when the panel page is
 * opened in a normal tab, from the tab alone). The panel UI never touches those APIs itself.
 */
export interface InspectedPage {
  tabId: number;
  /** Whether requests are known (the network log exists only inside DevTools). */
  canAttribute: boolean;
  /** Calls the listener with the current state and again after every navigation or new frame. */
  watch(listener: (state: InspectedPageState) => void): () => void;
  /** Calls the listener for each request that finishes from now on. */
  watchRequests(listener: (request: RecordedRequest) => void): () => void;
}
