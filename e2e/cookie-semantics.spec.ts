// Pins down, against real Chromium, the chrome.cookies facts that the loss-free edit logic
// relies on (docs: cookie-semantics.md, items marked *verify*). Service worker only, no UI:
// if a Chromium update changes one of these, this file says which.
import type { Worker } from '@playwright/test';
import { expect, test } from './fixtures';
import { type CookieChange, recordCookieChanges } from './support/cookie-changes';

type Outcome =
  | { kind: 'cookie'; cookie: chrome.cookies.Cookie }
  | { kind: 'undefined' }
  | { kind: 'null' }
  | { kind: 'error'; message: string };

/** cookies.set as the browser answers it: no `?? null`, rejections as data. */
function set(worker: Worker, details: object): Promise<Outcome> {
  return worker.evaluate(async (d) => {
    try {
      const cookie = await chrome.cookies.set(d as chrome.cookies.SetDetails);
      if (cookie === undefined) return { kind: 'undefined' } as const;
      if (cookie === null) return { kind: 'null' } as const;
      return { kind: 'cookie', cookie } as const;
    } catch (error) {
      return { kind: 'error', message: (error as Error).message } as const;
    }
  }, details);
}

async function setOrFail(worker: Worker, details: chrome.cookies.SetDetails): Promise<void> {
  const outcome = await set(worker, details);
  if (outcome.kind === 'error') throw new Error(`Setting up ${details.name}: ${outcome.message}`);
}

function remove(worker: Worker, details: chrome.cookies.CookieDetails) {
  return worker.evaluate((d) => chrome.cookies.remove(d), details);
}

/** `value domain path [partition]`: the value names the cookie in these tests. */
function describeCookie(cookie: chrome.cookies.Cookie): string {
  const partition = cookie.partitionKey
    ? ` partitioned(${cookie.partitionKey.topLevelSite}, cross-site ancestor: ${cookie.partitionKey.hasCrossSiteAncestor})`
    : '';
  return `${cookie.value} ${cookie.domain}${cookie.path}${partition}`;
}

function describeChanges(changes: CookieChange[]): string[] {
  return changes.map(
    (c) => `${c.removed ? 'removed' : 'added'} ${c.cause}: ${describeCookie(c.cookie)}`,
  );
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.kind === 'cookie') return `cookie ${describeCookie(outcome.cookie)}`;
  if (outcome.kind === 'error') return `error ${outcome.message}`;
  return outcome.kind;
}

async function cookieNamed(worker: Worker, name: string): Promise<string[]> {
  const all = await worker.evaluate(() => chrome.cookies.getAll({ partitionKey: {} }));
  return all
    .filter((c) => c.name === name)
    .map(describeCookie)
    .sort();
}

const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

/**
 * Five cookies named `n` that a naive editor confuses, plus one of another name, all
 * persistent so that an expiry in the past is the only thing that removes them.
 */
async function sameNameCookies(worker: Worker): Promise<void> {
  const expirationDate = inOneHour();
  const cookies: chrome.cookies.SetDetails[] = [
    { url: 'http://a.test/app', path: '/app', value: 'host-app' },
    { url: 'http://a.test/', path: '/', value: 'host-root' },
    { url: 'http://a.test/app', domain: 'a.test', path: '/app', value: 'domain-app' },
    { url: 'http://sub.a.test/app', path: '/app', value: 'sub-app' },
    { url: 'http://a.test/app/deeper', path: '/app/deeper', value: 'host-deeper' },
  ];
  for (const cookie of cookies) await setOrFail(worker, { name: 'n', expirationDate, ...cookie });
  await setOrFail(worker, {
    url: 'http://a.test/app',
    name: 'other',
    path: '/app',
    value: 'other',
  });
}

const allSameNameCookies = [
  'domain-app .a.test/app',
  'host-app a.test/app',
  'host-deeper a.test/app/deeper',
  'host-root a.test/',
  'sub-app sub.a.test/app',
];

