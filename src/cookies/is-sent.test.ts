import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { isSent, type NotSentReason, type RequestContext, type SentCookie } from './is-sent';
import { testCookie } from './testing/fake-cookie-store';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);
const nowSeconds = now / 1000;

/** A same-site request from the page https://www.a.test/app/ to itself. */
const topPage: RequestContext = {
  url: 'https://www.a.test/app/page',
  topLevelSite: 'https://a.test',
  crossSite: false,
  kind: 'subresource',
  now,
};
/** A request from a https://b.test iframe in the https://a.test page to its own url. */
const crossSiteFrame: RequestContext = {
  url: 'https://b.test/frame',
  topLevelSite: 'https://a.test',
  crossSite: true,
  kind: 'subresource',
  now,
};
/** A link on https://b.test followed to https://www.a.test/app/page. */
const crossSiteLink: RequestContext = {
  ...topPage,
  crossSite: true,
  kind: 'navigation',
  method: 'GET',
};

const www = (overrides: Partial<Cookie> = {}) =>
  testCookie({ domain: 'www.a.test', sameSite: 'no_restriction', secure: true, ...overrides });
const b = (overrides: Partial<Cookie> = {}) =>
  testCookie({ domain: 'b.test', sameSite: 'no_restriction', secure: true, ...overrides });

type Row = [
  rule: string,
  cookie: SentCookie,
  context: RequestContext,
  expected: true | NotSentReason,
];

