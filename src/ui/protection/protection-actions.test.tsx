// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cookie } from '../../cookies/cookie';
import { testCookie } from '../../cookies/testing/fake-cookie-store';
import { CookieDetails } from '../table/cookie-details';
import { eventually, renderInDom } from '../testing/render-in-dom';
import type { CookieProtection } from './protection-actions';

let cleanup = () => {};
afterEach(() => cleanup());

const hostile = testCookie({ name: '<img src=x onerror=alert(1)>', value: 'v', domain: 'a.test' });

function details(cookie: Cookie, protection: CookieProtection) {
  const onEdit = vi.fn();
  const onDelete = vi.fn(async () => {});
  const view = renderInDom(
    <CookieDetails
      cookie={cookie}
      now={new Date(1_800_000_000_000)}
      onEdit={onEdit}
      onDelete={onDelete}
      onClose={() => {}}
      protection={protection}
    />,
  );
  cleanup = view.unmount;
  return { view, onEdit, onDelete };
}

const controls = (isProtected: boolean): CookieProtection => ({
  isProtected,
  onProtect: vi.fn(async () => {}),
  onUnprotect: vi.fn(async () => {}),
  onBlock: vi.fn(async () => 1),
});

describe('the details pane of a protected cookie', () => {
  it('says it is protected; Edit asks to unprotect first and edits only once unprotected', async () => {
    const protection = controls(true);
    const { view, onEdit } = details(hostile, protection);
    expect(view.byTestId('details-protected').textContent).toContain('Protected.');
    view.click(view.byTestId('details-edit'));
    expect(onEdit).not.toHaveBeenCalled();
    const question = view.byTestId('unprotect-question');
    // The name is text, never markup.
    expect(question.querySelector('img')).toBeNull();
    expect(question.textContent).toContain('"<img src=x onerror=alert(1)>" is protected');
    expect(document.activeElement).toBe(view.byTestId('unprotect-and-act'));
    view.click(view.byTestId('unprotect-and-act'));
    await eventually(() => expect(onEdit).toHaveBeenCalledWith(hostile));
    expect(protection.onUnprotect).toHaveBeenCalledOnce();
  });

  it('Delete asks too; "Keep protected" leaves it as it is', () => {
    const protection = controls(true);
    const { view, onDelete } = details(hostile, protection);
    view.click(view.byTestId('details-delete'));
    expect(view.byTestId('unprotect-and-act').textContent).toBe('Unprotect and delete');
    view.click(view.byTestId('keep-protected'));
    expect(view.has('unprotect-question')).toBe(false);
    expect(view.has('details-confirm-delete')).toBe(false);
    expect(protection.onUnprotect).not.toHaveBeenCalled();
    expect(onDelete).not.toHaveBeenCalled();
  });
});

describe('protect and block in the details pane', () => {
  it('an unprotected cookie edits at once and can be protected', async () => {
    const protection = controls(false);
    const { view, onEdit } = details(hostile, protection);
    expect(view.has('details-protected')).toBe(false);
    view.click(view.byTestId('details-edit'));
    expect(onEdit).toHaveBeenCalledOnce();
    view.click(view.byTestId('details-protect'));
    await eventually(() =>
      expect(view.byTestId('protection-status').textContent).toMatch(/^Protected:/),
    );
    expect(protection.onProtect).toHaveBeenCalledOnce();
  });

  it('blocks the name on the domain typed, and says why not when the background refuses', async () => {
    const protection = controls(false);
    vi.mocked(protection.onBlock)
      .mockRejectedValueOnce(new Error('"x y" is not a domain.'))
      .mockResolvedValueOnce(2);
    const { view } = details(
      testCookie({ name: '_ga', domain: '.a.test', hostOnly: false }),
      protection,
    );
    view.click(view.byTestId('details-block'));
    const input = view.byTestId<HTMLInputElement>('block-domain');
    expect(input.value).toBe('*.a.test');
    view.type(input, 'x y');
    view.submit(view.byTestId<HTMLFormElement>('block-form'));
    await eventually(() =>
      expect(view.byTestId('protection-status').textContent).toBe('"x y" is not a domain.'),
    );
    view.type(view.byTestId<HTMLInputElement>('block-domain'), 'a.test');
    view.submit(view.byTestId<HTMLFormElement>('block-form'));
    await eventually(() =>
      expect(view.byTestId('protection-status').textContent).toContain('(2 cookies removed now)'),
    );
    expect(protection.onBlock).toHaveBeenLastCalledWith('a.test');
    expect(view.has('block-form')).toBe(false);
  });
});
