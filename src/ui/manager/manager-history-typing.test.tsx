// @vitest-environment happy-dom
import { options, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { createMemoryConnector } from '../testing/memory-connector';
import { eventually, renderInDom } from '../testing/render-in-dom';
import { HistoryList, type HistoryListProps } from './history-list';
import { ManagerApp } from './manager-app';

let cleanup = () => {};
afterEach(() => cleanup());

describe('the manager while typing a search', () => {
  it('leaves the history alone: it neither renders nor changes in the DOM', async () => {
    const cookies = ['a.test', 'b.test', 'c.test'].flatMap((domain) =>
      ['one', 'two'].map((name) => testCookie({ name, domain, value: '1' })),
    );
    const memory = createMemoryConnector({ cookies });
    // One entry in the history, so it has something to render.
    await memory.connector.client.deleteCookies({ cookies: [cookies[0] as (typeof cookies)[0]] });
    // Renders of the history that had no new entries to show: what typing must not cause. (The
    // history re-reads when the delete's change batch arrives; that render has new entries.)
    let wasted = 0;
    let typing = false;
    let shown: HistoryListProps['entries'] | undefined;
    const before = options.diffed;
    options.diffed = (vnode: VNode<Partial<HistoryListProps>>) => {
      if (vnode.type === HistoryList) {
        const { entries } = vnode.props;
        if (typing && entries === shown) wasted++;
        shown = entries;
      }
      before?.(vnode);
    };
    const view = renderInDom(<ManagerApp connector={memory.connector} />);
    cleanup = () => {
      options.diffed = before;
      view.unmount();
    };
    const matching = () => view.byTestId('match-count').dataset.matching;
    await eventually(() => {
      expect(view.allByTestId('history-entry')).toHaveLength(1);
      expect(matching()).toBe('5');
    });

    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(view.byTestId('history'), {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    typing = true;
    try {
      const search = view.byTestId<HTMLInputElement>('manager-search');
      for (const [query, count] of [
        ['b', '2'],
        ['b.', '2'],
        ['b.test', '2'],
        ['two', '3'],
        ['', '5'],
      ] as const) {
        view.type(search, query);
        await eventually(() => expect(matching()).toBe(count));
      }
      mutations.push(...observer.takeRecords());
      expect(wasted).toBe(0);
      expect(mutations).toEqual([]);
    } finally {
      observer.disconnect();
    }
  });
});
