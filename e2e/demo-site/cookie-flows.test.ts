/**
 * The classic cookie flows, one describe each: visit counter, short login, test cookie, signed
 * cookies, limits. One file rather than five keeps the suite fast: each test file costs a worker,
 * a module graph and a TLS key.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attributeById,
  CookieJar,
  type DemoResponse,
  findSetCookie,
  flowSetCookies,
  request,
  type SetCookie,
  startTestSite,
  TestClock,
  type TestSite,
  textById,
} from './demo-test-client';
import { djangoDeletedCookie } from './django-cookie-headers';
import { base62, signCookieValue } from './django-signer';

/** Django's `response.set_cookie(name, value)` defaults: Path=/ only; no HttpOnly, no SameSite, no expiry. */
function expectFrameworkDefaults(cookie: SetCookie): void {
  expect(cookie.attributes.get('path')).toBe('/');
  for (const attribute of ['httponly', 'samesite', 'secure', 'max-age', 'expires', 'domain']) {
    expect(cookie.attributes.has(attribute), `${cookie.raw} has ${attribute}`).toBe(false);
  }
}

describe('visit counter', () => {
  let site: TestSite;
  const clock = new TestClock();
  beforeAll(async () => {
    site = await startTestSite({
      now: clock.now,
      visitIntervalSeconds: 60,
      sessionStore: 'memory',
    });
  });
  afterAll(() => site.dispose());

  const visit = (cookies: Record<string, string> = {}) =>
    request(`${site.httpUrl}visits/`, { cookies });
  /** The cookies a browser would send next: these plus the response's Set-Cookie. */
  const jarAfter = (response: DemoResponse, jar: Record<string, string> = {}) => {
    const next = { ...jar };
    for (const cookie of flowSetCookies(response))
      next[cookie.name] = decodeURIComponent(cookie.value);
    return next;
  };

  it('counts the first visit and sets only last_visit, as a session cookie', async () => {
    const response = await visit();
    expect(textById(response.body, 'visits-count')).toBe('1');
    expect(textById(response.body, 'visit-status')).toBe('First visit: welcome!');
    expect(flowSetCookies(response).map((cookie) => cookie.name)).toEqual(['last_visit']);
    const lastVisit = findSetCookie(response, 'last_visit');
    expect(decodeURIComponent(lastVisit.value)).toBe(new Date(clock.time).toISOString());
    expectFrameworkDefaults(lastVisit);
    expect(textById(response.body, 'server-actions')).toContain(
      'as a session cookie (no Max-Age or Expires, Path /, host-only, no SameSite)',
    );
  });

  it('counts at most once per interval, then again after it', async () => {
    let jar = jarAfter(await visit());
    expect(jar.visits).toBeUndefined();
    clock.advance(30);
    const early = await visit(jar);
    expect(textById(early.body, 'visits-count')).toBe('1');
    expect(flowSetCookies(early)).toEqual([]);
    expect(textById(early.body, 'server-actions')).toContain(
      'Set no cookie: the last counted visit was 30 s ago',
    );
    clock.advance(30);
    const later = await visit(jar);
    expect(textById(later.body, 'visits-count')).toBe('2');
    expectFrameworkDefaults(findSetCookie(later, 'visits'));
    jar = jarAfter(later, jar);
    expect(jar.visits).toBe('2');
    expect(jar.last_visit).toBe(new Date(clock.time).toISOString());
    clock.advance(3600);
    const third = await visit(jar);
    expect(textById(third.body, 'visits-count')).toBe('3');
  });

  it('reports the count on the about page without counting', async () => {
    const jar = { visits: '7', last_visit: new Date(clock.time - 3_600_000).toISOString() };
    const about = await request(`${site.httpUrl}visits/about`, { cookies: jar });
    expect(textById(about.body, 'visits-count')).toBe('7');
    expect(textById(about.body, 'last-visit')).toBe(jar.last_visit);
    expect(flowSetCookies(about)).toEqual([]);
    const none = await request(`${site.httpUrl}visits/about`);
    expect(textById(none.body, 'visits-count')).toBe('0');
  });

  it('keeps the count when only last_visit is missing, starting the interval now', async () => {
    const response = await visit({ visits: '5' });
    expect(textById(response.body, 'visits-count')).toBe('5');
    expect(flowSetCookies(response).map((cookie) => cookie.name)).toEqual(['last_visit']);
  });

  it.each([
    [{ visits: 'abc', last_visit: '' }, 'visits cookie "abc" is not a positive whole number'],
    [{ visits: '-3' }, 'not a positive whole number'],
    [{ visits: '0' }, 'not a positive whole number'],
    [{ visits: '1e3' }, 'not a positive whole number'],
    [{ visits: 'j:{"n":5}' }, 'visits cookie (not plain text)'],
    [{ visits: '2', last_visit: 'yesterday' }, 'last_visit cookie is malformed'],
    [{ visits: '2', last_visit: '2030-02-30T00:00:00.000Z' }, 'last_visit cookie is malformed'],
    [{ visits: '2', last_visit: '2099-01-01T00:00:00.000Z' }, 'is in the future'],
  ])('starts afresh on a malformed cookie %o', async (cookies, message) => {
    const jar = { last_visit: new Date(clock.time - 1000).toISOString(), ...cookies };
    const response = await visit(jar);
    expect(response.status).toBe(200);
    expect(textById(response.body, 'cookie-problems')).toContain(message);
    expect(textById(response.body, 'visits-count')).toBe('1');
    // A fresh start: the bad count is deleted, and the next counted visit sets it again.
    expect(findSetCookie(response, 'visits').attributes.get('expires')).toBe(
      'Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect(decodeURIComponent(findSetCookie(response, 'last_visit').value)).toBe(
      new Date(clock.time).toISOString(),
    );
    const about = await request(`${site.httpUrl}visits/about`, { cookies: jar });
    expect(textById(about.body, 'cookie-problems')).toContain(message);
    expect(textById(about.body, 'visits-count')).toBe('0');
    expect(findSetCookie(about, 'visits').attributes.get('expires')).toBe(
      'Thu, 01 Jan 1970 00:00:00 GMT',
    );
  });

  it('resets the counter by deleting both cookies', async () => {
    const response = await request(`${site.httpUrl}visits/reset`, {
      method: 'POST',
      csrf: true,
      cookies: { visits: '4' },
    });
    for (const name of ['visits', 'last_visit']) {
      const cookie = findSetCookie(response, name);
      expect(cookie.value).toBe('');
      expect(cookie.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    }
  });
});

describe('visit counter default interval', () => {
  it('waits a day by default', async () => {
    const clock = new TestClock();
    const site = await startTestSite({ now: clock.now, sessionStore: 'memory' });
    try {
      const first = await request(`${site.httpUrl}visits/`);
      const jar = {
        visits: '1',
        last_visit: decodeURIComponent(findSetCookie(first, 'last_visit').value),
      };
      clock.advance(86399);
      expect(
        textById((await request(`${site.httpUrl}visits/`, { cookies: jar })).body, 'visits-count'),
      ).toBe('1');
      clock.advance(1);
      expect(
        textById((await request(`${site.httpUrl}visits/`, { cookies: jar })).body, 'visits-count'),
      ).toBe('2');
    } finally {
      await site.dispose();
    }
  });
});

describe('short login', () => {
  let site: TestSite;
  const clock = new TestClock();
  beforeAll(async () => {
    site = await startTestSite({ now: clock.now, sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  const connection = (cookies: Record<string, string>) =>
    request(`${site.httpUrl}login/`, { cookies });

  it('shows the login form when not logged in', async () => {
    const response = await connection({});
    expect(textById(response.body, 'login-status')).toBe('Not logged in.');
    expect(response.body).toContain('id="login-form"');
    expect(flowSetCookies(response)).toEqual([]);
  });

  it('logs in with session cookies, stays logged in for 10 s by default, then asks again', async () => {
    const login = await request(`${site.httpUrl}login/`, {
      csrf: true,
      form: { username: 'alice' },
    });
    expect(textById(login.body, 'login-status')).toBe('Logged in as alice');
    const username = findSetCookie(login, 'username');
    const lastConnection = findSetCookie(login, 'last_connection');
    for (const cookie of [username, lastConnection]) expectFrameworkDefaults(cookie);
    expect(username.value).toBe('alice');
    const jar = { username: 'alice', last_connection: decodeURIComponent(lastConnection.value) };
    expect(jar.last_connection).toBe(new Date(clock.time).toISOString());
    expect(textById(login.body, 'server-actions')).toContain('as a session cookie');

    clock.advance(4);
    const during = await connection(jar);
    expect(textById(during.body, 'login-status')).toBe('Logged in as alice');
    expect(textById(during.body, 'login-remaining')).toBe('6');
    expect(flowSetCookies(during)).toEqual([]);

    clock.advance(6);
    const after = await connection(jar);
    expect(textById(after.body, 'login-status')).toContain(
      'Not logged in: the login of alice is 10 s old',
    );
    expect(after.body).toContain('id="login-form"');
  });

  it('escapes a hostile user name', async () => {
    const login = await request(`${site.httpUrl}login/`, {
      csrf: true,
      form: { username: '<img src=x onerror=alert(1)>' },
    });
    expect(login.body).not.toContain('<img src=x');
    expect(textById(login.body, 'login-username')).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    [{ username: '' }, 'A user name is 1 to 64 characters'],
    [{ username: 'x'.repeat(65) }, 'A user name is 1 to 64 characters'],
    [{ username: 'a\u0001b' }, 'without control characters'],
    [{}, 'A user name is 1 to 64 characters'],
  ])('refuses the user name %o', async (form, message) => {
    const response = await request(`${site.httpUrl}login/`, { csrf: true, form });
    expect(response.status).toBe(400);
    expect(flowSetCookies(response)).toEqual([]);
    expect(textById(response.body, 'form-error')).toContain(message);
  });

  it.each([
    [{ username: 'bob', last_connection: 'not a date' }, 'last_connection cookie is malformed'],
    [
      { username: 'bob', last_connection: '2030-13-01T00:00:00.000Z' },
      'last_connection cookie is malformed',
    ],
    [{ username: 'bob', last_connection: '2099-01-01T00:00:00.000Z' }, 'in the future'],
    [{ username: 'bob' }, 'Only one of username and last_connection arrived'],
    [
      { last_connection: '2030-06-01T12:00:00.000Z' },
      'Only one of username and last_connection arrived',
    ],
  ])('starts afresh on malformed login cookies %o', async (cookies, message) => {
    const response = await connection(cookies);
    expect(response.status).toBe(200);
    expect(textById(response.body, 'cookie-problems')).toContain(message);
    expect(textById(response.body, 'login-status')).toBe('Not logged in.');
    for (const name of ['username', 'last_connection']) {
      expect(findSetCookie(response, name).attributes.get('expires')).toBe(
        'Thu, 01 Jan 1970 00:00:00 GMT',
      );
    }
  });

  it('logs out by deleting both cookies', async () => {
    const response = await request(`${site.httpUrl}login/logout`, {
      method: 'POST',
      csrf: true,
      cookies: { username: 'alice', last_connection: new Date(clock.time).toISOString() },
    });
    expect(textById(response.body, 'login-status')).toBe('Not logged in.');
    for (const name of ['username', 'last_connection']) {
      const cookie = findSetCookie(response, name);
      expect(cookie.value).toBe('');
      expect(cookie.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    }
  });
});

describe('short login window option', () => {
  it('follows loginSeconds', async () => {
    const clock = new TestClock();
    const site = await startTestSite({ now: clock.now, loginSeconds: 2, sessionStore: 'memory' });
    try {
      const jar = { username: 'carol', last_connection: new Date(clock.time).toISOString() };
      clock.advance(1);
      const during = await request(`${site.httpUrl}login/`, { cookies: jar });
      expect(textById(during.body, 'login-status')).toBe('Logged in as carol');
      clock.advance(1);
      const after = await request(`${site.httpUrl}login/`, { cookies: jar });
      expect(textById(after.body, 'login-status')).toContain('Not logged in');
    } finally {
      await site.dispose();
    }
  });
});

describe.each([
  ['memory', 'sessionid'],
  ['cookie', 'sessiondata'],
] as const)('test cookie with the %s session store', (store, sessionCookieName) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: store });
  });
  afterAll(() => site.dispose());

  const call = async (jar: CookieJar, path: string) => {
    const response = await request(`${site.httpUrl}${path}`, { cookies: jar.header() });
    jar.update(response);
    return response;
  };
  const names = (response: DemoResponse) => flowSetCookies(response).map((cookie) => cookie.name);
  const sessionCookies = store === 'cookie' ? ['sessiondata', 'sessiondata.sig'] : ['sessionid'];

  it('stores the test value in the session: the session cookie is the only cookie', async () => {
    const response = await call(new CookieJar(), 'test-cookie/');
    expect(names(response)).toEqual(sessionCookies);
    expect(textById(response.body, 'server-actions')).toContain(
      'Stored testcookie = worked in the session',
    );
    expect(response.body).toContain('href="/test-cookie/check"');
  });

  it('reports cookies enabled when the session comes back, then deletes the emptied session cookie', async () => {
    const jar = new CookieJar();
    await call(jar, 'test-cookie/');
    const check = await call(jar, 'test-cookie/check');
    expect(textById(check.body, 'test-cookie-status')).toContain('Cookies are enabled');
    expect(attributeById(check.body, 'test-cookie-status', 'data-enabled')).toBe('yes');
    const deleted = findSetCookie(check, sessionCookieName);
    if (store === 'cookie') {
      expect(deleted.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    } else {
      expect(deleted.raw).toBe(djangoDeletedCookie('sessionid', 'Lax'));
    }
    expect(jar.cookies.size).toBe(0);
    // Answered once: the test value is gone, so a second check finds nothing.
    const again = await call(jar, 'test-cookie/check');
    expect(attributeById(again.body, 'test-cookie-status', 'data-enabled')).toBe('no');
  });

  it('keeps the session cookie when the session holds other data', async () => {
    const jar = new CookieJar();
    await call(jar, 'test-cookie/');
    const withCart = await request(`${site.httpUrl}sessions/set`, {
      csrf: true,
      cookies: jar.header(),
      form: { key: 'cart', value: 'apples' },
    });
    jar.update(withCart);
    const check = await call(jar, 'test-cookie/check');
    expect(attributeById(check.body, 'test-cookie-status', 'data-enabled')).toBe('yes');
    expect(jar.cookies.has(sessionCookieName)).toBe(true);
    const items = await call(jar, 'sessions/items');
    expect(items.body).toContain('data-key="cart"');
    expect(items.body).not.toContain('data-key="testcookie"');
  });

  it('reports cookies disabled when nothing comes back, and sets nothing', async () => {
    const response = await call(new CookieJar(), 'test-cookie/check');
    expect(textById(response.body, 'test-cookie-status')).toContain('Cookies are disabled');
    expect(attributeById(response.body, 'test-cookie-status', 'data-enabled')).toBe('no');
    expect(flowSetCookies(response)).toEqual([]);
  });

  it('deletes a garbage session cookie on the check, which stores nothing', async () => {
    const jar = new CookieJar();
    jar.cookies.set(sessionCookieName, '<b>x</b>');
    const response = await call(jar, 'test-cookie/check');
    expect(attributeById(response.body, 'test-cookie-status', 'data-enabled')).toBe('no');
    expect(response.body).not.toContain('<b>x</b>');
    expect(names(response)).toContain(sessionCookieName);
    expect(jar.cookies.size).toBe(0);
  });
});

describe('signed cookies, Django style', () => {
  let site: TestSite;
  let secret: string;
  const clock = new TestClock();
  beforeAll(async () => {
    site = await startTestSite({ now: clock.now, sessionStore: 'memory' });
    secret = (await readFile(path.join(site.dataDir, 'cookie-secret'), 'utf8')).trim();
  });
  afterAll(() => site.dispose());

  const check = async (cookie?: string) => {
    const response = await request(
      `${site.httpUrl}signed/django/`,
      cookie === undefined ? {} : { cookies: cookie },
    );
    return {
      response,
      status: attributeById(response.body, 'django-signed-status', 'data-status'),
      text: textById(response.body, 'django-signed-status') ?? '',
    };
  };
  const setMessage = async (value: string) => {
    const response = await request(`${site.httpUrl}signed/django/set`, {
      csrf: true,
      form: { value },
    });
    return { response, cookie: findSetCookie(response, 'signed_greeting') };
  };

  it('has no signed cookie at first: get_signed_cookie returns None', async () => {
    const { status, text } = await check();
    expect(status).toBe('absent');
    expect(text).toContain('returns None');
  });

  it('sets value:timestamp:signature, exactly as Django signs it, with set_cookie defaults', async () => {
    const { response, cookie } = await setMessage('hello');
    const seconds = Math.floor(clock.time / 1000);
    expect(cookie.value).toBe(signCookieValue('signed_greeting', 'hello', secret, seconds));
    expect(cookie.value).toMatch(new RegExp(`^hello:${base62(seconds)}:[\\w-]{43}$`));
    expect(cookie.raw).toBe(`signed_greeting=${cookie.value}; Path=/`);
    expect(textById(response.body, 'sent-set-cookies')).toContain(cookie.raw);
    const back = await check(`signed_greeting=${cookie.value}`);
    expect(back.status).toBe('verified');
    expect(back.text).toContain('returns hello');
    expect(flowSetCookies(back.response)).toEqual([]);
  });

  it('quotes a value with spaces as Python does, and reads it back', async () => {
    const { cookie } = await setMessage('hi there; "you"');
    expect(cookie.raw).toMatch(
      /^signed_greeting="hi there\\073 \\"you\\":\w+:[\w-]{43}"; Path=\/$/,
    );
    const back = await check(cookie.raw.split('; Path')[0]);
    expect(back.status).toBe('verified');
    expect(back.text).toContain('returns hi there; "you"');
  });

  it('reads within max_age and returns None after it, leaving the cookie alone', async () => {
    const { cookie } = await setMessage('brief');
    clock.advance(60);
    expect((await check(`signed_greeting=${cookie.value}`)).status).toBe('verified');
    clock.advance(1);
    const late = await check(`signed_greeting=${cookie.value}`);
    expect(late.status).toBe('expired');
    expect(late.text).toContain('SignatureExpired: signed 61 s ago');
    expect(flowSetCookies(late.response)).toEqual([]);
  });

  it('returns None for a tampered value and, as Django, does not delete the cookie', async () => {
    const { cookie } = await setMessage('hello');
    for (const tampered of [cookie.value.replace('hello', 'jello'), 'hello', '<b>x</b>']) {
      const result = await check(`signed_greeting=${tampered}`);
      expect(result.status).toBe('tampered');
      expect(result.text).toContain('BadSignature');
      expect(flowSetCookies(result.response)).toEqual([]);
      expect(result.response.body).not.toContain('<b>x');
    }
  });

  it('refuses a message that is not printable ASCII, and deletes as delete_cookie does', async () => {
    const bad = await request(`${site.httpUrl}signed/django/set`, {
      csrf: true,
      form: { value: 'é' },
    });
    expect(bad.status).toBe(400);
    expect(flowSetCookies(bad)).toEqual([]);
    const deleted = await request(`${site.httpUrl}signed/django/delete`, {
      method: 'POST',
      csrf: true,
    });
    expect(flowSetCookies(deleted).map((cookie) => cookie.raw)).toEqual([
      djangoDeletedCookie('signed_greeting'),
    ]);
  });
});

describe('signed cookies', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  const status = async (cookie?: string) => {
    const response = await request(
      `${site.httpUrl}signed/`,
      cookie === undefined ? {} : { cookies: cookie },
    );
    return {
      response,
      status: attributeById(response.body, 'tamper-status', 'data-status'),
      text: textById(response.body, 'tamper-status') ?? '',
    };
  };

  it('has no signed cookie at first', async () => {
    expect((await status()).status).toBe('absent');
  });

  it('sets a signed cookie and accepts it back unchanged', async () => {
    const set = await request(`${site.httpUrl}signed/set`, {
      csrf: true,
      form: { value: 'hello there' },
    });
    const cookie = findSetCookie(set, 'signed_message');
    const raw = decodeURIComponent(cookie.value);
    expect(raw).toMatch(/^s:hello there\.[A-Za-z0-9+/]{43}$/);
    expectFrameworkDefaults(cookie);
    expect(textById(set.body, 'server-actions')).toContain('signed with the server secret');
    const back = await status(`signed_message=${cookie.value}`);
    expect(back.status).toBe('verified');
    expect(back.text).toContain('Signature verified: the server accepts hello there');
    expect(flowSetCookies(back.response)).toEqual([]);
  });

  it('reports an edited value as tampered, refuses it and deletes the cookie', async () => {
    const set = await request(`${site.httpUrl}signed/set`, {
      csrf: true,
      form: { value: 'hello' },
    });
    const signature = decodeURIComponent(findSetCookie(set, 'signed_message').value).split('.')[1];
    const tampered = await status(`signed_message=${encodeURIComponent(`s:hellx.${signature}`)}`);
    expect(tampered.status).toBe('tampered');
    expect(tampered.text).toContain('Tampered: the signature does not match');
    expect(tampered.text).not.toContain('hellx');
    expect(findSetCookie(tampered.response, 'signed_message').attributes.get('expires')).toBe(
      'Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect(textById(tampered.response.body, 'received-cookies')).toContain(
      'signature does NOT match',
    );
  });

  it('reports a value without its signature as tampered too', async () => {
    const stripped = await status('signed_message=hello');
    expect(stripped.status).toBe('unsigned');
    expect(stripped.text).toContain('arrived without its signature');
    expect(findSetCookie(stripped.response, 'signed_message').value).toBe('');
  });

  it('survives garbage', async () => {
    for (const cookie of [
      'signed_message=s:',
      'signed_message=s:%E0%A4%A',
      'signed_message=j:{',
      'signed_message=""',
    ]) {
      const result = await status(cookie);
      expect(result.response.status).toBe(200);
      expect(['tampered', 'unsigned']).toContain(result.status);
    }
  });

  it('refuses an empty or long message', async () => {
    for (const value of ['', 'x'.repeat(201)]) {
      const response = await request(`${site.httpUrl}signed/set`, { csrf: true, form: { value } });
      expect(response.status).toBe(400);
      expect(flowSetCookies(response)).toEqual([]);
    }
  });
});

describe('limits and advice', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  it('sets one cookie of exactly 4096 bytes and one of 4097', async () => {
    const response = await request(`${site.httpUrl}limits/try`);
    const fits = findSetCookie(response, 'fits_4096');
    const over = findSetCookie(response, 'over_4097');
    expect(Buffer.byteLength(fits.name + fits.value)).toBe(4096);
    expect(Buffer.byteLength(over.name + over.value)).toBe(4097);
    expect(response.body).toContain('href="/limits/result"');
    // The page lists them shortened, not 8 KB of x.
    expect(response.body.length).toBeLessThan(20_000);
  });

  const result = async (cookies: Record<string, string>) => {
    const response = await request(`${site.httpUrl}limits/result`, { cookies });
    return {
      fits: attributeById(response.body, 'limit-fits', 'data-kept'),
      over: attributeById(response.body, 'limit-over', 'data-kept'),
      body: response.body,
    };
  };

  it('reports what a browser keeps: the 4096-byte cookie, not the 4097-byte one', async () => {
    const browser = await result({ fits_4096: 'x'.repeat(4087) });
    expect(browser.fits).toBe('yes');
    expect(browser.over).toBe('no');
    expect(textById(browser.body, 'limit-over')).toContain('the browser dropped it');
    expect(textById(browser.body, 'limit-fits')).toContain('kept and sent back whole (4096 bytes)');
  });

  it('reports a client that keeps both, and one that kept neither or altered one', async () => {
    const both = await result({ fits_4096: 'x'.repeat(4087), over_4097: 'x'.repeat(4088) });
    expect([both.fits, both.over]).toEqual(['yes', 'yes']);
    const none = await result({});
    expect([none.fits, none.over]).toEqual(['no', 'no']);
    const altered = await result({ fits_4096: 'short' });
    expect(textById(altered.body, 'limit-fits')).toContain('sent back altered');
  });

  it('cleans up both cookies', async () => {
    const response = await request(`${site.httpUrl}limits/clear`, { method: 'POST', csrf: true });
    expect(findSetCookie(response, 'fits_4096').attributes.get('expires')).toBe(
      'Thu, 01 Jan 1970 00:00:00 GMT',
    );
    expect(findSetCookie(response, 'over_4097').value).toBe('');
  });

  it.each([
    '',
    'cookies/',
    'visits/',
    'visits/about',
    'login/',
    'test-cookie/',
    'test-cookie/check',
    'sessions/',
    'signed/',
    'limits/',
    'limits/result',
  ])('page /%s has advice and the received-cookies table', async (page) => {
    const response = await request(`${site.httpUrl}${page}`);
    expect(response.status).toBe(200);
    expect(response.body).toContain('<table id="received-cookies">');
    expect(textById(response.body, 'advice')).toMatch(/\w/);
  });

  it('gives the classic advice somewhere on the site', async () => {
    const limits = textById((await request(`${site.httpUrl}limits/`)).body, 'advice') ?? '';
    expect(limits).toContain('Never store passwords');
    expect(limits).toContain('HttpOnly');
    expect(limits).toContain('Secure');
    expect(limits).toContain('4096 bytes');
  });
});
