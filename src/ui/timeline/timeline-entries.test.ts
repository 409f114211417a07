import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import type { ChangeCause, CookieChange } from '../../protocol/cookie-protocol';
import { type RecordedRequest, setCookieInstructions } from './recorded-request';
import {
  appendChanges,
  attributeEntries,
  describeAttribution,
  type TimelineEntry,
} from './timeline-entries';

const t0 = 1_800_000_000_000;
const change = (
  removed: boolean,
  cause: ChangeCause,
  cookie: Partial<Cookie>,
  time = t0,
  byExtension = false,
): CookieChange => ({
  removed,
  cause,
  cookie: testCookie(cookie),
  time,
  byExtension,
});
const ids = () => {
  let n = 0;
  return () => ++n;
};
const summary = (entries: TimelineEntry[]) =>
  entries.map((e) => [e.action, e.name, e.oldValue, e.newValue, e.attribution.kind]);

describe('appendChanges', () => {
  it.each<[string, CookieChange[], unknown[][]]>([
    [
      'a new cookie',
      [change(false, 'explicit', { value: 'v' })],
      [['created', 'sid', undefined, 'v', 'pending']],
    ],
    [
      'an edit (overwrite removal, then the add) is one change with old and new value',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(false, 'explicit', { value: 'new' }, t0 + 1),
      ],
      [['changed', 'sid', 'old', 'new', 'pending']],
    ],
    [
      'a deletion',
      [change(true, 'explicit', { value: 'v' })],
      [['deleted', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'a deletion by past expiry',
      [change(true, 'expired_overwrite', { value: 'v' })],
      [['deleted', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'an expiry',
      [change(true, 'expired', { value: 'v' })],
      [['expired', 'sid', 'v', undefined, 'browser']],
    ],
    [
      'an eviction',
      [change(true, 'evicted', { value: 'v' })],
      [['evicted', 'sid', 'v', undefined, 'browser']],
    ],
    [
      'an overwrite then an add of the same name in a partition: two cookies, two entries',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(
          false,
          'explicit',
          { value: 'chip', partitionKey: { topLevelSite: 'https://a.test' } },
          t0 + 1,
        ),
      ],
      [
        ['overwritten', 'sid', 'old', undefined, 'pending'],
        ['created', 'sid', undefined, 'chip', 'pending'],
      ],
    ],
    [
      'an overwrite with no add after it',
      [change(true, 'overwrite', { value: 'v' })],
      [['overwritten', 'sid', 'v', undefined, 'pending']],
    ],
    [
      'changes of two cookies stay apart',
      [
        change(true, 'overwrite', { name: 'a', value: '1' }),
        change(false, 'explicit', { name: 'b', value: '2' }),
      ],
      [
        ['overwritten', 'a', '1', undefined, 'pending'],
        ['created', 'b', undefined, '2', 'pending'],
      ],
    ],
    [
      'an add long after an overwrite is a new cookie',
      [
        change(true, 'overwrite', { value: 'old' }),
        change(false, 'explicit', { value: 'new' }, t0 + 10_000),
      ],
      [
        ['overwritten', 'sid', 'old', undefined, 'pending'],
        ['created', 'sid', undefined, 'new', 'pending'],
      ],
    ],
    [
      "the extension's own writes say so",
      [change(false, 'explicit', { value: 'v' }, t0, true)],
      [['created', 'sid', undefined, 'v', 'extension']],
    ],
  ])('%s', (_label, changes, expected) => {
    expect(summary(appendChanges([], changes, ids()))).toEqual(expected);
  });

  it('pairs an edit split across two batches', () => {
    const next = ids();
    const first = appendChanges([], [change(true, 'overwrite', { value: 'old' })], next);
    expect(
      summary(appendChanges(first, [change(false, 'explicit', { value: 'new' }, t0 + 5)], next)),
    ).toEqual([['changed', 'sid', 'old', 'new', 'pending']]);
  });
});

describe('attributeEntries', () => {
  const request = (over: Partial<RecordedRequest>): RecordedRequest => ({
    id: 1,
    url: 'http://a.test/set',
    method: 'GET',
    status: 200,
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
    ['too long before', { finishedAt: t0 - 5000 }],
  ])('does not blame a request with %s', (_label, over) => {
    expect(attributeEntries(pending, [request(over)], t0 + 100)[0]?.attribution.kind).toBe(
      'pending',
    );
  });

  it('picks the closest request in time', () => {
    const [entry] = attributeEntries(
      pending,
      [request({ id: 1, finishedAt: t0 + 1500 }), request({ id: 2, finishedAt: t0 + 20 })],
      t0 + 100,
    );
    expect(entry?.attribution).toMatchObject({ requestId: 2 });
  });

  it('matches a domain cookie to a Domain attribute', () => {
    const domainEntry = appendChanges(
      [],
      [change(false, 'explicit', { domain: '.a.test', hostOnly: false })],
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

describe('setCookieInstructions', () => {
  it.each([
    [
      [{ name: 'Set-Cookie', value: 'a=1; Path=/; HttpOnly' }],
      [{ name: 'a', value: '1', path: '/' }],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1; Domain=.A.test' }],
      [{ name: 'a', value: '1', domain: 'a.test' }],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1\nb=2; Max-Age=0' }],
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    ],
    [
      [{ name: 'set-cookie', value: 'a=1; Expires=Wed, 21 Oct 2037 07:28:00 GMT, b=2' }],
      [
        { name: 'a', value: '1' },
        { name: 'b', value: '2' },
      ],
    ],
    [[{ name: 'content-type', value: 'text/html' }], []],
  ])('%j → %j', (headers, expected) => {
    expect(
      setCookieInstructions(headers).map(({ name, value, domain, path }) => ({
        name,
        value,
        ...(domain ? { domain } : {}),
        ...(path ? { path } : {}),
      })),
    ).toEqual(expected);
  });
});
