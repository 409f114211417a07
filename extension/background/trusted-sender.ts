import type { Runtime } from 'webextension-polyfill';
import { isTrustedSender } from '../../src/protocol/trusted-sender';
import { browser } from '../platform';

const extensionOrigin = () => browser.runtime.getURL('');

export function isTrustedMessageSender(sender: Runtime.MessageSender): boolean {
  return isTrustedSender(sender, browser.runtime.id, extensionOrigin());
}

export function isTrustedPort(port: Runtime.Port): boolean {
  return port.sender !== undefined && isTrustedMessageSender(port.sender);
}
