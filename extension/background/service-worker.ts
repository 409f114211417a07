import type { Runtime } from 'webextension-polyfill';
import { createOwnWrites } from '../../src/background/own-writes';
import { createProtocolHandlers } from '../../src/background/protocol-handlers';
import { t } from '../../src/i18n/t';
import { dispatchRequest, isProtocolMessage } from '../../src/protocol/dispatch-request';
import { browser } from '../platform';
import { browserCookieStore } from './browser-cookie-store';
import { browserFacts } from './browser-facts';
import { startChangeFeed } from './change-feed';
import { forgetJournalOnDisk, sessionArea } from './journal-store';
import { registerManagerMenu } from './manager-menu';
import { protectionRulesArea } from './protection-store';
import { localArea } from './snapshot-store';
import { isTrustedMessageSender } from './trusted-sender';

const now = () => Date.now();
const ownWrites = createOwnWrites(now);
const { handlers, recoverOnStart, protection } = createProtocolHandlers({
  store: browserCookieStore,
  sessionArea: sessionArea(),
  localArea: localArea(),
  facts: browserFacts,
  ownWrites,
  rulesArea: protectionRulesArea(),
  now,
});

// Listeners are registered at the top level so that an event wakes the worker up with them.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isProtocolMessage(message)) return undefined;
  if (!isTrustedMessageSender(sender)) {
    return Promise.resolve({
      ok: false,
      error: { message: t('bg_refusedSender') },
    });
  }
  return dispatchRequest(handlers, message);
});

startChangeFeed(ownWrites, protection);
registerManagerMenu();
// An action a stopped worker left half done is finished before any new one starts.
// Rules are read on every start: what changed while the worker (or browser) was stopped is
// fixed now, by comparing with the stored rules.
void protection
  .wake()
  .catch((error: unknown) => console.error('Cookie Workbench: protection wake failed', error));
void recoverOnStart()
  .then(forgetJournalOnDisk)
  .catch((error: unknown) => console.error('Cookie Workbench: recovery failed', error));
