import { describe, expect, it } from 'vitest';
import { looksLikeJwt, looksLikeSessionToken } from './session-token';

const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl';
const unsignedJwt = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.';

describe('looksLikeJwt: three base64url parts, the header starting eyJ', () => {
  it.each<[string, boolean]>([
    [jwt, true],
    [unsignedJwt, true],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0', false],
    ['eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln.bmF0', false],
    ['abJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', false],
    ['eyJhbGci+OiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln', false],
    ['eyJ..', false],
    ['', false],
    ['GA1.2.1234.5678', false],
  ])('%j → %s', (value, expected) => {
    expect(looksLikeJwt(value)).toBe(expected);
  });
});

describe('looksLikeSessionToken: by name or by a JWT value', () => {
  it.each<[string, string, boolean]>([
    ['sessionid', 'x', true],
    ['PHPSESSID', 'x', true],
    ['JSESSIONID', 'x', true],
    ['connect.sid', 'x', true],
    ['laravel_session', 'x', true],
    ['_myapp_session', 'x', true],
    ['_session_id', 'x', true],
    ['session', 'x', true],
    ['session_id', 'x', true],
    ['sid', 'x', true],
    ['ASP.NET_SessionId', 'x', true],
    ['ASPSESSIONIDQACTRBSD', 'x', true],
    ['.AspNetCore.Session', 'x', true],
    ['.AspNetCore.Cookies', 'x', true],
    ['.ASPXAUTH', 'x', true],
    ['__Host-session', 'x', true],
    ['__secure-sid', 'x', true],
    ['auth_token', 'x', true],
    ['remember_token', 'x', true],
    ['access_token', 'x', true],
    ['jwt', 'x', true],
    ['prefs', jwt, true],
    // Not session tokens: analytics with a session word inside, CSRF tokens scripts must read.
    ['_hjSessionUser_123', 'x', false],
    ['_hjSession_123', 'x', false],
    ['session_start', 'x', false],
    ['gsid', 'x', false],
    ['XSRF-TOKEN', 'x', false],
    ['csrftoken', 'x', false],
    ['csrf_token', jwt, false],
    ['_ga', 'GA1.2.3.4', false],
    ['theme', 'dark', false],
    ['', 'x', false],
  ])('%j = %j → %s', (name, value, expected) => {
    expect(looksLikeSessionToken({ name, value })).toBe(expected);
  });
});
