// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useMessages } from '../../i18n/testing/use-messages';
import { renderInDom } from '../testing/render-in-dom';
import { HistoryChange } from './history-change';
import { formatSiteList } from './selection-summary';

let cleanup = () => {};
afterEach(() => {
  cleanup();
  useMessages('en');
});

describe('the manager in German', () => {
  it('lists sites and counts the rest in German words and numbers', () => {
    useMessages('de');
    expect(formatSiteList(['a.test', 'b.test'])).toBe('a.test und b.test');
    const view = renderInDom(
      <HistoryChange
        summary={{
          sites: ['a.test'],
          siteCount: 1235,
          tally: { added: 0, removed: 2, changed: 0 },
        }}
      />,
    );
    cleanup = view.unmount;
    expect(view.root.querySelector('[data-testid="history-sites"]')?.textContent).toBe(
      'a.test und 1.234 weitere',
    );
    expect(view.root.querySelector('[data-testid="history-tally"]')?.textContent).toBe(
      '2 gelöscht',
    );
  });
});
