import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionStoreKinds } from './demo-options';
import { request, startTestSite, type TestSite } from './demo-test-client';

/** Every cookie the site reads, in shapes cookie-parser turns into objects, nulls or junk. */
const names = [
  'visits',
  'last_visit',
  'username',
  'last_connection',
  'testcookie',
  'signed_message',
  'signed_greeting',
  'csrftoken',
  'welcome',
  'sessionid',
  'sessiondata',
  'sessiondata.sig',
  'fits_4096',
  'over_4097',
];
const shapes = [
  'j:{"a":1}',
  'j:[1,2]',
  'j:"text"',
  'j:true',
  'j:null',
  'j:{',
  's:',
  's:x.y',
  '%ZZ%',
  '""',
  '',
  '"a:b:c"',
  '"\\777\\"',
  'x:0:y',
];
const hostileHeaders = [
  ...shapes.map((shape) => names.map((name) => `${name}=${shape}`).join('; ')),
  '=; ==; ;;; =x; x=',
  'visits=1; visits=2; visits=abc',
  `visits=${'9'.repeat(400)}`,
  Array.from({ length: 150 }, (_, index) => `c${index}=${index}`).join('; '),
];

const sessionPages: Array<[string, Record<string, string>?]> = [
  ['sessions/', undefined],
  ['sessions/set', { key: 'k', value: 'v' }],
  ['sessions/flush', {}],
  ['test-cookie/', undefined],
  ['test-cookie/check', undefined],
];
const otherPages: Array<[string, Record<string, string>?]> = [
  ['', undefined],
  ['cookies/show', undefined],
  ['cookies/update', { name: 'visits', value: 'x' }],
  ['visits/', undefined],
  ['visits/about', undefined],
  ['login/', undefined],
  ['signed/', undefined],
  ['signed/django/', undefined],
  ['limits/result', undefined],
];

describe.each(sessionStoreKinds)('hostile cookies against every page (%s store)', (kind) => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: kind });
  });
  afterAll(() => site.dispose());

  // Only the session pages depend on the store: the others are checked once, with the first.
  const pages = kind === sessionStoreKinds[0] ? [...sessionPages, ...otherPages] : sessionPages;

  it('answers every page without a server error', async () => {
    const failures: string[] = [];
    for (const cookies of hostileHeaders) {
      const responses = await Promise.all(
        pages.map(([page, form]) =>
          request(`${site.httpUrl}${page}`, { cookies, form, csrf: form !== undefined }),
        ),
      );
      responses.forEach((response, index) => {
        if (response.status >= 500 || !response.body.includes('id="received-cookies"')) {
          failures.push(`${response.status} /${pages[index]?.[0]} with ${cookies.slice(0, 60)}`);
        }
      });
    }
    expect(failures).toEqual([]);
  });
});

describe('hostile form input', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite({ sessionStore: 'memory' });
  });
  afterAll(() => site.dispose());

  it('answers every character in a name, value, path and domain with a page, never a crash', async () => {
    const characters = [
      ...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)),
      'é',
      '€',
      '😀',
      '\u2028',
    ];
    const forms = characters.flatMap((char): Record<string, string>[] => [
      { name: `a${char}b`, value: 'v' },
      { name: 'a', value: `v${char}w` },
      { name: 'a', value: 'v', path: `/a${char}b` },
      { name: 'a', value: 'v', domain: `a${char}b.test` },
    ]);
    const statuses = new Set<number>();
    for (let start = 0; start < forms.length; start += 40) {
      const batch = forms.slice(start, start + 40);
      const responses = await Promise.all(
        batch.map((form) => request(`${site.httpUrl}cookies/set`, { csrf: true, form })),
      );
      for (const [index, response] of responses.entries()) {
        statuses.add(response.status);
        if (response.status >= 500) throw new Error(`500 for ${JSON.stringify(batch[index])}`);
      }
    }
    expect([...statuses].sort()).toEqual([200, 400]);
  });
});
