import type { CookieChange } from '../protocol/cookie-protocol';
import type { ProtocolClient } from '../protocol/protocol-client';

/**
 * All a UI page gets of the outside world: the background's protocol and its change feed.
 * Popup and DevTools panel build one from the extension; nothing under src/ui touches a browser API.
 */
export interface CookieConnector {
  client: ProtocolClient;
  /** Calls the listener with each batch of cookie changes; returns the unsubscribe function. */
  onChanges(listener: (changes: CookieChange[]) => void): () => void;
}
