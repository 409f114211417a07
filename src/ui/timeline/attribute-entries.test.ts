import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { ChangeCause, CookieChange } from '../../protocol/cookie-protocol';
import { attributeEntries } from './attribute-entries';
import { type RecordedRequest, setCookieInstructions } from './recorded-request';
import { appendChanges, describeAttribution, type TimelineEntry } from './timeline-entries';

const t0 = 1_800_000_000_000;
const change = (
  removed: boolean,
  cause: ChangeCause,
  cookie: Partial<Cookie>,
  time = t0,
): CookieChange => ({ removed, cause, cookie: testCookie(cookie), time, byExtension: false });
const ids = () => {
  let n = 0;
  return () => ++n;
};
/** A response as DevTools reports it, from its raw Set-Cookie headers. */
const response = (
  id: number,
  url: string,
  setCookie: string[],
  startedAt = t0 - 20,
  finishedAt = startedAt + 40,
): RecordedRequest => ({
  id,
  url,
  method: 'GET',
  status: 200,
  startedAt,
  finishedAt,
  setCookies: setCookieInstructions(setCookie.map((value) => ({ name: 'Set-Cookie', value }))),
});
const credited = (entries: TimelineEntry[]) =>
  entries.map((e) => (e.attribution.kind === 'request' ? e.attribution.url : e.attribution.kind));

const past = 'Expires=Thu, 01 Jan 1970 00:00:00 GMT';

describe('attributeEntries credits a change only to a Set-Cookie that produces it', () => {
  const created = (cookie: Partial<Cookie>) => [change(false, 'explicit', cookie)];
  const deleted = (cookie: Partial<Cookie>) => [change(true, 'expired_overwrite', cookie)];
  const host = { domain: 'a.test', hostOnly: true };
  const dotted = { domain: '.a.test', hostOnly: false };
  const chip = { partitionKey: { topLevelSite: 'https://a.test' }, secure: true };

  it.each<[string, CookieChange[], string, string, boolean]>([
    ['name and value', created({ value: 'v' }), 'http://a.test/x', 'sid=v', true],
    ['another value', created({ value: 'v' }), 'http://a.test/x', 'sid=w', false],
    ['another name', created({ value: 'v' }), 'http://a.test/x', 'other=v', false],
    ['host-only on its host', created(host), 'http://a.test/', 'sid=abc', true],
    ['host-only from another host', created(host), 'http://b.a.test/', 'sid=abc', false],
    ['host-only, Domain given', created(host), 'http://a.test/', 'sid=abc; Domain=a.test', false],
    ['Domain cookie', created(dotted), 'http://b.a.test/', 'sid=abc; Domain=.A.test', true],
    ['Domain cookie, no Domain', created(dotted), 'http://a.test/', 'sid=abc', false],
    [
      'Domain the request host is not in',
      created(dotted),
      'http://b.test/',
      'sid=abc; Domain=a.test',
      false,
    ],
    ['explicit Path', created({ path: '/app' }), 'http://a.test/', 'sid=abc; Path=/app', true],
    ['another Path', created({ path: '/app' }), 'http://a.test/', 'sid=abc; Path=/', false],
    // RFC 6265 §5.1.4 default-path: the request path up to its last "/".
    ['default path /', created({ path: '/' }), 'http://a.test/set?x=/y/z', 'sid=abc', true],
    ['default path /app', created({ path: '/app' }), 'http://a.test/app/set', 'sid=abc', true],
    ['default path, not /', created({ path: '/' }), 'http://a.test/app/set', 'sid=abc', false],
    [
      'Path not starting with /',
      created({ path: '/app' }),
      'http://a.test/app/x',
      'sid=abc; Path=z',
      true,
    ],
    ['Partitioned', created(chip), 'https://a.test/', 'sid=abc; Secure; Partitioned', true],
    ['Partitioned, cookie is not', created({}), 'https://a.test/', 'sid=abc; Partitioned', false],
    ['not Partitioned, cookie is', created(chip), 'https://a.test/', 'sid=abc; Secure', false],
    ['a deletion by Max-Age=0', deleted({}), 'http://a.test/', 'sid=; Max-Age=0', true],
    ['a deletion by Max-Age=-1', deleted({}), 'http://a.test/', 'sid=x; Max-Age=-1', true],
    ['a deletion by past Expires', deleted({}), 'http://a.test/', `sid=; ${past}`, true],
    [
      'a deletion, Max-Age wins over Expires',
      deleted({}),
      'http://a.test/',
      `sid=; Max-Age=60; ${past}`,
      false,
    ],
    ['a deletion by a setting response', deleted({ value: 'v' }), 'http://a.test/', 'sid=v', false],
    [
      'a creation by a deleting response',
      created({}),
      'http://a.test/',
      'sid=abc; Max-Age=0',
      false,
    ],
    [
      'a deletion on another path',
      deleted({ path: '/app' }),
      'http://a.test/',
      'sid=; Max-Age=0',
      false,
    ],
  ])('%s', (_label, changes, url, setCookie, expected) => {
    const entries = appendChanges([], changes, ids());
    const result = attributeEntries(entries, [response(1, url, [setCookie])], t0 + 100);
    expect(credited(result)).toEqual([expected ? url : 'pending']);
  });
});