test.describe('cookies.set', () => {
  test('rejects a whole Cookie object: hostOnly and session are not SetDetails', async ({
    serviceWorker,
  }) => {
    await setOrFail(serviceWorker, { url: 'http://a.test/', name: 'w', value: '1' });
    const whole = await serviceWorker.evaluate(async () => {
      const cookie = await chrome.cookies.get({ url: 'http://a.test/', name: 'w' });
      try {
        await chrome.cookies.set({ ...cookie, url: 'http://a.test/' } as chrome.cookies.SetDetails);
        return 'resolved';
      } catch (error) {
        return (error as Error).message;
      }
    });
    expect(whole).toBe(
      "Error in invocation of cookies.set(object details, optional function callback): Error at parameter 'details': Unexpected property: 'hostOnly'.",
    );
    const withSession = await set(serviceWorker, {
      url: 'http://a.test/',
      name: 'w',
      value: '2',
      session: true,
    });
    expect(withSession).toEqual({
      kind: 'error',
      message:
        "Error in invocation of cookies.set(object details, optional function callback): Error at parameter 'details': Unexpected property: 'session'.",
    });
  });

  test('resolves with get({url, name}) afterwards, which may be another cookie', async ({
    serviceWorker,
  }) => {
    await setOrFail(serviceWorker, {
      url: 'http://a.test/app',
      name: 'n',
      path: '/app',
      value: 'host',
    });
    // The new domain cookie has the same path; the older host-only one sorts first.
    const outcome = await set(serviceWorker, {
      url: 'http://a.test/app',
      name: 'n',
      domain: 'a.test',
      path: '/app',
      value: 'domain',
    });
    expect(describeOutcome(outcome)).toBe('cookie host a.test/app');
    expect(await cookieNamed(serviceWorker, 'n')).toEqual([
      'domain .a.test/app',
      'host a.test/app',
    ]);
  });

  test('an expirationDate in the past removes exactly that identity and resolves with what get() finds next', async ({
    serviceWorker,
  }) => {
    await sameNameCookies(serviceWorker);
    expect(await cookieNamed(serviceWorker, 'n')).toEqual(allSameNameCookies);
    const changes = await recordCookieChanges(serviceWorker);
    const expire = { name: 'n', value: '', expirationDate: 1 };

    // The host-only cookie on /app: no domain given.
    const hostApp = await set(serviceWorker, { url: 'http://a.test/app', path: '/app', ...expire });
    expect(describeChanges(await changes.take())).toEqual([
      'removed expired_overwrite: host-app a.test/app',
    ]);
    // Not "nothing": the cookie get({url, name}) now returns (longest path, then oldest).
    expect(describeOutcome(hostApp)).toBe('cookie domain-app .a.test/app');

    // The domain cookie on /app: same url, with domain.
    const domainApp = await set(serviceWorker, {
      url: 'http://a.test/app',
      domain: 'a.test',
      path: '/app',
      ...expire,
    });
    expect(describeChanges(await changes.take())).toEqual([
      'removed expired_overwrite: domain-app .a.test/app',
    ]);
    expect(describeOutcome(domainApp)).toBe('cookie host-root a.test/');

    // No cookie with that identity: nothing removed, and it still resolves with a cookie.
    const none = await set(serviceWorker, { url: 'http://a.test/zzz', path: '/zzz', ...expire });
    expect(await changes.take()).toEqual([]);
    expect(describeOutcome(none)).toBe('cookie host-root a.test/');

    expect(await cookieNamed(serviceWorker, 'n')).toEqual([
      'host-deeper a.test/app/deeper',
      'host-root a.test/',
      'sub-app sub.a.test/app',
    ]);
    expect(await cookieNamed(serviceWorker, 'other')).toEqual(['other a.test/app']);

    // When nothing of that name is sent to the url any more, it resolves with undefined.
    const last = await set(serviceWorker, { url: 'http://a.test/', path: '/', ...expire });
    expect(describeChanges(await changes.take())).toEqual([
      'removed expired_overwrite: host-root a.test/',
    ]);
    expect(last).toEqual({ kind: 'undefined' });
  });

  test('expiring a Secure cookie needs an https url, but not its flags', async ({
    serviceWorker,
  }) => {
    await setOrFail(serviceWorker, {
      url: 'https://a.test/',
      name: 'h',
      value: 'secure',
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
    });
    const changes = await recordCookieChanges(serviceWorker);
    const overHttp = await set(serviceWorker, {
      url: 'http://a.test/',
      name: 'h',
      value: '',
      expirationDate: 1,
    });
    expect(overHttp).toEqual({
      kind: 'error',
      message: 'Failed to parse or set cookie named "h".',
    });
    expect(await changes.take()).toEqual([]);

    const overHttps = await set(serviceWorker, {
      url: 'https://a.test/',
      name: 'h',
      value: '',
      expirationDate: 1,
    });
    expect(overHttps).toEqual({ kind: 'undefined' });
    expect(describeChanges(await changes.take())).toEqual([
      'removed expired_overwrite: secure a.test/',
    ]);
  });

  test('an expiry 500 days ahead is clamped to 400 days', async ({ serviceWorker }) => {
    const day = 24 * 60 * 60;
    const before = Date.now() / 1000;
    const outcome = await set(serviceWorker, {
      url: 'http://a.test/',
      name: 'long',
      value: '1',
      expirationDate: before + 500 * day,
    });
    const after = Date.now() / 1000;
    if (outcome.kind !== 'cookie') throw new Error(describeOutcome(outcome));
    const expiry = outcome.cookie.expirationDate ?? 0;
    expect(expiry).toBeGreaterThanOrEqual(before + 400 * day);
    expect(expiry).toBeLessThanOrEqual(after + 400 * day);
    expect(outcome.cookie.session).toBe(false);
  });
});

