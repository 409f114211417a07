import type { Runtime } from 'webextension-polyfill';
import {
  type ChangeFeedMessage,
  type CookieChange,
  changeFeedPort,
} from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';
import { toCookie } from './browser-cookie-store';
import { isOwnWrite } from './own-writes';
import { isTrustedPort } from './trusted-sender';

// A page setting 100 cookies at once fires 100 events: relay them as one batch per tick.
const batchDelayMs = 20;

/** Relays every cookie change to the extension's open pages over their ports, in batches. */
export function startChangeFeed(): void {
  const ports = new Set<Runtime.Port>();
  let pending: CookieChange[] = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const message: ChangeFeedMessage = { tag: 'cookie-workbench/changes', changes: pending };
    pending = [];
    for (const port of ports) port.postMessage(message);
  };

  browser.cookies.onChanged.addListener(({ removed, cause, cookie }) => {
    if (ports.size === 0) return;
    pending.push({
      removed,
      cause,
      cookie: toCookie(cookie),
      time: Date.now(),
      byExtension: isOwnWrite(cookie),
    });
    if (!scheduled) {
      scheduled = true;
      setTimeout(flush, batchDelayMs);
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== changeFeedPort) return;
    if (!isTrustedPort(port)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
  });
}
