import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  csrfFromFormPage,
  findSetCookie,
  flowSetCookies,
  request,
  startTestSite,
  type TestSite,
  textById,
} from './demo-test-client';

describe('CSRF protection, as Django gives it', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  const formPages = [
    'cookies/',
    'visits/',
    'login/',
    'sessions/',
    'signed/',
    'signed/django/',
    'limits/result',
  ];

  it.each(formPages)(
    '%s sets csrftoken with Django defaults and puts it in every POST form',
    async (page) => {
      const response = await request(`${site.httpUrl}${page}`);
      const cookie = findSetCookie(response, 'csrftoken');
      expect(cookie.attributes.get('max-age')).toBe('31449600');
      expect(cookie.attributes.get('path')).toBe('/');
      expect(cookie.attributes.get('samesite')).toBe('Lax');
      expect(cookie.attributes.has('httponly')).toBe(false);
      expect(cookie.attributes.has('secure')).toBe(false);
      const forms = response.body.match(/<form method="post"[^>]*>/g) ?? [];
      const fields = [
        ...response.body.matchAll(
          /<form method="post"[^>]*><input type="hidden" name="csrfmiddlewaretoken" value="([^"]*)">/g,
        ),
      ].map((match) => match[1]);
      expect(forms.length).toBeGreaterThan(0);
      expect(fields).toEqual(forms.map(() => cookie.value));
      expect(textById(response.body, 'server-actions')).toContain(
        'Set csrftoken (persistent, 52 weeks',
      );
    },
  );

  it('sets no csrftoken on pages without a form', async () => {
    for (const page of ['', 'cookies/show', 'limits/', 'test-cookie/']) {
      const response = await request(`${site.httpUrl}${page}`);
      expect(
        response.setCookies.filter((cookie) => cookie.name === 'csrftoken'),
        page,
      ).toEqual([]);
    }
  });

  it('accepts a POST whose field repeats the cookie', async () => {
    const { cookie, token } = await csrfFromFormPage(site.httpUrl);
    const response = await request(`${site.httpUrl}sessions/set`, {
      cookies: { csrftoken: cookie },
      form: { key: 'a', value: '1', csrfmiddlewaretoken: token },
    });
    expect(response.status).toBe(200);
    expect(findSetCookie(response, 'sessionid').value).not.toBe('');
  });

  it.each([
    ['no cookie and no field', {}, 'CSRF cookie not set.'],
    ['the cookie but no field', { withCookie: true }, 'CSRF token missing.'],
    [
      'a field that differs from the cookie',
      { withCookie: true, field: 'other' },
      'CSRF token from POST incorrect.',
    ],
    // Equal cookie and field, but not made with the server's secret: a planted cookie.
    [
      'a cookie and field the server did not make',
      { plant: `${'a'.repeat(64)}.${'b'.repeat(64)}` },
      'CSRF token from POST incorrect.',
    ],
  ])(
    'refuses a POST with %s: 403 with the reason, and changes nothing',
    async (_label, how, reason) => {
      const { cookie } = await csrfFromFormPage(site.httpUrl);
      const options: { withCookie?: boolean; field?: string; plant?: string } = how;
      const cookies: Record<string, string> = {};
      const form: Record<string, string> = { key: 'a', value: '1' };
      if (options.withCookie) cookies.csrftoken = cookie;
      if (options.field !== undefined) form.csrfmiddlewaretoken = options.field;
      if (options.plant !== undefined) {
        cookies.csrftoken = options.plant;
        form.csrfmiddlewaretoken = options.plant;
      }
      const response = await request(`${site.httpUrl}sessions/set`, { cookies, form });
      expect(response.status).toBe(403);
      expect(textById(response.body, 'csrf-failure')).toBe(
        'CSRF verification failed. Request aborted.',
      );
      expect(textById(response.body, 'csrf-reason')).toBe(reason);
      expect(response.setCookies).toEqual([]);
    },
  );

  it('replaces a csrftoken cookie that is not text, and refuses it on a POST', async () => {
    const page = await request(`${site.httpUrl}cookies/`, { cookies: 'csrftoken=j:{"a":1}' });
    expect(page.status).toBe(200);
    expect(findSetCookie(page, 'csrftoken').value).toMatch(/^[0-9a-f]{64}\.[0-9a-f]{64}$/);
    const post = await request(`${site.httpUrl}sessions/set`, {
      cookies: 'csrftoken=j:{"a":1}',
      form: { key: 'a', value: '1', csrfmiddlewaretoken: 'j:{"a":1}' },
    });
    expect(post.status).toBe(403);
    expect(textById(post.body, 'csrf-reason')).toBe('CSRF cookie not set.');
  });

  it('guards every POST form, the cookie flows too', async () => {
    for (const path of [
      'cookies/set',
      'visits/reset',
      'login/',
      'signed/set',
      'signed/django/set',
      'limits/clear',
      'sessions/flush',
    ]) {
      const response = await request(`${site.httpUrl}${path}`, {
        form: { name: 'a', value: 'x', username: 'x' },
      });
      expect(response.status, path).toBe(403);
      expect(flowSetCookies(response), path).toEqual([]);
    }
  });
});
