import { describe, expect, it } from 'vitest';
import { identityKey } from '../cookies/cookie-identity';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { requestLimits } from '../protocol/request-limits';
import { previewImportText } from './import-preview';

const nowSeconds = 1_800_000_000;
const t = '\t';
const line = (domain: string, name: string, value = '1') =>
  [domain, 'FALSE', '/', 'FALSE', nowSeconds + 3600, name, value].join(t);

function preview(text: string, present: ReturnType<typeof testCookie>[] = []) {
  const result = previewImportText(text, {
    storeId: '0',
    nowSeconds,
    present: present.map((c) => [identityKey(c), c.domain] as const),
  });
  if (!result.ok) throw new Error(result.error);
  return result.preview;
}

describe('ImportPreview', () => {
  const text = [
    line('a.test', 'new'),
    line('a.test', 'there'),
    line('a.test', 'new', 'again'),
    line('a.test', 'bad', 'semi;colon'),
    'not a cookie line',
    line('.github.io', 'suffix').replace('FALSE', 'TRUE'),
  ].join('\n');
  const there = testCookie({ name: 'there', domain: 'a.test' });

  it('counts what the import will do, with the public suffix rules', () => {
    expect(preview(text, [there]).summary).toMatchObject({
      format: 'netscape',
      total: 6,
      importable: 3,
      existing: 1,
      capacity: { adding: 1, present: 1, tooMany: false, crowdedSites: [] },
    });
  });

  it('gives any slice of rows as text, marking existing and rejected ones', () => {
    const rows = preview(text, [there]).rows(1, 5);
    expect(
      rows.map((r) => (r.kind === 'cookie' ? [r.name, r.importable, r.exists] : r.kind)),
    ).toEqual([['there', true, true], ['new', true, false], ['bad', false, false], 'rejected']);
    expect(rows[2]).toMatchObject({ issues: [{ severity: 'error' }] });
  });

  it('hands over the importable drafts and the existing cookies they replace', () => {
    const { drafts, existingKeys } = preview(text, [there]).selection();
    // A repeat is not sent: the preview said the first one is imported.
    expect(drafts.map((d) => d.name)).toEqual(['new', 'there']);
    expect(existingKeys).toEqual([identityKey(there)]);
  });

  it('shortens a rejected source: a file without line breaks is one line', () => {
    const long = `${'x'.repeat(10_000)}\t${'y'.repeat(10)}`;
    const [row] = preview(`# Netscape HTTP Cookie File\n${long}`).rows(0, 1);
    expect(row?.kind === 'rejected' && row.source.length).toBe(301);
  });
});

describe('under first-party isolation (Firefox)', () => {
  // Every cookie has a first party; one written without it joins its own site's.
  const isolated = testCookie({ name: 'there', domain: 'shop.a.test', firstPartyDomain: 'a.test' });
  const text = [line('shop.a.test', 'there'), line('b.test', 'new')].join('\n');
  const isolatedPreview = (isolatesFirstParties: boolean) => {
    const result = previewImportText(text, {
      storeId: '0',
      nowSeconds,
      present: [[identityKey(isolated), isolated.domain]],
      isolatesFirstParties,
    });
    if (!result.ok) throw new Error(result.error);
    return result.preview;
  };

  it("compares a cookie without a first party in its own site's, as the import writes it", () => {
    const preview = isolatedPreview(true);
    expect(preview.summary.existing).toBe(1);
    expect(preview.rows(0, 2).map((r) => r.kind === 'cookie' && r.exists)).toEqual([true, false]);
    const { drafts, existingKeys } = preview.selection();
    expect(drafts.map((d) => [d.name, d.firstPartyDomain])).toEqual([
      ['there', 'a.test'],
      ['new', 'b.test'],
    ]);
    expect(existingKeys).toEqual([identityKey(isolated)]);
  });

  it('leaves drafts as they are without isolation (the cookie then is another one)', () => {
    const preview = isolatedPreview(false);
    expect(preview.summary.existing).toBe(0);
    expect(preview.selection().drafts.every((d) => d.firstPartyDomain === undefined)).toBe(true);
  });
});

describe('the 400-day cap', () => {
  const far = nowSeconds + 500 * 86_400;
  it.each([
    ['Netscape', line('a.test', 'a').replace(String(nowSeconds + 3600), String(far))],
    ['JSON', JSON.stringify([{ domain: 'a.test', name: 'a', value: '1', expirationDate: far }])],
    [
      'Playwright',
      JSON.stringify({ cookies: [{ domain: 'a.test', name: 'a', value: '1', expires: far }] }),
    ],
  ])('is noted once for a %s cookie', (_label, text) => {
    const [row] = preview(text).rows(0, 1);
    const notes = row?.kind === 'cookie' ? row.issues.map((i) => i.message) : [];
    expect(notes.filter((m) => m.includes('400 days'))).toHaveLength(1);
  });
});

describe('what an import sends stays within one request', () => {
  it('sends a cookie repeated 20,000 times once, not 20,000 drafts past the 10,000 limit', () => {
    const text = Array.from({ length: 20_000 }, () => line('a.test', 'same')).join('\n');
    const result = preview(text);
    expect(result.summary).toMatchObject({
      total: 20_000,
      capacity: { adding: 1, tooMany: false },
    });
    expect(result.selection().drafts.length).toBeLessThanOrEqual(requestLimits.cookies);
    expect(result.selection().drafts).toHaveLength(1);
  });
});
