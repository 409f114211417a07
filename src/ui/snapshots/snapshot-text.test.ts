import { afterEach, describe, expect, it } from 'vitest';
import { useMessages } from '../../i18n/testing/use-messages';
import type { RestoreReport } from '../../protocol/snapshot-protocol';
import { restoreNotice, sizeText } from './snapshot-text';

afterEach(() => useMessages('en'));

const report = (over: Partial<RestoreReport>): RestoreReport =>
  ({
    name: 'Alice',
    written: 0,
    removed: 0,
    expired: [],
    invalid: [],
    failed: [],
    notes: [],
    ...over,
  }) as RestoreReport;

describe('restore notice', () => {
  it('says what was written and removed, in whole sentences', () => {
    expect(restoreNotice(report({ written: 3, removed: 2 })).text).toBe(
      'Restored snapshot "Alice": 3 cookies written, 2 removed.',
    );
    expect(restoreNotice(report({ savedAs: 'Bob' })).text).toBe(
      'Saved the cookies as "Bob", then restored "Alice": nothing to change.',
    );
  });

  it('reads in German, with German numbers', () => {
    useMessages('de');
    expect(restoreNotice(report({ written: 1 })).text).toBe(
      'Snapshot „Alice“ wiederhergestellt: 1 Cookie geschrieben.',
    );
    expect(sizeText(12_700)).toBe('12,4 KB');
  });
});
