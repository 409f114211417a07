import { describe, expect, it } from 'vitest';
import { draftFromCookie } from '../cookies/cookie';
import { publicSuffixRules } from '../cookies/cookie-site';
import { rawPathReason } from '../cookies/raw-path';
import { FakeCookieStore, testCookie } from '../cookies/testing/fake-cookie-store';
import { evictedReason } from '../journal/apply-changes';
import { importAction } from '../journal/import-action';
import { testContext } from '../journal/testing/journal-fixtures';
import { detectFormat } from './detect-format';
import { evictionWarnings, importCapacity, tooManyReason } from './import-capacity';
import { fileTooBigReason, textOfImportFile } from './import-file-text';
import { previewImportText } from './import-preview';

// Messages are built from parts that are sentences themselves ("Not saved: " + a reason that
// ends with a full stop): collect what the import says for many bad inputs and check each one
// reads as a sentence with one full stop.

const nowSeconds = 1_800_000_000;
const t = '\t';
const later = nowSeconds + 3600;
const inputs = [
  '',
  'garbage',
  '[garbage',
  '{"cookies": 1}',
  '{"format":"cookie-workbench","version":9,"cookies":[]}',
  '{"format":"cookie-workbench"}',
  '[1, null, {"name":"a"}, {"domain":"a.test","value":{}}, {"domain":"a.test","name":"x","expirationDate":"soon"}]',
  '[{"domain":"a.test","name":"a b;","value":" v;\\u0001","path":"x","sameSite":"odd","storeId":"9"}]',
  '[{"domain":".github.io","name":"__Host-a","value":"1","secure":false,"partitionKey":{"topLevelSite":"http://x"}}]',
  '[{"domain":"a.test","name":"a","value":"1","expirationDate":1000},{"domain":"a.test","name":"a","value":"1","expirationDate":9999999999}]',
  `a.test${t}MAYBE${t}/${t}FALSE${t}0${t}a${t}1\nonly spaces here at all`,
  `a.test${t}FALSE${t}/x y${t}FALSE${t}${later}${t}a${t}1\na.test${t}FALSE${t}/${t}FALSE${t}x${t}a${t}1`,
  'a=1; a=2; =3',
  'curl -b cookies.txt https://a.test',
  'curl https://a.test',
  'curl -b a=1',
  "curl -b 'a=1",
];

function messagesOf(text: string): string[] {
  const options = { storeId: '0', nowSeconds, url: 'https://a.test/', present: [] };
  const result = previewImportText(text, options);
  if (!result.ok) return [result.error];
  const { preview } = result;
  const rows = preview.rows(0, preview.summary.total);
  return [
    ...preview.problems(1000).lines,
    ...rows.flatMap((r) => (r.kind === 'rejected' ? [r.reason] : r.issues.map((i) => i.message))),
  ];
}

const badSentence = (message: string) =>
  /\.\.(?!\.)/.test(message.replaceAll('…', '')) || !/[.)?]$/.test(message);

describe('every message of an import is a sentence with one full stop', () => {
  it.each(inputs)('%j', (text) => {
    const messages = messagesOf(text);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter(badSentence)).toEqual([]);
  });

  it('and so are the limits, the refusals and the write path', async () => {
    const store = new FakeCookieStore(nowSeconds, []);
    store.failNextSets = [() => 'reject', () => 'alter'];
    const drafts = [
      draftFromCookie(testCookie({ name: 'a' })),
      draftFromCookie(testCookie({ name: 'b' })),
      draftFromCookie(testCookie({ name: 'c', value: 'x;y' })),
    ];
    const { results } = await importAction(testContext(store), {
      drafts,
      onExisting: 'skip',
      seen: [],
    });
    const written = results.flatMap((r) => ('reason' in r ? [r.reason] : []));
    expect(written).toHaveLength(3);
    const capacity = importCapacity(
      Array.from({ length: 4000 }, () => 'a.test'),
      [],
    );
    const crowded = importCapacity(
      Array.from({ length: 3000 }, () => 'a.test'),
      Array.from({ length: 1000 }, () => 'b.test'),
    );
    const messages = [
      ...written,
      tooManyReason(capacity),
      ...evictionWarnings(crowded),
      fileTooBigReason(40 * 1024 * 1024),
      (() => {
        const read = textOfImportFile(new Uint8Array([0]));
        return read.ok ? '' : read.error;
      })(),
      rawPathReason('/x y'),
      evictedReason(testCookie()),
      ...(() => {
        const detected = detectFormat('a=1', {
          storeId: '0',
          nowSeconds,
          hostRules: publicSuffixRules,
        });
        return detected.ok ? [] : [detected.error];
      })(),
    ].map((m) => m ?? '');
    expect(messages.filter(badSentence)).toEqual([]);
  });
});
