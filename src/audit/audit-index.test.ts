import { describe, expect, it } from 'vitest';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { auditCookies } from './audit-index';

const now = Date.UTC(2026, 11, 2, 12, 0, 0);

describe('auditCookies: each cookie audited once, looked up by the object', () => {
  const clean = testCookie({ name: 'theme', secure: true });
  const unset = testCookie({ name: 'theme', sameSite: 'unspecified', secure: true });
  const session = testCookie({ name: 'sessionid', secure: true });
  const index = auditCookies([clean, unset, session], { now });

  it.each([
    ['clean', clean, false, false],
    ['SameSite unset', unset, false, true],
    ['a session id without HttpOnly', session, true, false],
    ['a cookie it was not built with', testCookie(), false, false],
  ])('%s: warning %s, info %s', (_, cookie, warning, info) => {
    expect(index.has(cookie, 'warning')).toBe(warning);
    expect(index.has(cookie, 'info')).toBe(info);
  });

  it('gives the findings, none for a stranger', () => {
    expect(index.findings(session).map((f) => f.rule)).toEqual(['httponly-missing']);
    expect(index.findings({})).toEqual([]);
  });

  it('passes each cookie its JWT facts', () => {
    const token = testCookie({ name: 'prefs', value: 'eyJ.a.b', httpOnly: true, secure: true });
    const withJwt = auditCookies([token, clean], {
      now,
      jwtOf: (cookie) => (cookie === token ? { alg: 'none' } : undefined),
    });
    expect(withJwt.findings(token).map((f) => f.rule)).toEqual(['jwt-alg-none']);
    expect(withJwt.findings(clean)).toEqual([]);
  });
});