describe('attributeEntries with several responses', () => {
  // One cookie set, changed and deleted by responses 100 ms apart (the bug of issue 11).
  const sequence = [
    change(false, 'explicit', { value: '1' }, t0),
    change(true, 'overwrite', { value: '1' }, t0 + 100),
    change(false, 'explicit', { value: '2' }, t0 + 100),
    change(true, 'expired_overwrite', { value: '2' }, t0 + 200),
  ];
  const set = response(1, 'http://a.test/set', ['sid=1'], t0 - 10, t0 + 10);
  const change2 = response(2, 'http://a.test/change', ['sid=2'], t0 + 90, t0 + 110);
  const remove = response(3, 'http://a.test/delete', ['sid=; Max-Age=0'], t0 + 190, t0 + 210);
  const expected = ['http://a.test/set', 'http://a.test/change', 'http://a.test/delete'];

  it('names each its own request, whatever order DevTools reports them in', () => {
    const entries = appendChanges([], sequence, ids());
    for (const order of [
      [set, change2, remove],
      [remove, change2, set],
      [change2, set, remove],
    ]) {
      expect(credited(attributeEntries(entries, order, t0 + 300))).toEqual(expected);
    }
  });

  it('re-decides as responses arrive one by one: a better match replaces a guess', () => {
    let entries = appendChanges([], sequence, ids());
    const known: RecordedRequest[] = [];
    for (const request of [set, change2, remove]) {
      known.push(request);
      entries = attributeEntries(entries, known, t0 + 300);
    }
    expect(credited(entries)).toEqual(expected);
  });

  it('a later response with the same Set-Cookie takes over by timing', () => {
    // Both responses set sid=1: the change at t0 + 1000 is the second one's.
    const entries = appendChanges(
      [],
      [
        change(false, 'explicit', { value: '1' }, t0),
        change(true, 'overwrite', { value: '1' }, t0 + 1000),
        change(false, 'explicit', { value: '1' }, t0 + 1000),
      ],
      ids(),
    );
    const first = response(1, 'http://a.test/first', ['sid=1'], t0 - 10, t0 + 10);
    const second = response(2, 'http://a.test/second', ['sid=1'], t0 + 990, t0 + 1010);
    const guessed = attributeEntries(entries, [first], t0 + 1100);
    // One Set-Cookie makes one change: the first response cannot explain both.
    expect(credited(guessed)).toEqual(['http://a.test/first', 'pending']);
    expect(credited(attributeEntries(guessed, [first, second], t0 + 1200))).toEqual([
      'http://a.test/first',
      'http://a.test/second',
    ]);
  });

  it('one response setting the same cookie twice explains both changes', () => {
    const entries = appendChanges(
      [],
      [
        change(false, 'explicit', { value: '1' }, t0),
        change(true, 'overwrite', { value: '1' }, t0 + 1),
        change(false, 'explicit', { value: '2' }, t0 + 1),
      ],
      ids(),
    );
    const both = response(1, 'http://a.test/twice', ['sid=1', 'sid=2']);
    expect(credited(attributeEntries(entries, [both], t0 + 100))).toEqual([
      'http://a.test/twice',
      'http://a.test/twice',
    ]);
  });

  it('a change merged from an overwrite and an add is decided again on its new value', () => {
    const next = ids();
    const overwritten = appendChanges([], [change(true, 'overwrite', { value: '1' }, t0)], next);
    const setOne = response(1, 'http://a.test/one', ['sid=1'], t0 - 10, t0 + 10);
    const guessed = attributeEntries(overwritten, [setOne], t0 + 50);
    expect(credited(guessed)).toEqual(['http://a.test/one']);
    const merged = appendChanges(guessed, [change(false, 'explicit', { value: '2' }, t0)], next);
    expect(merged).toHaveLength(1);
    expect(credited(attributeEntries(merged, [setOne], t0 + 100))).toEqual(['pending']);
  });

  it('keeps a request verdict whose request the panel no longer remembers', () => {
    const entries = attributeEntries(appendChanges([], sequence, ids()), [set], t0 + 300);
    expect(credited(attributeEntries(entries, [], t0 + 60_000))[0]).toBe('http://a.test/set');
  });
});

