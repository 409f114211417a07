import type { Cookie } from '../../cookies/cookie';

/**
 * The value of the `<name>.sig` cookie that signs this one (cookie-session, the `cookies`
 * package): same domain, path and partition. Undefined when the list has none.
 */
export function siblingSignature(cookies: readonly Cookie[], cookie: Cookie): string | undefined {
  const name = `${cookie.name}.sig`;
  return cookies.find(
    (c) =>
      c.name === name &&
      c.domain === cookie.domain &&
      c.path === cookie.path &&
      c.storeId === cookie.storeId &&
      c.partitionKey?.topLevelSite === cookie.partitionKey?.topLevelSite,
  )?.value;
}
