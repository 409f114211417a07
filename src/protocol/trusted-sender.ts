/** The parts of `runtime.MessageSender` that decide whether a message is trusted. */
export interface SenderInfo {
  id?: string;
  url?: string;
}

/**
 * Only this extension's own pages (popup, DevTools panel, manager) may use the background:
 * same extension id and a url under the extension's origin. Content scripts carry the web
 * page's url and other extensions another id, so both are refused.
 */
export function isTrustedSender(
  sender: SenderInfo,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return (
    sender.id === extensionId &&
    typeof sender.url === 'string' &&
    extensionOrigin.length > 0 &&
    sender.url.startsWith(extensionOrigin)
  );
}
