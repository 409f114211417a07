// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../cookies/classify-lifetime';
import { renderInDom } from '../testing/render-in-dom';
import { HistoryChange } from './history-change';

let cleanup = () => {};
afterEach(() => cleanup());

const lines = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-testid="history-diff"] li')].map((li) => li.textContent);

describe('HistoryChange', () => {
  it('reads expiry in local time, SameSite by its name, and a value not kept as such', () => {
    const view = renderInDom(
      <HistoryChange
        summary={{
          sites: ['a.test'],
          siteCount: 1,
          tally: { added: 0, removed: 0, changed: 1 },
          diff: [
            { field: 'value' },
            { field: 'expires', before: 'session', after: '2000000000' },
            { field: 'sameSite', before: 'unspecified', after: 'no_restriction' },
          ],
        }}
      />,
    );
    cleanup = view.unmount;
    expect(lines(view.root)).toEqual([
      'Value not kept → not kept',
      `Expires session → ${formatLocalDateTime(new Date(2e12))}`,
      'SameSite unset → None',
    ]);
  });

  it('names three sites and counts the rest; without a diff, the tally', () => {
    const view = renderInDom(
      <HistoryChange
        summary={{
          sites: ['a.test', 'b.test', 'c.test'],
          siteCount: 5,
          tally: { added: 2, removed: 1, changed: 3 },
        }}
      />,
    );
    cleanup = view.unmount;
    expect(view.root.querySelector('[data-testid="history-sites"]')?.textContent).toBe(
      'a.test, b.test, c.test and 2 more',
    );
    expect(view.root.querySelector('[data-testid="history-tally"]')?.textContent).toBe(
      '2 added · 3 changed · 1 deleted',
    );
  });
});