describe('attributeEntries', () => {
  const request = (over: Partial<RecordedRequest>): RecordedRequest => ({
    id: 1,
    url: 'http://a.test/set',
    method: 'GET',
    status: 200,
    startedAt: t0 - 10,
    finishedAt: t0 + 50,
    setCookies: [{ name: 'sid', value: 'v' }],
    ...over,
  });
  const pending = appendChanges([], [change(false, 'explicit', { value: 'v' })], ids());

  it('names the response whose Set-Cookie set the cookie', () => {
    const [entry] = attributeEntries(pending, [request({})], t0 + 100);
    expect(entry?.attribution).toEqual({
      kind: 'request',
      requestId: 1,
      method: 'GET',
      url: 'http://a.test/set',
      status: 200,
    });
    expect(describeAttribution(entry as TimelineEntry)).toBe('GET http://a.test/set (200)');
  });

  it.each<[string, Partial<RecordedRequest>]>([
    ['another cookie name', { setCookies: [{ name: 'other', value: 'v' }] }],
    ['another host', { url: 'http://b.test/set' }],
    [
      'a domain cookie instruction for a host-only cookie',
      { setCookies: [{ name: 'sid', value: 'v', domain: 'a.test' }] },
    ],
    ['too long before', { startedAt: t0 - 5100, finishedAt: t0 - 5000 }],
  ])('does not blame a request with %s', (_label, over) => {
    expect(attributeEntries(pending, [request(over)], t0 + 100)[0]?.attribution.kind).toBe(
      'pending',
    );
  });

  it('picks the closest request in time', () => {
    const [entry] = attributeEntries(
      pending,
      [
        request({ id: 1, startedAt: t0 + 1400, finishedAt: t0 + 1500 }),
        request({ id: 2, startedAt: t0 - 30, finishedAt: t0 + 20 }),
      ],
      t0 + 100,
    );
    expect(entry?.attribution).toMatchObject({ requestId: 2 });
  });

  it('matches a domain cookie to a Domain attribute', () => {
    const domainEntry = appendChanges(
      [],
      [change(false, 'explicit', { domain: '.a.test', hostOnly: false, value: 'v' })],
      ids(),
    );
    const [entry] = attributeEntries(
      domainEntry,
      [
        request({
          url: 'http://sub.a.test/x',
          setCookies: [{ name: 'sid', value: 'v', domain: 'a.test' }],
        }),
      ],
      t0,
    );
    expect(entry?.attribution.kind).toBe('request');
  });

  it('waits past the attribution window (DevTools reports requests late) before guessing', () => {
    expect(attributeEntries(pending, [], t0 + 4000)[0]?.attribution.kind).toBe('pending');
  });

  it('calls it script once the window has passed without a response', () => {
    const [entry] = attributeEntries(pending, [], t0 + 6000);
    expect(entry?.attribution).toEqual({ kind: 'script' });
    expect(describeAttribution(entry as TimelineEntry)).toBe('set by script');
  });

  it('says the source is unknown where there is no network log', () => {
    expect(attributeEntries(pending, [], t0 + 6000, false)[0]?.attribution).toEqual({
      kind: 'unknown',
    });
  });

  it('lets a request reported late take over the script guess', () => {
    const guessed = attributeEntries(pending, [], t0 + 6000);
    expect(guessed[0]?.attribution.kind).toBe('script');
    expect(attributeEntries(guessed, [request({})], t0 + 9000)[0]?.attribution.kind).toBe(
      'request',
    );
  });

  it('returns the same array when nothing changed (no re-render)', () => {
    expect(attributeEntries(pending, [], t0 + 10)).toBe(pending);
  });
});