test.describe('cookies.remove', () => {
  test('removes every same-name cookie sent to the url: parent paths and domain cookies too', async ({
    serviceWorker,
  }) => {
    await sameNameCookies(serviceWorker);
    await setOrFail(serviceWorker, {
      url: 'http://a.test/',
      name: 'n',
      domain: 'a.test',
      path: '/',
      value: 'domain-root',
    });
    const changes = await recordCookieChanges(serviceWorker);

    const removed = await remove(serviceWorker, { url: 'http://a.test/app', name: 'n' });
    expect(removed).toEqual({ name: 'n', storeId: '0', url: 'http://a.test/app' });
    expect(describeChanges(await changes.take()).sort()).toEqual([
      'removed explicit: domain-app .a.test/app',
      'removed explicit: domain-root .a.test/',
      'removed explicit: host-app a.test/app',
      'removed explicit: host-root a.test/',
    ]);
    // Deeper paths, other hosts' host-only cookies and other names stay.
    expect(await cookieNamed(serviceWorker, 'n')).toEqual([
      'host-deeper a.test/app/deeper',
      'sub-app sub.a.test/app',
    ]);
    expect(await cookieNamed(serviceWorker, 'other')).toEqual(['other a.test/app']);

    // It resolves the same way when nothing was removed.
    const nothing = await remove(serviceWorker, { url: 'http://a.test/app', name: 'n' });
    expect(nothing).toEqual({ name: 'n', storeId: '0', url: 'http://a.test/app' });
    expect(await changes.take()).toEqual([]);
  });

  test('on a subdomain url it removes the parent domain cookie; https removes non-Secure too', async ({
    serviceWorker,
  }) => {
    await sameNameCookies(serviceWorker);
    const changes = await recordCookieChanges(serviceWorker);
    await remove(serviceWorker, { url: 'https://sub.a.test/app', name: 'n' });
    expect(describeChanges(await changes.take()).sort()).toEqual([
      'removed explicit: domain-app .a.test/app',
      'removed explicit: sub-app sub.a.test/app',
    ]);
  });
});

