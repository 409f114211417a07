import type { CookieTestServer } from './cookie-test-server';
import type { ExtensionCookies } from './extension-cookies';

const day = 24 * 3600;

// A JSON Web Token as sites store them (header.payload.signature, base64url); never a real key.
const jwt = [
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
  'eyJzdWIiOiJ1c2VyXzQyIiwibmFtZSI6IkFkYSBMb3ZlbGFjZSIsInJvbGUiOiJhZG1pbiIsImV4cCI6MTc5OTk5OTk5OX0',
  'mN3q7Vb0kXcLr2S8yqk6G0d2mYJ4kTqkq8WbZP9hV1E',
].join('.');

/**
 * A site's cookies as a real web app has them, for the accessibility checks and the README's
 * screenshots: a session id, a JWT, CSRF and consent cookies, analytics on the parent domain,
 * a path-scoped cart, a subdomain's cookie, a partitioned (CHIPS) cookie of an embedded
 * widget, and flags of every kind (Secure, HttpOnly, each SameSite, none at all). `host` is the
 * top-level site; `embedded` the third-party site of its iframe.
 */
export async function seedShowcaseCookies(
  cookies: ExtensionCookies,
  servers: CookieTestServer,
  { host, embedded }: { host: string; embedded: string },
): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const https = (h: string, path = '/') => servers.url(h, path, { https: true });
  const all: chrome.cookies.SetDetails[] = [
    {
      url: https(host),
      name: '__Host-sid',
      value: 's%3A9f8b1c2d4e6a7b3c.Xk2p9Qv1Lw8Zr4Tn6Jm0Hs5Yd3Fa7Gc1',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
    },
    {
      url: https(host),
      name: 'auth_token',
      value: jwt,
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
      expirationDate: now + 3600,
    },
    {
      url: https(host),
      name: 'csrftoken',
      value: 'h7Kq2Lm9Xv4Rt8Wz1Pc6Ny3Bd5Fg0Js',
      secure: true,
      sameSite: 'strict',
      expirationDate: now + 7 * day,
    },
    {
      url: https(host),
      name: 'cookie_consent',
      value: '{"necessary":true,"analytics":false}',
      secure: true,
      sameSite: 'no_restriction',
      expirationDate: now + 180 * day,
    },
    {
      url: https(host),
      domain: host,
      name: '_ga',
      value: 'GA1.1.1849302751.1764672000',
      expirationDate: now + 400 * day,
    },
    { url: https(host), name: 'theme', value: 'dark', expirationDate: now + 30 * day },
    { url: https(host, '/shop'), name: 'cart', value: 'sku-1042:2,sku-77:1', path: '/shop' },
    {
      url: https(`docs.${host}`),
      name: 'lang',
      value: 'en-GB',
      sameSite: 'lax',
      expirationDate: now + 14 * day,
    },
    {
      url: https(embedded),
      name: '__Host-widget_session',
      value: 'w-5c1e0a7d',
      secure: true,
      sameSite: 'no_restriction',
      partitionKey: { topLevelSite: `https://${host}` },
      expirationDate: now + day,
    },
  ];
  for (const details of all) {
    if (!(await cookies.set(details))) throw new Error(`Could not set ${details.name}`);
  }
}
