import { describe, expect, it } from 'vitest';
import { siteOfHost } from '../cookies/cookie-site';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { attributeChanges, shownValueLength, summarizeChanges } from './change-summary';
import { redact } from './recorded-cookie';

describe('summarizeChanges', () => {
  it('names the sites an action touched, by registrable domain: three, and counts all', () => {
    const hosts = ['a.test', 'www.a.test', 'shop.example.co.uk', 'b.test', 'c.test'];
    const summary = summarizeChanges(
      hosts.map((domain, i) => ({ before: testCookie({ name: `c${i}`, domain }) })),
      siteOfHost,
    );
    expect(summary.sites).toEqual(['a.test', 'b.test', 'c.test']);
    expect(summary.siteCount).toBe(4);
    expect(summary.tally).toEqual({ added: 0, removed: 5, changed: 0 });
    expect(summary.diff).toBeUndefined();
  });

  it('reads a domain cookie without its leading dot', () => {
    const summary = summarizeChanges(
      [{ before: testCookie({ domain: '.sub.a.test', hostOnly: false }) }],
      siteOfHost,
    );
    expect(summary.sites).toEqual(['a.test']);
  });

  it('gives an edit of one cookie attribute by attribute, old → new', () => {
    const before = testCookie({ value: 'old', secure: false, session: true });
    const after = testCookie({ value: 'new', secure: true, session: false, expirationDate: 2e9 });
    expect(summarizeChanges([{ before, after }], siteOfHost)).toEqual({
      sites: ['a.test'],
      siteCount: 1,
      tally: { added: 0, removed: 0, changed: 1 },
      diff: [
        { field: 'value', before: 'old', after: 'new' },
        { field: 'expires', before: 'session', after: '2000000000' },
        { field: 'secure', before: 'off', after: 'on' },
      ],
    });
  });

  it('reads a rename (new cookie created, old removed) as one cookie changed', () => {
    const before = testCookie({ name: 'old', path: '/' });
    const after = testCookie({ name: 'new', path: '/app', hostOnly: false, domain: '.a.test' });
    const summary = summarizeChanges([{ after }, { before }], siteOfHost);
    expect(summary.tally).toEqual({ added: 0, removed: 0, changed: 1 });
    expect(summary.diff).toEqual([
      { field: 'name', before: 'old', after: 'new' },
      { field: 'domain', before: 'a.test (host-only)', after: '.a.test' },
      { field: 'path', before: '/', after: '/app' },
    ]);
  });

  it('gives a deleted or created cookie as name=value → nothing, or the reverse', () => {
    const cookie = testCookie({ name: 'theme', value: 'dark' });
    expect(summarizeChanges([{ before: cookie }], siteOfHost).diff).toEqual([
      { field: 'cookie', before: 'theme=dark' },
    ]);
    expect(summarizeChanges([{ after: cookie }], siteOfHost).diff).toEqual([
      { field: 'cookie', after: 'theme=dark' },
    ]);
  });

  it('counts an import that adds some cookies and replaces others', () => {
    const summary = summarizeChanges(
      [
        { after: testCookie({ name: 'a' }) },
        { before: testCookie({ name: 'b' }), after: testCookie({ name: 'b', value: 'x' }) },
        { after: testCookie({ name: 'c' }) },
      ],
      siteOfHost,
    );
    expect(summary.tally).toEqual({ added: 2, removed: 0, changed: 1 });
    expect(summary.diff).toBeUndefined();
  });

  it('cuts long values so the index stays small', () => {
    const long = 'x'.repeat(4000);
    const [change] =
      summarizeChanges(
        [{ before: testCookie({ value: long }), after: testCookie({ value: `${long}y` }) }],
        siteOfHost,
      ).diff ?? [];
    expect(change?.before).toHaveLength(shownValueLength);
    expect(change?.before?.endsWith('…')).toBe(true);
  });

  it('never names a value the journal did not keep (an action without undo)', () => {
    const cookie = testCookie({ name: 'sid', value: 'secret-token' });
    const summary = summarizeChanges([{ before: redact(cookie) }], siteOfHost);
    expect(summary.diff).toEqual([{ field: 'cookie', before: 'sid' }]);
    expect(JSON.stringify(summary)).not.toContain('secret-token');
  });
});

describe('attributeChanges', () => {
  it('says a value changed without naming it when only fingerprints were kept', () => {
    const before = redact(testCookie({ value: 'one' }));
    expect(attributeChanges(before, redact(testCookie({ value: 'two' })))).toEqual([
      { field: 'value' },
    ]);
    expect(attributeChanges(before, redact(testCookie({ value: 'one' })))).toEqual([]);
  });

  it('names a partition and SameSite change', () => {
    const before = testCookie({ sameSite: 'lax' });
    const after = testCookie({
      sameSite: 'no_restriction',
      partitionKey: { topLevelSite: 'https://top.test' },
    });
    expect(attributeChanges(before, after)).toEqual([
      { field: 'sameSite', before: 'lax', after: 'no_restriction' },
      { field: 'partition', before: 'none', after: 'https://top.test' },
    ]);
  });
});