test.describe('cookies.getAll', () => {
  test('{domain} includes the domain and its subdomains, never parents', async ({
    serviceWorker,
  }) => {
    const cookies: chrome.cookies.SetDetails[] = [
      { url: 'http://a.test/', value: 'a-host' },
      { url: 'http://a.test/', domain: 'a.test', value: 'a-domain' },
      { url: 'http://sub.a.test/', value: 'sub-host' },
      { url: 'http://sub.a.test/', domain: 'sub.a.test', value: 'sub-domain' },
      { url: 'http://x.sub.a.test/', value: 'x-sub-host' },
      { url: 'http://b.test/', value: 'b-host' },
    ];
    for (const cookie of cookies) await setOrFail(serviceWorker, { name: 'd', ...cookie });
    const valuesFor = (domain: string) =>
      serviceWorker.evaluate(
        async (d) => (await chrome.cookies.getAll({ domain: d })).map((c) => c.value).sort(),
        domain,
      );
    const underA = ['a-domain', 'a-host', 'sub-domain', 'sub-host', 'x-sub-host'];
    expect(await valuesFor('a.test')).toEqual(underA);
    expect(await valuesFor('.a.test')).toEqual(underA);
    // The .a.test cookie is sent to sub.a.test, yet getAll({domain: 'sub.a.test'}) omits it.
    expect(await valuesFor('sub.a.test')).toEqual(['sub-domain', 'sub-host', 'x-sub-host']);
    expect(await valuesFor('x.sub.a.test')).toEqual(['x-sub-host']);
    expect(await valuesFor('test')).toEqual([...underA, 'b-host'].sort());
  });

  test('omits partitioned cookies unless partitionKey is given', async ({ serviceWorker }) => {
    await setOrFail(serviceWorker, {
      url: 'https://b.test/',
      name: 'p',
      value: 'partitioned',
      secure: true,
      partitionKey: { topLevelSite: 'https://a.test' },
    });
    await setOrFail(serviceWorker, {
      url: 'https://b.test/',
      name: 'p',
      value: 'plain',
      secure: true,
    });
    const valuesFor = async (details: chrome.cookies.GetAllDetails) =>
      (await serviceWorker.evaluate((d) => chrome.cookies.getAll(d), details))
        .map(describePartition)
        .sort();
    expect(await valuesFor({ domain: 'b.test' })).toEqual(['plain']);
    expect(await valuesFor({ domain: 'b.test', partitionKey: {} })).toEqual([
      'partitioned https://a.test true',
      'plain',
    ]);
    // A specific partition: only that partition's cookies, the unpartitioned one not.
    expect(
      await valuesFor({ domain: 'b.test', partitionKey: { topLevelSite: 'https://a.test' } }),
    ).toEqual(['partitioned https://a.test true']);
    expect(
      await valuesFor({ domain: 'b.test', partitionKey: { topLevelSite: 'https://c.test' } }),
    ).toEqual([]);
  });
});

function describePartition(cookie: chrome.cookies.Cookie): string {
  const key = cookie.partitionKey;
  return key ? `${cookie.value} ${key.topLevelSite} ${key.hasCrossSiteAncestor}` : cookie.value;
}

