import { describe, expect, it } from 'vitest';
import type { StoreKind } from '../protocol/store-kind';
import type { BrowserFacts } from './browser-facts';
import { kindOfStore } from './store-kinds';

type Stores = Awaited<ReturnType<BrowserFacts['cookieStores']>>;
type Containers = Awaited<ReturnType<BrowserFacts['containers']>>;

const chromeStores: Stores = [
  { id: '0', tabIds: [1] },
  { id: '1', tabIds: [2] },
];
const work = { cookieStoreId: 'firefox-container-3', name: 'Work', color: 'green' };

describe('kindOfStore', () => {
  it.each<[string, string, Stores, Containers, StoreKind]>([
    ['Chrome regular', '0', chromeStores, [], { kind: 'default' }],
    ['Chrome incognito ("1", not flagged)', '1', chromeStores, [], { kind: 'private' }],
    ['Firefox default', 'firefox-default', [], [work], { kind: 'default' }],
    [
      'Firefox private, flagged',
      'firefox-private',
      [{ id: 'firefox-private', incognito: true, tabIds: [4] }],
      [],
      { kind: 'private' },
    ],
    ['Firefox private, no tab open', 'firefox-private', [], [], { kind: 'private' }],
    [
      'a container',
      'firefox-container-3',
      [],
      [work],
      { kind: 'container', name: 'Work', colour: 'green' },
    ],
    // A container removed while its tab was open: still a store, no longer a name.
    ['an unknown container', 'firefox-container-8', [], [work], { kind: 'default' }],
    [
      'a colour this version does not know',
      'firefox-container-3',
      [],
      [{ ...work, color: 'url(javascript:alert(1))' }],
      { kind: 'container', name: 'Work', colour: 'toolbar' },
    ],
  ])('%s', (_, storeId, stores, containers, expected) => {
    expect(kindOfStore(storeId, stores, containers)).toEqual(expected);
  });

  it('believes the browser when it says a listed store is not incognito', () => {
    expect(kindOfStore('1', [{ id: '1', incognito: false, tabIds: [] }], [])).toEqual({
      kind: 'default',
    });
  });
});
