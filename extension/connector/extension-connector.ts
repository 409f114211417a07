import type { Runtime } from 'webextension-polyfill';
import {
  type ChangeFeedMessage,
  type CookieChange,
  changeFeedPort,
} from '../../src/protocol/cookie-protocol';
import { createProtocolClient } from '../../src/protocol/protocol-client';
import { isArrayOf, isRecord } from '../../src/protocol/shape-guards';
import type { CookieConnector } from '../../src/ui/cookie-connector';
import { browser } from '../platform';

const isChangeFeedMessage = (value: unknown): value is ChangeFeedMessage =>
  isRecord(value) && value.tag === 'cookie-workbench/changes' && isArrayOf(isRecord)(value.changes);

// After a restart of the service worker (MV3 stops idle workers) the port drops: reconnect, and
// tell listeners that something may have changed while nobody was listening.
const reconnectDelayMs = 200;

/** The connector of an extension page: protocol over runtime messages, changes over a port. */
export function createExtensionConnector(): CookieConnector {
  const client = createProtocolClient((message) => browser.runtime.sendMessage(message));
  const listeners = new Set<(changes: CookieChange[]) => void>();
  let port: Runtime.Port | undefined;

  const connect = () => {
    port = browser.runtime.connect({ name: changeFeedPort });
    port.onMessage.addListener((message: unknown) => {
      if (!isChangeFeedMessage(message)) return;
      for (const listener of listeners) listener(message.changes);
    });
    port.onDisconnect.addListener(() => {
      port = undefined;
      if (listeners.size === 0) return;
      setTimeout(() => {
        connect();
        for (const listener of listeners) listener([]);
      }, reconnectDelayMs);
    });
  };

  return {
    client,
    onChanges(listener) {
      listeners.add(listener);
      if (!port) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          port?.disconnect();
          port = undefined;
        }
      };
    },
  };
}