test.describe('partitioned cookies', () => {
  const partitioned = {
    url: 'https://b.test/',
    name: 'p',
    secure: true,
    partitionKey: { topLevelSite: 'https://a.test' },
  };

  test('set: Secure over https only; hasCrossSiteAncestor defaults to true; key errors', async ({
    serviceWorker,
  }) => {
    const ok = await set(serviceWorker, { ...partitioned, value: 'v' });
    expect(describeOutcome(ok)).toBe(
      'cookie v b.test/ partitioned(https://a.test, cross-site ancestor: true)',
    );
    const notSecure = await set(serviceWorker, { ...partitioned, secure: false, value: 'v' });
    expect(notSecure).toEqual({
      kind: 'error',
      message: 'Failed to parse or set cookie named "p".',
    });
    const overHttp = await set(serviceWorker, {
      ...partitioned,
      url: 'http://b.test/',
      value: 'v',
    });
    expect(overHttp).toEqual({
      kind: 'error',
      message: 'Failed to parse or set cookie named "p".',
    });

    const errorFor = async (partitionKey: chrome.cookies.CookiePartitionKey) =>
      describeOutcome(await set(serviceWorker, { ...partitioned, value: 'x', partitionKey }));
    expect(await errorFor({ topLevelSite: 'https://a.test', hasCrossSiteAncestor: false })).toBe(
      'error partitionKey has a first party value for hasCrossSiteAncestor when the url and the topLevelSite are not first party.',
    );
    expect(await errorFor({ hasCrossSiteAncestor: true })).toBe(
      'error CookiePartitionKey.topLevelSite is not present when CookiePartitionKey.hasCrossSiteAncestor is present.',
    );
    expect(await errorFor({ topLevelSite: 'not a url' })).toBe(
      'error Invalid value for CookiePartitionKey.topLevelSite.',
    );
    // Same-site top level: a first-party partition is allowed.
    expect(await errorFor({ topLevelSite: 'https://b.test', hasCrossSiteAncestor: false })).toBe(
      'cookie x b.test/ partitioned(https://b.test, cross-site ancestor: false)',
    );
  });

  test('set: topLevelSite is stored as a site, and then set resolves with undefined', async ({
    serviceWorker,
  }) => {
    const withPath = await set(serviceWorker, {
      ...partitioned,
      name: 'q',
      value: 'from-path',
      partitionKey: { topLevelSite: 'https://a.test/some/path' },
    });
    const fromSubdomain = await set(serviceWorker, {
      ...partitioned,
      name: 'r',
      value: 'from-subdomain',
      partitionKey: { topLevelSite: 'https://sub.a.test' },
    });
    expect(withPath).toEqual({ kind: 'undefined' });
    expect(fromSubdomain).toEqual({ kind: 'undefined' });
    expect(await cookieNamed(serviceWorker, 'q')).toEqual([
      'from-path b.test/ partitioned(https://a.test, cross-site ancestor: true)',
    ]);
    expect(await cookieNamed(serviceWorker, 'r')).toEqual([
      'from-subdomain b.test/ partitioned(https://a.test, cross-site ancestor: true)',
    ]);
  });

  test('remove with a partitionKey also removes the unpartitioned twin; expiring via set does not', async ({
    serviceWorker,
  }) => {
    const twins = async () => {
      await setOrFail(serviceWorker, { ...partitioned, value: 'partitioned' });
      await setOrFail(serviceWorker, {
        url: 'https://b.test/',
        name: 'p',
        value: 'plain',
        secure: true,
      });
    };
    await twins();
    const changes = await recordCookieChanges(serviceWorker);
    const key = { topLevelSite: 'https://a.test', hasCrossSiteAncestor: true };

    // Without partitionKey: the unpartitioned one only.
    await remove(serviceWorker, { url: 'https://b.test/', name: 'p' });
    expect(describeChanges(await changes.take())).toEqual(['removed explicit: plain b.test/']);

    // With the partition key but hasCrossSiteAncestor: false, the partitioned one (true)
    // does not match, yet the unpartitioned twin is removed.
    await twins();
    await changes.take();
    await remove(serviceWorker, {
      url: 'https://b.test/',
      name: 'p',
      partitionKey: { ...key, hasCrossSiteAncestor: false },
    });
    expect(describeChanges(await changes.take())).toEqual(['removed explicit: plain b.test/']);

    // With the key minus hasCrossSiteAncestor (taken as true): both go.
    await twins();
    await changes.take();
    const removed = await remove(serviceWorker, {
      url: 'https://b.test/',
      name: 'p',
      partitionKey: { topLevelSite: 'https://a.test' },
    });
    expect(removed).toEqual({
      name: 'p',
      storeId: '0',
      url: 'https://b.test/',
      partitionKey: { topLevelSite: 'https://a.test' },
    });
    expect(describeChanges(await changes.take()).sort()).toEqual([
      'removed explicit: partitioned b.test/ partitioned(https://a.test, cross-site ancestor: true)',
      'removed explicit: plain b.test/',
    ]);

    // Expiring through set with the exact key touches the partitioned cookie only,
    // and needs secure: true like any partitioned set.
    await twins();
    await changes.take();
    const expire = { ...partitioned, value: '', expirationDate: 1, partitionKey: key };
    expect(await set(serviceWorker, { ...expire, secure: false })).toEqual({
      kind: 'error',
      message: 'Failed to parse or set cookie named "p".',
    });
    expect(await set(serviceWorker, expire)).toEqual({ kind: 'undefined' });
    expect(describeChanges(await changes.take())).toEqual([
      'removed expired_overwrite: partitioned b.test/ partitioned(https://a.test, cross-site ancestor: true)',
    ]);
    expect(await cookieNamed(serviceWorker, 'p')).toEqual(['plain b.test/']);
  });
});
