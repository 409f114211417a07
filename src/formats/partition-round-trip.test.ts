import { describe, expect, it } from 'vitest';
import type { Cookie, CookieDraft } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { importAction } from '../journal/import-action';
import { testContext } from '../journal/testing/journal-fixtures';
import { detectFormat } from './detect-format';
import { exportWorkbenchJson } from './workbench-json';

// hasCrossSiteAncestor is part of a CHIPS cookie's identity: a.test's cookie set in a frame
// under a cross-site ancestor (a.test → b.test → a.test) is another cookie than the one set by
// a.test's own page, though both are in the partition https://a.test. An import that drops the
// flag writes the other cookie: the import guesses it from the sites, Chrome assumes true.

const now = 1_800_000_000;
const options = { storeId: '0', nowSeconds: now, hostRules: { allowsDomainCookie: () => true } };

function chip(hasCrossSiteAncestor: boolean): Cookie {
  return testCookie({
    name: 'chip',
    value: '1',
    domain: 'a.test',
    secure: true,
    sameSite: 'no_restriction',
    partitionKey: { topLevelSite: 'https://a.test', hasCrossSiteAncestor },
  });
}

/** Playwright's storageState: the partition as a string, Chrome's flag in its own field. */
function playwrightState(hasCrossSiteAncestor: boolean): string {
  const cookie = {
    name: 'chip',
    value: '1',
    domain: 'a.test',
    path: '/',
    expires: -1,
    httpOnly: false,
    secure: true,
    sameSite: 'None',
    partitionKey: 'https://a.test',
    _crHasCrossSiteAncestor: hasCrossSiteAncestor,
  };
  return JSON.stringify({ cookies: [cookie], origins: [] });
}

function draftsOf(text: string): CookieDraft[] {
  const detected = detectFormat(text, options);
  if (!detected.ok) throw new Error(detected.error);
  return detected.entries.flatMap((e) => (e.ok ? [e.draft] : []));
}

/** Imports `text` into an empty store: what `cookies.set` was given and what it stored. */
async function imported(text: string): Promise<{ stored: Cookie[]; given: unknown[] }> {
  const store = new FakeCookieStore(now);
  const given: unknown[] = [];
  const set = store.set.bind(store);
  store.set = (details) => {
    given.push(details.partitionKey);
    return set(details);
  };
  const { results } = await importAction(testContext(store), {
    drafts: draftsOf(text),
    onExisting: 'skip',
    seen: [],
  });
  expect(results.map((r) => r.status)).toEqual(['imported']);
  return { stored: store.cookies, given };
}

describe('an import keeps hasCrossSiteAncestor and hands it to cookies.set', () => {
  const envelope = (flag: boolean) =>
    exportWorkbenchJson([chip(flag)], { shape: 'envelope', exportedAt: new Date(0) });
  const array = (flag: boolean) => exportWorkbenchJson([chip(flag)], { shape: 'array' });

  it.each<[string, boolean, (flag: boolean) => string]>([
    ['our envelope', true, envelope],
    ['our envelope', false, envelope],
    ['our plain array (Cookie-Editor’s format)', true, array],
    ['our plain array (Cookie-Editor’s format)', false, array],
    ['Playwright storageState (`_crHasCrossSiteAncestor`)', true, playwrightState],
    ['Playwright storageState (`_crHasCrossSiteAncestor`)', false, playwrightState],
  ])('%s with hasCrossSiteAncestor %s', async (_label, flag, write) => {
    const partitionKey = { topLevelSite: 'https://a.test', hasCrossSiteAncestor: flag };
    const { stored, given } = await imported(write(flag));
    expect(given).toEqual([partitionKey]);
    expect(stored.map((c) => c.partitionKey)).toEqual([partitionKey]);
  });

  it('ignores `_crHasCrossSiteAncestor` on an unpartitioned cookie', () => {
    const text = JSON.stringify([
      { name: 'c', value: '1', domain: 'a.test', secure: true, _crHasCrossSiteAncestor: false },
    ]);
    expect(draftsOf(text)[0]).not.toHaveProperty('partitionKey');
  });
});
