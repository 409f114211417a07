import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  findSetCookie,
  flowSetCookies,
  request,
  startTestSite,
  TestClock,
  type TestSite,
  textById,
} from './demo-test-client';

describe('cookie basics', () => {
  let site: TestSite;
  const clock = new TestClock();
  beforeAll(async () => {
    site = await startTestSite({ now: clock.now, sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  const set = (form: Record<string, string>, base = site.httpUrl) =>
    request(`${base}cookies/set`, { csrf: true, form });

  it('shows the forms and the received cookies', async () => {
    const response = await request(`${site.httpUrl}cookies/`, { cookies: { a: '1' } });
    expect(response.body).toContain('id="set-cookie-form"');
    expect(response.body).toContain('id="update-cookie-form"');
    expect(response.body).toContain('id="delete-cookie-form"');
    expect(textById(response.body, 'received-cookies')).toContain('a 1 plain');
  });

  it('sets a session cookie when no expiry is chosen: no Max-Age, no Expires', async () => {
    const response = await set({ name: 'flavour', value: 'oatmeal raisin', expiry: 'session' });
    expect(response.status).toBe(200);
    const cookie = findSetCookie(response, 'flavour');
    expect(cookie.value).toBe('oatmeal%20raisin');
    expect(cookie.attributes.get('path')).toBe('/');
    expect(cookie.attributes.has('max-age')).toBe(false);
    expect(cookie.attributes.has('expires')).toBe(false);
    expect(cookie.attributes.has('httponly')).toBe(false);
    expect(cookie.attributes.has('secure')).toBe(false);
    expect(cookie.attributes.has('samesite')).toBe(false);
    expect(cookie.attributes.has('domain')).toBe(false);
    expect(textById(response.body, 'cookie-kind')).toBe('session cookie');
    const actions = textById(response.body, 'server-actions') ?? '';
    expect(actions).toContain('Set flavour=oatmeal raisin (sent URL-encoded as oatmeal%20raisin)');
    expect(actions).toContain('because you chose no expiry');
    expect(textById(response.body, 'sent-set-cookies')).toContain(
      'flavour=oatmeal%20raisin; Path=/',
    );
  });

  it('sets a persistent cookie with Max-Age (and Expires) and every option', async () => {
    const before = Date.now();
    const response = await set({
      name: 'prefs',
      value: 'dark',
      expiry: 'max-age',
      max_age: '120',
      path: '/cookies',
      httponly: 'on',
      secure: 'on',
      samesite: 'strict',
    });
    const cookie = findSetCookie(response, 'prefs');
    expect(cookie.attributes.get('max-age')).toBe('120');
    const expires = Date.parse(String(cookie.attributes.get('expires')));
    expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 119_000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 121_000);
    expect(cookie.attributes.get('path')).toBe('/cookies');
    expect(cookie.attributes.get('httponly')).toBe(true);
    expect(cookie.attributes.get('secure')).toBe(true);
    expect(cookie.attributes.get('samesite')).toBe('Strict');
    expect(textById(response.body, 'cookie-kind')).toBe('persistent cookie');
    expect(textById(response.body, 'server-actions')).toContain('because you gave a max-age');
    // Secure from http://localhost is fine (browsers make the loopback exception).
    expect(textById(response.body, 'cookie-warnings')).toBeUndefined();
  });

  it('sets a persistent cookie with an absolute Expires and no Max-Age', async () => {
    const response = await set({
      name: 'until',
      value: 'x',
      expiry: 'expires',
      expires: '2031-01-31T12:00',
    });
    const cookie = findSetCookie(response, 'until');
    expect(cookie.attributes.get('expires')).toBe('Fri, 31 Jan 2031 12:00:00 GMT');
    expect(cookie.attributes.has('max-age')).toBe(false);
    expect(textById(response.body, 'cookie-kind')).toBe('persistent cookie');
    expect(textById(response.body, 'server-actions')).toContain('absolute expiry date');
    const offset = await set({
      name: 'until',
      value: 'x',
      expiry: 'expires',
      expires: '2031-01-31T12:00:00+02:00',
    });
    expect(findSetCookie(offset, 'until').attributes.get('expires')).toBe(
      'Fri, 31 Jan 2031 10:00:00 GMT',
    );
    const dateOnly = await set({
      name: 'until',
      value: 'x',
      expiry: 'expires',
      expires: '2031-02-28',
    });
    expect(findSetCookie(dateOnly, 'until').attributes.get('expires')).toBe(
      'Fri, 28 Feb 2031 00:00:00 GMT',
    );
  });

  it('sets SameSite=Lax and None, a Domain, and warns about what the browser will refuse', async () => {
    const lax = await set({ name: 'l', value: '1', samesite: 'lax' });
    expect(findSetCookie(lax, 'l').attributes.get('samesite')).toBe('Lax');
    const none = await set({ name: 'n', value: '1', samesite: 'none' });
    expect(findSetCookie(none, 'n').attributes.get('samesite')).toBe('None');
    expect(textById(none.body, 'cookie-warnings')).toContain('SameSite=None without Secure');
    const domain = await request(`${site.httpUrl}cookies/set`, {
      csrf: true,
      form: { name: 'd', value: '1', domain: 'a.test' },
      headers: { host: 'sub.a.test' },
    });
    expect(findSetCookie(domain, 'd').attributes.get('domain')).toBe('a.test');
    expect(textById(domain.body, 'cookie-warnings')).toBeUndefined();
    const foreign = await request(`${site.httpUrl}cookies/set`, {
      csrf: true,
      form: { name: 'd', value: '1', domain: 'b.test', secure: 'on' },
      headers: { host: 'a.test' },
    });
    const warnings = textById(foreign.body, 'cookie-warnings') ?? '';
    expect(warnings).toContain('does not contain this page');
    expect(warnings).toContain('Secure over plain http');
    const host = await set({ name: '__Host-x', value: '1', path: '/cookies' });
    expect(textById(host.body, 'cookie-warnings')).toContain('__Host-');
    const big = await set({ name: 'big', value: 'x'.repeat(4094) });
    expect(textById(big.body, 'cookie-warnings')).toContain('4097 bytes');
  });

  it('takes Secure over https without a warning', async () => {
    const response = await set(
      { name: 's', value: '1', secure: 'on', samesite: 'none' },
      site.httpsUrl,
    );
    const cookie = findSetCookie(response, 's');
    expect(cookie.attributes.get('secure')).toBe(true);
    expect(textById(response.body, 'cookie-warnings')).toBeUndefined();
    expect(textById(response.body, 'request-scheme')).toBe('https');
  });

  it.each([
    [{ name: 'a b', value: '1' }, 'contains a space'],
    [{ name: 'a;b', value: '1' }, 'contains ";"'],
    [{ name: 'a=b', value: '1' }, 'contains "="'],
    [{ name: 'café', value: '1' }, 'non-ASCII character "é"'],
    [{ name: 'tab\there', value: '1' }, 'control character U+0009'],
    [{ name: '', value: '1' }, 'name is empty'],
    [{ name: 'a', value: '1', expiry: 'max-age', max_age: 'abc' }, 'not a whole number'],
    [{ name: 'a', value: '1', expiry: 'max-age', max_age: '-5' }, 'not a whole number'],
    [{ name: 'a', value: '1', expiry: 'max-age', max_age: '1.5' }, 'not a whole number'],
    [{ name: 'a', value: '1', expiry: 'max-age', max_age: '0' }, 'delete the cookie at once'],
    [{ name: 'a', value: '1', expiry: 'max-age', max_age: '999999999999' }, 'more than ten years'],
    [{ name: 'a', value: '1', expiry: 'expires', expires: 'tomorrow' }, 'is not a date'],
    [{ name: 'a', value: '1', expiry: 'expires', expires: '2031-02-30' }, 'does not exist'],
    [{ name: 'a', value: '1', expiry: 'expires', expires: '2031-01-01T25:00' }, 'does not exist'],
    [{ name: 'a', value: '1', expiry: 'expires', expires: '2020-01-01' }, 'in the past'],
    [{ name: 'a', value: '1', expiry: 'later' }, 'Choose an expiry'],
    [{ name: 'a', value: '1', path: 'cookies' }, 'must start with "/"'],
    [{ name: 'a', value: '1', path: '/a;b' }, 'percent-encode'],
    [{ name: 'a', value: '1', path: '/a<b' }, 'percent-encode'],
    [{ name: 'a', value: '1', path: '/é' }, 'percent-encode'],
    [{ name: 'a', value: '1', domain: 'exa mple.test' }, 'is not a host name'],
    [{ name: 'a', value: '1', samesite: 'sometimes' }, 'must be Lax, Strict, None'],
  ])('refuses %o with a clear message and sets nothing', async (form, message) => {
    const response = await set(form);
    expect(response.status).toBe(400);
    expect(flowSetCookies(response)).toEqual([]);
    expect(textById(response.body, 'form-error')).toContain(message);
    expect(textById(response.body, 'server-actions')).toContain('Set no cookie');
  });

  it('refuses a repeated field instead of guessing', async () => {
    const response = await request(`${site.httpUrl}cookies/set`, {
      csrf: true,
      form: 'name=a&name=b&value=1',
    });
    expect(response.status).toBe(400);
    expect(textById(response.body, 'form-error')).toContain('name is empty');
  });

  it('updates the value of a cookie the browser sent, with the same path', async () => {
    const response = await request(`${site.httpUrl}cookies/update`, {
      csrf: true,
      form: { name: 'flavour', value: 'ginger', expiry: 'max-age', max_age: '60', path: '/' },
      cookies: { flavour: 'oatmeal' },
    });
    expect(response.status).toBe(200);
    const cookie = findSetCookie(response, 'flavour');
    expect(cookie.value).toBe('ginger');
    expect(cookie.attributes.get('max-age')).toBe('60');
    expect(textById(response.body, 'server-actions')).toContain('you updated its value');
    expect(textById(response.body, 'cookie-kind')).toBe('persistent cookie');
  });

  it('refuses to update a cookie the browser did not send', async () => {
    const response = await request(`${site.httpUrl}cookies/update`, {
      csrf: true,
      form: { name: 'ghost', value: 'x' },
      cookies: { other: '1' },
    });
    expect(response.status).toBe(404);
    expect(flowSetCookies(response)).toEqual([]);
    expect(textById(response.body, 'form-error')).toContain('No cookie named ghost');
  });

  it('deletes a cookie by sending it expired in the past, on its path', async () => {
    const response = await request(`${site.httpUrl}cookies/delete`, {
      csrf: true,
      form: { name: 'prefs', path: '/cookies' },
      cookies: { prefs: 'dark' },
    });
    const cookie = findSetCookie(response, 'prefs');
    expect(cookie.value).toBe('');
    expect(cookie.attributes.get('expires')).toBe('Thu, 01 Jan 1970 00:00:00 GMT');
    expect(cookie.attributes.has('max-age')).toBe(false);
    expect(cookie.attributes.get('path')).toBe('/cookies');
    expect(textById(response.body, 'cookie-kind')).toBe('deleted (expired in the past)');
    expect(textById(response.body, 'server-actions')).toContain('Deleted prefs');
    const bad = await request(`${site.httpUrl}cookies/delete`, {
      csrf: true,
      form: { name: 'x;y' },
    });
    expect(bad.status).toBe(400);
    expect(flowSetCookies(bad)).toEqual([]);
  });

  it('shows what the path receives and serves the document.cookie script', async () => {
    const response = await request(`${site.httpUrl}cookies/show`, {
      cookies: { a: '1', b: 'two%20words' },
    });
    const table = textById(response.body, 'received-cookies') ?? '';
    expect(table).toContain('a 1 plain');
    expect(table).toContain('b two words plain');
    expect(response.body).toContain('<script src="/cookies/document-cookie.js" defer></script>');
    const script = await request(`${site.httpUrl}cookies/document-cookie.js`);
    expect(script.headers['content-type']).toContain('javascript');
    expect(script.body).toContain('textContent');
  });
});
