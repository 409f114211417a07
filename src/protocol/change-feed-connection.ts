import { isArrayOf, isRecord } from './basic-guards';
import { type ChangeFeedMessage, type CookieChange, changeFeedPort } from './cookie-protocol';

/** The part of a runtime.Port the change feed uses (a fake in unit tests). */
export interface FeedPort {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** The part of browser.runtime the change feed uses. */
export interface FeedRuntime {
  connect(connectInfo: { name: string }): FeedPort;
}

const isChangeFeedMessage = (value: unknown): value is ChangeFeedMessage =>
  isRecord(value) && value.tag === 'cookie-workbench/changes' && isArrayOf(isRecord)(value.changes);

// After a restart of the service worker (MV3 stops idle workers) the port drops: reconnect, and
// tell listeners that something may have changed while nobody was listening.
export const reconnectDelayMs = 200;

/**
 * The background's change feed over a port, for CookieConnector.onChanges. One port at a time:
 * a listener added while a reconnect is scheduled waits for it (two ports would deliver every
 * batch twice), and a port that is no longer the current one is ignored.
 */
export function createChangeFeedConnection(runtime: FeedRuntime) {
  const listeners = new Set<(changes: CookieChange[]) => void>();
  let port: FeedPort | undefined;
  let reconnect: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    const opened = runtime.connect({ name: changeFeedPort });
    port = opened;
    opened.onMessage.addListener((message: unknown) => {
      if (port !== opened || !isChangeFeedMessage(message)) return;
      for (const listener of listeners) listener(message.changes);
    });
    opened.onDisconnect.addListener(() => {
      if (port !== opened) return;
      port = undefined;
      if (listeners.size === 0 || reconnect !== undefined) return;
      reconnect = setTimeout(() => {
        reconnect = undefined;
        if (port || listeners.size === 0) return;
        connect();
        for (const listener of listeners) listener([]);
      }, reconnectDelayMs);
    });
  };

  return {
    onChanges(listener: (changes: CookieChange[]) => void): () => void {
      listeners.add(listener);
      if (!port && reconnect === undefined) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearTimeout(reconnect);
        reconnect = undefined;
        port?.disconnect();
        port = undefined;
      };
    },
  };
}
