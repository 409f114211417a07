// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../i18n/t';
import { useMessages } from '../../i18n/testing/use-messages';
import { renderInDom } from '../testing/render-in-dom';
import { fillSlots, slot } from './fill-slots';
import { HistoryChange } from './history-change';
import { formatSiteList } from './selection-summary';

let cleanup = () => {};
afterEach(() => {
  cleanup();
  useMessages('en');
});

describe('fillSlots', () => {
  it('puts each element where the message has its slot, in the message’s order', () => {
    const view = renderInDom(
      <p>{fillSlots(`${slot(1)} then ${slot(0)}.`, [<b key="a">A</b>, <i key="b">B</i>])}</p>,
    );
    cleanup = view.unmount;
    expect(view.root.innerHTML).toBe('<p><i>B</i> then <b>A</b>.</p>');
  });

  it('fills a slot with plain text as well', () => {
    const view = renderInDom(
      <p>{fillSlots(t('manager_selectCookie', slot(0)), ['"0" (a.test/)'])}</p>,
    );
    cleanup = view.unmount;
    expect(view.root.textContent).toBe('Select "0" (a.test/)');
  });
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
