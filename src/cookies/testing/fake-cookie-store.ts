import type { Cookie } from '../cookie';
import { cookieHost } from '../cookie';
import { identityKey } from '../cookie-identity';
import { domainMatches, pathMatches } from '../cookie-matching';
import type { CookieStorePort } from '../cookie-store-port';
import type { CookieQuery, SetDetails } from '../set-details';
import { maxExpirySeconds } from '../validate-cookie';

/**
 * An in-memory cookie store that behaves like Chrome's cookies API where the write logic depends
 * on it: exact-identity overwrite, past expiry deletes exactly, remove() by url and name deletes
 * every matching cookie, 400-day clamp, partitioned cookies only with `partitionKey`.
 * For unit tests only; the e2e suite pins the real behaviour down.
 */
export class FakeCookieStore implements CookieStorePort {
  cookies: Cookie[] = [];
  calls: string[] = [];
  /** Make the next `set` calls fail (or misbehave) to exercise recovery paths. */
  failNextSets: ((details: SetDetails) => 'reject' | 'ignore' | 'alter' | 'ok')[] = [];

  constructor(
    readonly nowSeconds: number,
    cookies: Cookie[] = [],
  ) {
    this.cookies = cookies.map((c) => ({ ...c }));
  }

  async set(details: SetDetails): Promise<Cookie | null> {
    this.calls.push(`set ${details.name}@${details.domain ?? details.url}${details.path}`);
    const behaviour = this.failNextSets.shift()?.(details) ?? 'ok';
    if (behaviour === 'reject')
      throw new Error(`Failed to parse or set cookie named "${details.name}".`);
    if (behaviour === 'ignore') return null;
    const url = new URL(details.url);
    const cookie: Cookie = {
      name: details.name,
      value: behaviour === 'alter' ? `${details.value}-altered` : details.value,
      domain: details.domain ? `.${details.domain}` : url.hostname,
      hostOnly: !details.domain,
      path: details.path,
      secure: details.secure,
      httpOnly: details.httpOnly,
      sameSite: details.sameSite,
      session: details.expirationDate === undefined,
      storeId: details.storeId,
    };
    if (details.expirationDate !== undefined) {
      cookie.expirationDate = Math.min(details.expirationDate, this.nowSeconds + maxExpirySeconds);
    }
    if (details.partitionKey) cookie.partitionKey = { ...details.partitionKey };
    if (details.firstPartyDomain !== undefined) cookie.firstPartyDomain = details.firstPartyDomain;
    const key = identityKey(cookie);
    this.cookies = this.cookies.filter((c) => identityKey(c) !== key);
    if (cookie.expirationDate !== undefined && cookie.expirationDate <= this.nowSeconds)
      return null;
    this.cookies.push(cookie);
    return { ...cookie };
  }

  async getAll(query: CookieQuery): Promise<Cookie[]> {
    return this.cookies
      .filter((c) => this.matches(c, query))
      .map((c) => ({ ...c, ...(c.partitionKey ? { partitionKey: { ...c.partitionKey } } : {}) }));
  }

  async remove(details: {
    url: string;
    name: string;
    storeId: string;
    partitionKey?: Cookie['partitionKey'];
  }) {
    this.calls.push(`remove ${details.name}@${details.url}`);
    const query: CookieQuery = { url: details.url, name: details.name, storeId: details.storeId };
    const doomed = new Set(this.cookies.filter((c) => this.matches(c, query)));
    // With a partition key Chrome removes that partition's match and the unpartitioned one.
    if (details.partitionKey) {
      const partitioned = { ...query, partitionKey: details.partitionKey };
      for (const c of this.cookies) if (this.matches(c, partitioned)) doomed.add(c);
    }
    this.cookies = this.cookies.filter((c) => !doomed.has(c));
  }

  private matches(cookie: Cookie, query: CookieQuery): boolean {
    if (query.storeId !== undefined && cookie.storeId !== query.storeId) return false;
    if (query.name !== undefined && cookie.name !== query.name) return false;
    if (query.domain !== undefined) {
      const host = cookieHost(cookie);
      if (host !== query.domain && !host.endsWith(`.${query.domain}`)) return false;
    }
    if (query.url !== undefined) {
      const url = new URL(query.url);
      if (!domainMatches(url.hostname, cookie) || !pathMatches(url.pathname, cookie.path))
        return false;
      if (cookie.secure && url.protocol !== 'https:') return false;
    }
    // Firefox: without firstPartyDomain only cookies of no first party; null for every one.
    if (
      query.firstPartyDomain !== null &&
      (cookie.firstPartyDomain ?? '') !== (query.firstPartyDomain ?? '')
    )
      return false;
    const partition = query.partitionKey;
    if (partition === undefined) return cookie.partitionKey === undefined;
    if (partition.topLevelSite === undefined) return true;
    return cookie.partitionKey?.topLevelSite === partition.topLevelSite;
  }
}

export function testCookie(overrides: Partial<Cookie> = {}): Cookie {
  return {
    name: 'sid',
    value: 'abc',
    domain: 'a.test',
    hostOnly: true,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...overrides,
  };
}
