import { createChangeFeedConnection } from '../../src/protocol/change-feed-connection';
import { createProtocolClient } from '../../src/protocol/protocol-client';
import type { CookieConnector } from '../../src/ui/cookie-connector';
import { browser } from '../page-api';

/** The connector of an extension page: protocol over runtime messages, changes over a port. */
export function createExtensionConnector(): CookieConnector {
  const client = createProtocolClient((message) => browser.runtime.sendMessage(message));
  const feed = createChangeFeedConnection(browser.runtime);
  return { client, onChanges: feed.onChanges };
}
