import type { Runtime } from 'webextension-polyfill';
import { createChangeBatches } from '../../src/background/change-batches';
import type { OwnWrites } from '../../src/background/own-writes';
import type { Protection } from '../../src/background/protection-handlers';
import { type ChangeFeedMessage, changeFeedPort } from '../../src/protocol/cookie-protocol';
import { browser } from '../platform';
import { toCookie } from './browser-cookie-store';
import { isTrustedPort } from './trusted-sender';

/**
 * Hands every cookie change to the protect and block rules, and relays it, with what they did
 * about it, to the extension's open pages over their ports, in batches.
 */
export function startChangeFeed(
  ownWrites: OwnWrites,
  protection: Pick<Protection, 'onChange'>,
): void {
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
    const seen = toCookie(cookie);
    // Judged now: a fix made before the change is relayed must not be taken for its cause.
    const change = {
      removed,
      cause,
      cookie: seen,
      time: Date.now(),
      byExtension: ownWrites.isOwn(seen),
    };
    // onChange answers in the order of the changes (it runs them one at a time).
    void protection
      .onChange(change)
      .catch(() => undefined)
      .then((verdict) => {
        if (ports.size > 0) push(verdict ? { ...change, protection: verdict } : change);
      });
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
