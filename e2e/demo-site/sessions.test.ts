import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionStoreKinds } from './demo-options';
import {
  attributeById,
  CookieJar,
  type DemoResponse,
  findSetCookie,
  flowSetCookies,
  request,
  type SetCookie,
  startTestSite,
  type TestSite,
  textById,
} from './demo-test-client';
import { djangoDeletedCookie } from './django-cookie-headers';

const twoWeeksMs = 14 * 24 * 60 * 60 * 1000;

describe.each(sessionStoreKinds)('sessions with the %s store', (kind) => {
  const serverSide = kind !== 'cookie';
  const cookieName = serverSide ? 'sessionid' : 'sessiondata';
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: kind });
  });
  afterAll(() => site.dispose());

  /** One request with the jar's cookies; the jar then takes the response's Set-Cookie. */
  const call = async (
    jar: CookieJar,
    path: string,
    form?: Record<string, string>,
    base = site.httpUrl,
  ): Promise<DemoResponse> => {
    const response = await request(`${base}sessions/${path}`, {
      cookies: jar.header(),
      form,
      csrf: form !== undefined,
    });
    jar.update(response);
    return response;
  };
  const sessionId = (response: DemoResponse) => textById(response.body, 'session-id') ?? '';
  const items = (response: DemoResponse) =>
    [
      ...response.body.matchAll(
        /<tr data-key="([^"]*)"><td><code>[^<]*<\/code><\/td><td><code>([^<]*)<\/code>/g,
      ),
    ].map((match) => [match[1], match[2]]);
  const sessionCookie = (response: DemoResponse): SetCookie => findSetCookie(response, cookieName);
  /** The session cookie deleted: Django's exact header, or cookie-session's (both cookies). */
  const expectDeleted = (response: DemoResponse) => {
    if (serverSide) {
      expect(sessionCookie(response).raw).toBe(djangoDeletedCookie(cookieName, 'Lax'));
      return;
    }
    for (const name of [cookieName, `${cookieName}.sig`]) {
      expect(findSetCookie(response, name).attributes.get('expires')).toBe(
        'Thu, 01 Jan 1970 00:00:00 GMT',
      );
    }
  };
  /** A jar holding a session with color=blue. */
  const startSession = async () => {
    const jar = new CookieJar();
    await call(jar, 'set', { key: 'color', value: 'blue' });
    return jar;
  };

  it('gives a new visitor an id but no cookie until something is stored', async () => {
    const response = await call(new CookieJar(), '');
    expect(response.status).toBe(200);
    expect(flowSetCookies(response)).toEqual([]);
    expect(sessionId(response)).toMatch(/^[\w-]{20,}$/);
    expect(textById(response.body, 'session-backend')).toBe(kind);
    expect(textById(response.body, 'session-state')).toBe('(new with this request)');
    expect(textById(response.body, 'cookie-kind')).toBe('persistent cookie');
    expect(textById(response.body, 'session-items')).toContain('The session is empty.');
  });

  it('stores a value and sends the session cookie with exact attributes', async () => {
    const jar = new CookieJar();
    const before = Date.now();
    const response = await call(jar, 'set', { key: 'color', value: 'blue' });
    expect(response.status).toBe(200);
    const cookie = sessionCookie(response);
    expect(cookie.attributes.get('path')).toBe('/');
    expect(cookie.attributes.get('httponly')).toBe(true);
    expect(String(cookie.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect(cookie.attributes.has('secure')).toBe(false);
    expect(cookie.attributes.has('max-age')).toBe(false);
    const expires = Date.parse(String(cookie.attributes.get('expires')));
    expect(expires).toBeGreaterThan(before + twoWeeksMs - 2000);
    expect(expires).toBeLessThan(Date.now() + twoWeeksMs + 2000);
    expect(items(response)).toEqual([['color', 'blue']]);
    expect(textById(response.body, 'server-actions')).toContain(
      'Stored color = blue in the session',
    );
    if (serverSide) {
      // Only the signed id travels: s:<id>.<signature>, and the id is the one the page shows.
      const raw = decodeURIComponent(cookie.value);
      expect(raw).toMatch(/^s:[\w-]+\.[A-Za-z0-9+/]{43}$/);
      expect(raw.slice(2, raw.indexOf('.'))).toBe(sessionId(response));
      expect(raw).not.toContain('blue');
      expect(flowSetCookies(response)).toHaveLength(1);
    } else {
      // The data itself travels, base64 JSON, signed in a second cookie.
      const content = JSON.parse(Buffer.from(cookie.value, 'base64').toString('utf8'));
      expect(content).toMatchObject({ sid: sessionId(response), data: { color: 'blue' } });
      const signature = findSetCookie(response, `${cookieName}.sig`);
      expect(signature.attributes.get('httponly')).toBe(true);
      expect(signature.attributes.has('expires')).toBe(true);
    }
    const again = await call(jar, '');
    expect(sessionId(again)).toBe(sessionId(response));
    expect(textById(again.body, 'session-state')).toBe('(existing)');
    expect(items(again)).toEqual([['color', 'blue']]);
  });

  it('gets a value, lists keys and items', async () => {
    const jar = await startSession();
    await call(jar, 'set', { key: 'size', value: 'L' });
    const got = await call(jar, 'get?key=color');
    expect(textById(got.body, 'session-value')).toBe('blue');
    expect(attributeById(got.body, 'session-value', 'data-found')).toBe('yes');
    const missing = await call(jar, 'get?key=nothing');
    expect(attributeById(missing.body, 'session-value', 'data-found')).toBe('no');
    const keys = await call(jar, 'keys');
    const keyList = /<ul id="session-keys">(.*?)<\/ul>/s.exec(keys.body)?.[1] ?? '';
    expect([...keyList.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => match[1])).toEqual([
      'color',
      'size',
    ]);
    const listed = await call(jar, 'items');
    expect(items(listed)).toEqual([
      ['color', 'blue'],
      ['size', 'L'],
    ]);
    expect(textById(listed.body, 'session-result')).toContain('2 item(s)');
  });

  it('setdefault returns the existing value or stores the default', async () => {
    const jar = await startSession();
    const existing = await call(jar, 'setdefault', { key: 'color', value: 'red' });
    expect(textById(existing.body, 'session-value')).toBe('blue');
    expect(attributeById(existing.body, 'session-value', 'data-existed')).toBe('yes');
    const added = await call(jar, 'setdefault', { key: 'shape', value: 'round' });
    expect(textById(added.body, 'session-value')).toBe('round');
    expect(attributeById(added.body, 'session-value', 'data-existed')).toBe('no');
    expect(items(await call(jar, 'items'))).toEqual([
      ['color', 'blue'],
      ['shape', 'round'],
    ]);
  });

  it('deletes a key, and says so when there is none', async () => {
    const jar = await startSession();
    const deleted = await call(jar, 'delete', { key: 'color' });
    expect(textById(deleted.body, 'session-result')).toBe('Deleted color.');
    expect(items(deleted)).toEqual([]);
    // That was the only key: the session is empty, so its cookie goes too.
    expectDeleted(deleted);
    const again = await call(jar, 'delete', { key: 'color' });
    expect(textById(again.body, 'session-result')).toContain('No key color: nothing deleted');
  });

  it('clears every key; the session is then empty, so its cookie is deleted', async () => {
    const jar = await startSession();
    await call(jar, 'set', { key: 'b', value: '2' });
    const cleared = await call(jar, 'clear', {});
    expect(items(cleared)).toEqual([]);
    expectDeleted(cleared);
    expect(jar.cookies.has(cookieName)).toBe(false);
    expect(textById(cleared.body, 'session-id')).toBe('none');
    const after = await call(jar, '');
    expect(textById(after.body, 'session-state')).toBe('(new with this request)');
    expect(flowSetCookies(after).filter((cookie) => cookie.name.startsWith(cookieName))).toEqual(
      [],
    );
  });

  it('flushes: data and cookie gone, the old id worthless, a new id with the next data', async () => {
    const jar = await startSession();
    const oldJar = jar.copy();
    const oldId = sessionId(await call(jar, ''));
    const flushed = await call(jar, 'flush', {});
    expect(textById(flushed.body, 'old-session-id')).toBe(oldId);
    expect(items(flushed)).toEqual([]);
    // No new data: Django expires the session cookie rather than sending a new id.
    expectDeleted(flushed);
    expect(jar.cookies.has(cookieName)).toBe(false);
    const stored = await call(jar, 'set', { key: 'size', value: 'L' });
    expect(sessionId(stored)).not.toBe(oldId);
    expect(items(stored)).toEqual([['size', 'L']]);
    expect(sessionCookie(stored).value).not.toBe(oldJar.cookies.get(cookieName));

    const replay = await call(oldJar, '');
    if (serverSide) {
      // The old id is gone from the store: reported, and the worthless cookie deleted.
      expect(textById(replay.body, 'session-problems')).toContain('Unknown session id');
      expect(items(replay)).toEqual([]);
      expectDeleted(replay);
    } else {
      // Nothing on the server remembers the flush: a saved copy of the old cookie still works.
      expect(textById(replay.body, 'session-problems')).toBeUndefined();
      expect(items(replay)).toEqual([['color', 'blue']]);
      expect(textById(replay.body, 'advice')).toContain('cannot be revoked');
    }
  });

  const garbage = serverSide
    ? [
        ['sessionid=garbage', 'not a signed id'],
        ['sessionid=s%3Afake.signature', 'signature does not match'],
        // Undecodable percent-escapes: cookie-parser leaves the value as it is, not s:-prefixed.
        ['sessionid=s%3A%00%FF.%E0', 'not a signed id'],
        ['sessionid=s%3A%C3%A9.x', 'signature does not match'],
        ['sessionid=j%3A%7B%22a%22%3A1%7D', 'not a signed id'],
      ]
    : [
        ['sessiondata=garbage; sessiondata.sig=bad', 'was refused'],
        ['sessiondata=eyJzaWQiOiJ4In0=', 'was refused'],
        ['sessiondata.sig=lonely', 'was refused'],
      ];

  it.each(garbage)(
    'reports the garbage session cookie %s and deletes it when the request stores nothing',
    async (cookies, message) => {
      const response = await request(`${site.httpUrl}sessions/`, { cookies });
      expect(response.status).toBe(200);
      expect(textById(response.body, 'session-problems')).toContain(message);
      expect(textById(response.body, 'server-actions')).toContain('Deleted the session cookie');
      expect(items(response)).toEqual([]);
      expectDeleted(response);
      // A request that stores data instead gets a new session under a new id.
      const stored = await request(`${site.httpUrl}sessions/set`, {
        cookies,
        csrf: true,
        form: { key: 'a', value: '1' },
      });
      expect(textById(stored.body, 'session-problems')).toContain(message);
      const fresh = sessionCookie(stored);
      expect(fresh.value).not.toBe('');
      expect(fresh.attributes.has('expires')).toBe(true);
      const jar = new CookieJar();
      jar.update(stored);
      const next = await call(jar, '');
      expect(textById(next.body, 'session-problems')).toBeUndefined();
      expect(items(next)).toEqual([['a', '1']]);
    },
  );

  it('refuses session data altered under a kept signature', async () => {
    const jar = await startSession();
    const value = jar.cookies.get(cookieName) ?? '';
    if (serverSide) {
      const raw = decodeURIComponent(value);
      const signature = raw.slice(raw.indexOf('.'));
      jar.cookies.set(cookieName, encodeURIComponent(`s:someoneelse${signature}`));
    } else {
      const content = JSON.parse(Buffer.from(value, 'base64').toString('utf8'));
      content.data.admin = 'yes';
      jar.cookies.set(cookieName, Buffer.from(JSON.stringify(content)).toString('base64'));
    }
    const response = await call(jar, '');
    expect(textById(response.body, 'session-problems')).toBeDefined();
    expect(items(response)).toEqual([]);
  });

  it.each([
    ['set', { key: '', value: 'x' }, 'is not 1 to 64'],
    ['set', { key: 'a b', value: 'x' }, 'is not 1 to 64'],
    ['set', { key: '__proto__', value: 'x' }, 'is not 1 to 64'],
    ['set', { key: 'k'.repeat(65), value: 'x' }, 'is not 1 to 64'],
    ['set', { key: 'ok', value: 'v'.repeat(1001) }, 'at most 1000'],
    ['setdefault', { key: '<b>', value: 'x' }, 'is not 1 to 64'],
    ['delete', { key: 'x;y' }, 'is not 1 to 64'],
    ['get?key=%3Cb%3E', undefined, 'is not 1 to 64'],
  ] as const)(
    'refuses bad input %# to %s and leaves the session as it was',
    async (path, form, message) => {
      const jar = await startSession();
      const response = await call(jar, path, form);
      expect(response.status).toBe(400);
      expect(textById(response.body, 'form-error')).toContain(message);
      expect(response.body).not.toContain('<b>');
      expect(items(await call(jar, 'items'))).toEqual([['color', 'blue']]);
    },
  );

  it('shows hostile values as text', async () => {
    const jar = new CookieJar();
    const response = await call(jar, 'set', { key: 'x', value: '<script>alert(1)</script>' });
    expect(response.body).not.toContain('<script>alert');
    expect(textById(response.body, 'session-items')).toContain('<script>alert(1)</script>');
  });

  it('serves the same session over https, with the same (non-Secure) cookie', async () => {
    const jar = await startSession();
    const secure = await call(jar, '', undefined, site.httpsUrl);
    expect(textById(secure.body, 'request-scheme')).toBe('https');
    expect(items(secure)).toEqual([['color', 'blue']]);
    const fresh = new CookieJar();
    const created = await call(fresh, 'set', { key: 'a', value: '1' }, site.httpsUrl);
    expect(sessionCookie(created).attributes.has('secure')).toBe(false);
  });

  it(
    serverSide && kind !== 'memory'
      ? 'keeps sessions across a restart'
      : kind === 'memory'
        ? 'forgets sessions on a restart'
        : 'keeps cookie sessions across a restart (the secret is kept)',
    async () => {
      const jar = await startSession();
      const dataDir = site.dataDir;
      await site.close();
      site = await startTestSite({ sessionStore: kind }, dataDir);
      const response = await call(jar, '');
      if (kind === 'memory') {
        expect(textById(response.body, 'session-problems')).toContain('Unknown session id');
        expect(items(response)).toEqual([]);
      } else {
        expect(textById(response.body, 'session-problems')).toBeUndefined();
        expect(items(response)).toEqual([['color', 'blue']]);
      }
    },
  );
});

