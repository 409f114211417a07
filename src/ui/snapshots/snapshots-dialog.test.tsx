// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { createMemoryConnector } from '../testing/memory-connector';
import { eventually, renderInDom } from '../testing/render-in-dom';
import type { Notice } from '../undo-notice';
import { SnapshotsDialog } from './snapshots-dialog';

let cleanup = () => {};
afterEach(() => cleanup());

const hostile = '\u202eevil<b>x</b>';

describe('SnapshotsDialog', () => {
  it('saves the site under a name, previews a restore cookie by cookie, and reports it for Undo', async () => {
    const { connector, store } = createMemoryConnector({
      cookies: [testCookie({ name: 'sid', value: hostile, domain: 'a.test' })],
    });
    const restored: Notice[] = [];
    const view = renderInDom(
      <SnapshotsDialog
        connector={connector}
        storeId="0"
        site="a.test"
        onClose={() => {}}
        onRestored={(notice) => restored.push(notice)}
        returnFocus={() => null}
      />,
    );
    cleanup = view.unmount;
    expect(view.byTestId('snapshots-warning').textContent).toMatch(
      /live login sessions.*local storage and are never synced/,
    );
    await eventually(() => expect(view.has('snapshots-empty')).toBe(true));
    view.type(view.byTestId<HTMLInputElement>('snapshot-name-input'), 'Alice');
    view.click(view.byTestId('snapshot-save'));
    await eventually(() => expect(view.allByTestId('snapshot-row')).toHaveLength(1));
    expect(view.byTestId('snapshot-meta').textContent).toContain('1 cookie (1 session)');

    store.cookies = [testCookie({ name: 'sid', value: 'bob', domain: 'a.test' })];
    view.click(view.byTestId('snapshot-restore'));
    await eventually(() => expect(view.has('preview-changed')).toBe(true));
    const changed = view.byTestId('preview-changed');
    // Text only, in its own bidi isolate: no markup from a cookie.
    expect(changed.querySelector('b')).toBeNull();
    expect([...changed.querySelectorAll('bdi')].map((b) => b.textContent)).toContain(hostile);
    view.click(view.byTestId('restore-confirm'));
    await eventually(() => expect(restored).toHaveLength(1));
    expect(restored[0]?.text).toContain('Restored snapshot "Alice": 1 cookie written.');
    expect(restored[0]?.journalId).toEqual(expect.any(Number));
    expect(store.cookies.map((c) => c.value)).toEqual([hostile]);
  });

  it('asks before deleting a snapshot', async () => {
    const { connector, handlers } = createMemoryConnector({ cookies: [testCookie()] });
    await handlers.saveSnapshot({ name: 'Keep me', storeId: '0', site: 'a.test' });
    const view = renderInDom(
      <SnapshotsDialog
        connector={connector}
        storeId="0"
        onClose={() => {}}
        onRestored={() => {}}
        returnFocus={() => null}
      />,
    );
    cleanup = view.unmount;
    await eventually(() => expect(view.allByTestId('snapshot-row')).toHaveLength(1));
    view.click(view.byTestId('snapshot-delete'));
    expect(view.has('snapshot-delete-confirmation')).toBe(true);
    expect((await handlers.listSnapshots({})).snapshots).toHaveLength(1);
    view.click(view.byTestId('snapshot-delete-confirm'));
    await eventually(() => expect(view.has('snapshots-empty')).toBe(true));
    expect((await handlers.listSnapshots({})).snapshots).toHaveLength(0);
  });
});

describe('SnapshotsDialog in the manager', () => {
  it('saves the selection or a whole site, renames, and compares two snapshots cookie by cookie', async () => {
    const sid = testCookie({ name: 'sid', value: 'alice', domain: 'a.test' });
    const theme = testCookie({ name: 'theme', value: 'dark', domain: 'b.test' });
    const { connector, handlers, store } = createMemoryConnector({ cookies: [sid, theme] });
    const view = renderInDom(
      <SnapshotsDialog
        connector={connector}
        storeId="0"
        selection={[theme]}
        onClose={() => {}}
        onRestored={() => {}}
        returnFocus={() => null}
      />,
    );
    cleanup = view.unmount;
    await eventually(() => expect(view.has('snapshots-empty')).toBe(true));
    expect(view.root.querySelector('label[for="snapshot-name"]')?.textContent).toBe(
      'Save the 1 selected cookie as',
    );
    view.type(view.byTestId<HTMLInputElement>('snapshot-name-input'), 'Theme');
    view.click(view.byTestId('snapshot-save'));
    await eventually(() => expect(view.allByTestId('snapshot-row')).toHaveLength(1));

    view.type(view.byTestId<HTMLInputElement>('snapshot-site-input'), 'WWW.A.test');
    view.type(view.byTestId<HTMLInputElement>('snapshot-name-input'), 'Alice');
    view.click(view.byTestId('snapshot-save'));
    await eventually(() => expect(view.allByTestId('snapshot-row')).toHaveLength(2));
    const saved = (await handlers.listSnapshots({})).snapshots;
    expect(saved.map((s) => [s.name, s.scope, s.sites])).toEqual(
      expect.arrayContaining([
        ['Theme', 'cookies', ['b.test']],
        ['Alice', 'sites', ['a.test']],
      ]),
    );

    const aliceRow = view.allByTestId('snapshot-row').find((r) => r.dataset.name === 'Alice');
    view.click(aliceRow?.querySelector('[data-testid="snapshot-rename"]') as HTMLElement);
    view.type(view.byTestId<HTMLInputElement>('snapshot-rename-input'), 'Alice (admin)');
    view.submit(view.byTestId<HTMLInputElement>('snapshot-rename-input').form as HTMLFormElement);
    await eventually(() =>
      expect(view.allByTestId('snapshot-name').map((n) => n.textContent)).toContain(
        'Alice (admin)',
      ),
    );

    store.cookies = [];
    view.submit(view.byTestId<HTMLSelectElement>('compare-from').form as HTMLFormElement);
    await eventually(() => expect(view.has('snapshot-comparison')).toBe(true));
    expect(
      view.allByTestId('preview-added').length + view.allByTestId('preview-removed').length,
    ).toBe(2);
  });
});
