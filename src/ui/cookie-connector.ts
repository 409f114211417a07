import type { CookieChange } from '../protocol/cookie-protocol';
import type { ProtocolClient } from '../protocol/protocol-client';

/**
 * All a UI page gets of the outside world: the background's protocol and its change feed.
 * Popup and DevTools panel build one from the extension; nothing under src/ui touches a browser API.
 */
export interface CookieConnector {
  client: ProtocolClient;
  /**
   * Calls the listener with each batch of cookie changes; an empty batch says changes may have
   * been missed (the background restarted) and lists should be re-read. Returns the unsubscribe.
   */
  onChanges(listener: (changes: CookieChange[]) => void): () => void;
}