describe.each(sessionStoreKinds)('session cookie settings with the %s store', (kind) => {
  const cookieName = kind === 'cookie' ? 'sessiondata' : 'sessionid';

  it('gives a session cookie (no Expires, no Max-Age) when the session expires at browser close', async () => {
    const site = await startTestSite({ sessionStore: kind, sessionExpireAtBrowserClose: true });
    try {
      const response = await request(`${site.httpUrl}sessions/set`, {
        csrf: true,
        form: { key: 'a', value: '1' },
      });
      const cookie = findSetCookie(response, cookieName);
      expect(cookie.attributes.has('expires')).toBe(false);
      expect(cookie.attributes.has('max-age')).toBe(false);
      expect(cookie.attributes.get('httponly')).toBe(true);
      expect(textById(response.body, 'cookie-kind')).toBe('session cookie');
      const jar = new CookieJar();
      jar.update(response);
      const back = await request(`${site.httpUrl}sessions/items`, { cookies: jar.header() });
      expect(back.body).toContain('<tr data-key="a"><td><code>a</code></td><td><code>1</code>');
    } finally {
      await site.dispose();
    }
  });

  it('gives a persistent cookie of the configured age', async () => {
    const site = await startTestSite({ sessionStore: kind, sessionCookieAgeSeconds: 60 });
    try {
      const response = await request(`${site.httpUrl}sessions/set`, {
        csrf: true,
        form: { key: 'a', value: '1' },
      });
      const expires = Date.parse(
        String(findSetCookie(response, cookieName).attributes.get('expires')),
      );
      expect(Math.abs(expires - (Date.now() + 60_000))).toBeLessThan(2000);
      expect(textById(response.body, 'cookie-kind')).toBe('persistent cookie');
      expect(textById(response.body, 'cookie-kind')).toBeDefined();
      expect(response.body).toContain('60 s (1 minute)');
    } finally {
      await site.dispose();
    }
  });
});
