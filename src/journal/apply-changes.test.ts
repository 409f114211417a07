import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookies/cookie';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { applyChanges, reverseChange } from './apply-changes';
import { redact } from './recorded-cookie';

const now = 1_800_000_000;
const a = testCookie({ name: 'a', value: '1', session: false, expirationDate: now + 3600.5 });
const b = testCookie({ name: 'b', value: '2', domain: '.a.test', hostOnly: false, path: '/p' });
const chips = testCookie({
  name: 'c',
  secure: true,
  partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
});
const options = { nowSeconds: now, since: now };
const sorted = (list: Cookie[]) => [...list].sort((x, y) => x.name.localeCompare(y.name));
const statuses = (outcomes: { status: string }[]) => outcomes.map((o) => o.status);

describe('applyChanges', () => {
  it('deletes and writes, and undoing brings back exactly what was there', async () => {
    const store = new FakeCookieStore(now, [a, b, chips]);
    const changes = [{ before: a }, { before: chips }, { before: b, after: { ...b, value: 'x' } }];
    expect(statuses(await applyChanges(store, changes, options))).toEqual([
      'applied',
      'applied',
      'applied',
    ]);
    expect(store.cookies).toEqual([{ ...b, value: 'x' }]);
    await applyChanges(store, changes.map(reverseChange), options);
    expect(sorted(store.cookies)).toEqual(sorted([a, b, chips]));
  });

  it('leaves an identity already in its after state alone (running it twice is harmless)', async () => {
    const store = new FakeCookieStore(now, [a]);
    const changes = [{ before: a }, { after: b }];
    await applyChanges(store, changes, options);
    store.calls = [];
    expect(statuses(await applyChanges(store, changes, options))).toEqual(['already', 'already']);
    expect(store.calls).toEqual([]);
  });

  it('keeps and reports a cookie that is in neither state: something else changed it', async () => {
    const rewritten = { ...a, value: 'from-the-site' };
    const store = new FakeCookieStore(now, [rewritten]);
    const [outcome] = await applyChanges(store, [{ before: a }], options);
    expect(outcome).toEqual({
      status: 'kept',
      reason: '"a" (a.test/) changed in the browser meanwhile (value); kept as it is.',
    });
    expect(store.cookies).toEqual([rewritten]);
  });

  it('does not re-create, on undo, a cookie the site has set again since', async () => {
    const store = new FakeCookieStore(now, []);
    const reborn = { ...a, value: 'new-login' };
    store.cookies = [reborn];
    const [outcome] = await applyChanges(store, [reverseChange({ before: a })], options);
    expect(outcome?.status).toBe('kept');
    expect(outcome?.reason).toBe(
      '"a" (a.test/) was created in the browser meanwhile; kept as it is.',
    );
    expect(store.cookies).toEqual([reborn]);
  });

  it('finishes a rename cut off after the new cookie was written: the old one goes', async () => {
    const renamed = { ...a, name: 'renamed' };
    const store = new FakeCookieStore(now, [a, renamed]);
    const outcomes = await applyChanges(store, [{ after: renamed }, { before: a }], options);
    expect(statuses(outcomes)).toEqual(['already', 'applied']);
    expect(store.cookies).toEqual([renamed]);
  });

  it('tells a cookie it cannot write from a record without the value', async () => {
    const store = new FakeCookieStore(now, [a]);
    const outcomes = await applyChanges(store, [{ before: redact(b) }, { after: redact(b) }], {
      ...options,
    });
    expect(statuses(outcomes)).toEqual(['already', 'lost']);
  });

  it('matches a recorded cookie by its value fingerprint', async () => {
    const store = new FakeCookieStore(now, [a]);
    const [outcome] = await applyChanges(store, [{ before: redact(a) }], options);
    expect(outcome?.status).toBe('applied');
    expect(store.cookies).toEqual([]);
  });

  it('reports a cookie whose expiry has passed instead of pretending to restore it', async () => {
    const store = new FakeCookieStore(now, []);
    const expired = { ...a, expirationDate: now - 5 };
    const [outcome] = await applyChanges(store, [reverseChange({ before: expired })], options);
    expect(outcome).toMatchObject({ status: 'expired', reason: expect.stringMatching(/expired/) });
  });

  it('reports, in words, a cookie the browser refused or stored differently', async () => {
    const store = new FakeCookieStore(now, []);
    store.failNextSets = [() => 'reject', () => 'alter'];
    const outcomes = await applyChanges(store, [{ after: a }, { after: b }], options);
    expect(outcomes).toEqual([
      {
        status: 'failed',
        reason: expect.stringMatching(/^"a" \(a.test\/\) was not written: the browser refused/),
      },
      { status: 'failed', reason: expect.stringMatching(/different value/) },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain('Failed to parse');
  });

  it('accepts an expiry the browser shortened to 400 days as the recorded one', async () => {
    const far = { ...a, expirationDate: now + 500 * 86_400 };
    const store = new FakeCookieStore(now, []);
    await applyChanges(store, [{ after: far }], options);
    const later = { nowSeconds: now + 60, since: now };
    expect(statuses(await applyChanges(store, [{ after: far }], later))).toEqual(['already']);
  });
});
