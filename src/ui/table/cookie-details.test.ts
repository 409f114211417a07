import { describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { detailsPaneId } from './details-pane-id';

describe('detailsPaneId', () => {
  it('is one IDREF token even for a name full of spaces and markup', () => {
    const id = detailsPaneId(
      testCookie({ name: 'a b"<img src=x>', domain: 'a.test', path: '/ x' }),
    );
    expect(id).toMatch(/^cookie-details-[0-9a-z]+$/);
  });

  it('is the same for the same cookie and differs between cookies', () => {
    const sid = testCookie({ name: 'sid', domain: 'a.test', path: '/' });
    expect(detailsPaneId({ ...sid, value: 'other' })).toBe(detailsPaneId(sid));
    const others = [
      { ...sid, name: 'sid2' },
      { ...sid, domain: 'b.test' },
      { ...sid, path: '/app' },
      { ...sid, storeId: '1' },
    ];
    const ids = new Set([sid, ...others].map(detailsPaneId));
    expect(ids.size).toBe(5);
  });
});
