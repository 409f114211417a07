import type { Runtime } from 'webextension-polyfill';
import { dispatchRequest, isProtocolMessage } from '../../src/protocol/dispatch-request';
import { browser } from '../platform';
import { startChangeFeed } from './change-feed';
import { registerManagerMenu } from './manager-menu';
import { protocolHandlers, recoverOnStart } from './protocol-handlers';
import { isTrustedMessageSender } from './trusted-sender';

// Listeners are registered at the top level so that an event wakes the worker up with them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isProtocolMessage(message)) return undefined;
  if (!isTrustedMessageSender(sender)) {
    return Promise.resolve({
      ok: false,
      error: { message: 'Refused: not sent by this extension.' },
    });
  }
  return dispatchRequest(protocolHandlers, message);
});

startChangeFeed();
registerManagerMenu();
// An action a stopped worker left half done is finished before any new one starts.
void recoverOnStart();
