import type { Runtime } from 'webextension-polyfill';
import { createChangeBatches } from '../../src/background/change-batches';
import type { OwnWrites } from '../../src/background/own-writes';
import { type ChangeFeedMessage, changeFeedPort } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';
import { toCookie } from './browser-cookie-store';
import { isTrustedPort } from './trusted-sender';

/** Relays every cookie change to the extension's open pages over their ports, in batches. */
export function startChangeFeed(ownWrites: OwnWrites): void {
  const ports = new Set<Runtime.Port>();
  const push = createChangeBatches({
    ownWrites,
    now: () => Date.now(),
    send: (changes) => {
      const message: ChangeFeedMessage = { tag: 'cookie-workbench/changes', changes };
      for (const port of ports) port.postMessage(message);
    },
  });

  browser.cookies.onChanged.addListener(({ removed, cause, cookie }) => {
    if (ports.size > 0) push({ removed, cause, cookie: toCookie(cookie) });
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
