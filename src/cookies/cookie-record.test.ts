import { describe, expect, it } from 'vitest';
import { readCookieRecord } from './cookie-record';
import { testCookie } from './testing/fake-cookie-store';

const partitioned = testCookie({
  secure: true,
  partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true },
});

describe('readCookieRecord', () => {
  it.each([
    ['a session cookie', testCookie()],
    [
      'a persistent cookie with a fraction',
      testCookie({ session: false, expirationDate: 2e9 + 0.5 }),
    ],
    ['a domain cookie', testCookie({ domain: '.a.test', hostOnly: false })],
    ['a partitioned cookie', partitioned],
    [
      'a partition without its flag (older browsers)',
      testCookie({ partitionKey: { topLevelSite: 'https://t.test' } }),
    ],
  ])('reads %s exactly', (_, cookie) => {
    expect(readCookieRecord(JSON.parse(JSON.stringify(cookie)))).toEqual({ ok: true, cookie });
  });

  it.each([
    ['null', null, 'is not a cookie object'],
    ['an array', [], 'is not a cookie object'],
    ['no name', { ...testCookie(), name: undefined }, 'has no name'],
    ['a numeric value', { ...testCookie(), value: 3 }, 'has a value that is not text'],
    [
      'an unknown SameSite',
      { ...testCookie(), sameSite: 'None' },
      'has a sameSite that is not one of',
    ],
    [
      'a string flag',
      { ...testCookie(), secure: 'true' },
      'has a secure that is not true or false',
    ],
    ['a dotted host-only domain', testCookie({ domain: '.a.test' }), 'leading dot contradicts'],
    ['an undotted domain cookie', testCookie({ hostOnly: false }), 'leading dot contradicts'],
    [
      'a persistent cookie without expiry',
      testCookie({ session: false }),
      'no valid expirationDate',
    ],
    [
      'an infinite expiry',
      { ...testCookie({ session: false }), expirationDate: 'Infinity' },
      'no valid',
    ],
    ['a session cookie with expiry', testCookie({ expirationDate: 5 }), 'session cookie but has'],
    ['a partition that is not one', { ...testCookie(), partitionKey: ['x'] }, 'partitionKey'],
  ])('refuses %s, naming the field', (_, raw, error) => {
    const read = readCookieRecord(raw);
    expect(!read.ok && read.error).toMatch(error);
  });

  it('keeps only the known fields', () => {
    const read = readCookieRecord({ ...testCookie(), id: 7, extra: { deep: true } });
    expect(read).toEqual({ ok: true, cookie: testCookie() });
  });
});