const rows: Row[] = [
  ['a plain cookie of the page is sent', www(), topPage, true],
  [
    'expired: not sent',
    www({ session: false, expirationDate: nowSeconds - 1 }),
    topPage,
    'expired',
  ],
  [
    'expiring this very second: not sent',
    www({ session: false, expirationDate: nowSeconds }),
    topPage,
    'expired',
  ],
  ['expiring later: sent', www({ session: false, expirationDate: nowSeconds + 60 }), topPage, true],
  [
    'a session cookie has no expiry',
    www({ session: true, expirationDate: nowSeconds - 1 }),
    topPage,
    true,
  ],
  ['not an http url', www(), { ...topPage, url: 'ftp://www.a.test/' }, 'not-http'],
  ['another domain', www({ domain: 'c.test' }), topPage, 'domain'],
  [
    'host-only on the parent host: not sent to a subdomain',
    www({ domain: 'a.test' }),
    topPage,
    'host-only',
  ],
  [
    'domain cookie of the parent: sent to a subdomain',
    www({ domain: '.a.test', hostOnly: false }),
    topPage,
    true,
  ],
  [
    'domain cookie of a subdomain: not sent to the parent',
    www({ domain: '.sub.www.a.test', hostOnly: false }),
    topPage,
    'domain',
  ],
  ['path prefix on a segment boundary: sent', www({ path: '/app' }), topPage, true],
  ['path that is a mere string prefix: not sent', www({ path: '/ap' }), topPage, 'path'],
  ['another path: not sent', www({ path: '/other' }), topPage, 'path'],
  ['Secure on https: sent', www({ secure: true }), topPage, true],
  [
    'Secure on http: not sent',
    www({ secure: true, sameSite: 'lax' }),
    { ...topPage, url: 'http://www.a.test/app/page', topLevelSite: 'http://a.test' },
    'secure',
  ],
  [
    'Secure on http://localhost: sent (trustworthy)',
    testCookie({ domain: 'localhost', secure: true }),
    { ...topPage, url: 'http://localhost:8080/', topLevelSite: 'http://localhost' },
    true,
  ],
  ['Strict, same-site: sent', www({ sameSite: 'strict' }), topPage, true],
  ['Lax, same-site: sent', www({ sameSite: 'lax' }), topPage, true],
  ['unspecified, same-site: sent', www({ sameSite: 'unspecified' }), topPage, true],
  [
    'Strict, cross-site frame: not sent',
    b({ sameSite: 'strict' }),
    crossSiteFrame,
    'same-site-strict',
  ],
  ['Lax, cross-site frame: not sent', b({ sameSite: 'lax' }), crossSiteFrame, 'same-site-lax'],
  [
    'unspecified counts as Lax: not sent to a cross-site frame',
    b({ sameSite: 'unspecified' }),
    crossSiteFrame,
    'same-site-unspecified',
  ],
  ['None, cross-site frame: sent (third-party cookies allowed)', b(), crossSiteFrame, true],
  [
    'None, cross-site frame, third-party cookies blocked: not sent',
    b(),
    { ...crossSiteFrame, thirdPartyCookiesBlocked: true },
    'third-party',
  ],
  [
    'Strict on a cross-site top-level link: not sent',
    www({ sameSite: 'strict' }),
    crossSiteLink,
    'same-site-strict',
  ],
  ['Lax on a cross-site top-level GET: sent', www({ sameSite: 'lax' }), crossSiteLink, true],
  [
    'unspecified on a cross-site top-level GET: sent',
    www({ sameSite: 'unspecified' }),
    crossSiteLink,
    true,
  ],
  [
    'Lax on a cross-site top-level POST: not sent',
    www({ sameSite: 'lax' }),
    { ...crossSiteLink, method: 'POST' },
    'same-site-lax',
  ],
  [
    'unspecified on a cross-site top-level POST: not sent',
    www({ sameSite: 'unspecified' }),
    { ...crossSiteLink, method: 'post' },
    'same-site-unspecified',
  ],
  [
    'Lax-allowing-unsafe: no SameSite, 1 minute old, cross-site top-level POST: sent',
    { ...www({ sameSite: 'unspecified' }), creationDate: nowSeconds - 60 },
    { ...crossSiteLink, method: 'POST' },
    true,
  ],
  [
    'Lax-allowing-unsafe ends after 2 minutes',
    { ...www({ sameSite: 'unspecified' }), creationDate: nowSeconds - 120 },
    { ...crossSiteLink, method: 'POST' },
    'same-site-unspecified',
  ],
  [
    'Lax-allowing-unsafe is not for explicit Lax',
    { ...www({ sameSite: 'lax' }), creationDate: nowSeconds - 1 },
    { ...crossSiteLink, method: 'POST' },
    'same-site-lax',
  ],
  [
    'Lax-allowing-unsafe is not for a cross-site frame',
    { ...b({ sameSite: 'unspecified' }), creationDate: nowSeconds - 1 },
    crossSiteFrame,
    'same-site-unspecified',
  ],
  [
    'a top-level navigation is first-party: blocking third-party cookies does not apply',
    www(),
    { ...crossSiteLink, thirdPartyCookiesBlocked: true },
    true,
  ],
  [
    'partitioned for this top-level site: sent at top level',
    www({ partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false } }),
    topPage,
    true,
  ],
  [
    'partitioned for another top-level site: not sent',
    www({ partitionKey: { topLevelSite: 'https://c.test', hasCrossSiteAncestor: false } }),
    topPage,
    'other-partition',
  ],
  [
    'partitioned for the http site: not sent on the https site',
    www({ partitionKey: { topLevelSite: 'http://a.test', hasCrossSiteAncestor: false } }),
    topPage,
    'other-partition',
  ],
  [
    'partitioned with a cross-site ancestor: not sent at top level',
    www({ partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true } }),
    topPage,
    'other-partition',
  ],
  [
    'partitioned for this top-level site in a cross-site frame: sent',
    b({ partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true } }),
    crossSiteFrame,
    true,
  ],
  [
    'partitioned, frame of another top-level site: not sent',
    b({ partitionKey: { topLevelSite: 'https://c.test', hasCrossSiteAncestor: true } }),
    crossSiteFrame,
    'other-partition',
  ],
  [
    'partitioned without the cross-site ancestor bit, in a cross-site frame: not sent',
    b({ partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: false } }),
    crossSiteFrame,
    'other-partition',
  ],
  [
    'partitioned, no ancestor bit known (older Chrome): the site decides',
    b({ partitionKey: { topLevelSite: 'https://a.test' } }),
    crossSiteFrame,
    true,
  ],
  [
    'partitioned cookies survive third-party blocking',
    b({ partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true } }),
    { ...crossSiteFrame, thirdPartyCookiesBlocked: true },
    true,
  ],
  [
    'partition key compared without case or trailing slash',
    www({ partitionKey: { topLevelSite: 'HTTPS://A.test/', hasCrossSiteAncestor: false } }),
    topPage,
    true,
  ],
];

describe('isSent', () => {
  it.each(rows)('%s', (_rule, cookie, context, expected) => {
    expect(isSent(cookie, context)).toEqual(
      expected === true ? { sent: true } : { sent: false, reason: expected },
    );
  });

  it('an unparseable url is never sent to', () => {
    expect(isSent(www(), { ...topPage, url: 'not a url' })).toEqual({
      sent: false,
      reason: 'not-http',
    });
  });
});
