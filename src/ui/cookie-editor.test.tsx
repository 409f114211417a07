// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type Cookie, draftFromCookie } from '../cookies/cookie';
import { setDetailsFor } from '../cookies/set-details';
import { testCookie } from '../cookies/testing/fake-cookie-store';
import { CookieEditor } from './cookie-editor';
import { formFromCookie } from './cookie-form';
import { createMemoryConnector } from './testing/memory-connector';
import { eventually, renderInDom } from './testing/render-in-dom';

const sid = testCookie({ name: 'sid', value: 'abc', domain: 'a.test', httpOnly: false });
let cleanup = () => {};
afterEach(() => cleanup());

function openEditor(original: Cookie) {
  const memory = createMemoryConnector({ cookies: [original] });
  const onSaved = vi.fn();
  const view = renderInDom(
    <CookieEditor
      connector={memory.connector}
      original={original}
      initial={formFromCookie(original, Date.now() / 1000)}
      storeId={original.storeId}
      onSaved={onSaved}
      onCancel={() => {}}
    />,
  );
  cleanup = view.unmount;
  const value = () => view.byTestId<HTMLTextAreaElement>('cookie-form').querySelector('textarea');
  const stored = () => memory.store.cookies.find((c) => c.name === original.name);
  return { ...memory, ...view, onSaved, value, stored };
}

describe('CookieEditor', () => {
  it("follows the browser in fields the user left alone and saves the user's change on top", async () => {
    const editor = openEditor(sid);
    await editor.site.set({ ...sid, value: 'from-the-site' });
    await eventually(() =>
      expect(editor.byTestId('editor-browser-changes').textContent).toMatch(
        /^Changed in the browser since you opened it: value\./,
      ),
    );
    expect(editor.value()?.value).toBe('from-the-site');

    editor.click(
      editor
        .byTestId('cookie-form')
        .querySelector<HTMLInputElement>('#field-httpOnly') as HTMLInputElement,
    );
    editor.submit(editor.byTestId<HTMLFormElement>('cookie-form'));
    await eventually(() => expect(editor.onSaved).toHaveBeenCalledOnce());
    expect(editor.stored()).toMatchObject({ value: 'from-the-site', httpOnly: true });
    expect(editor.onSaved.mock.calls[0]?.[0]).toMatchObject({
      text: 'Saved "sid".',
      journalId: 1,
    });
  });

  it("asks, for a field both changed, Keep mine or Use the browser's, and saves the choice", async () => {
    const editor = openEditor(sid);
    editor.type(editor.value() as HTMLTextAreaElement, 'mine');
    await editor.site.set({ ...sid, value: 'theirs' });
    const note = await eventually(() => editor.byTestId('conflict-value'));
    expect(editor.byTestId('conflict-value-browser').textContent).toBe('theirs');
    expect(note.textContent).toContain('Keep mine');
    expect(editor.value()?.value).toBe('mine');

    // Saving before choosing writes nothing and says what to choose.
    editor.submit(editor.byTestId<HTMLFormElement>('cookie-form'));
    expect(editor.byTestId('form-error').textContent).toMatch(/Choose, for the value, your value/);
    expect(editor.stored()?.value).toBe('theirs');

    editor.click(editor.byTestId('conflict-value-keep'));
    expect(editor.has('conflict-value')).toBe(false);
    editor.submit(editor.byTestId<HTMLFormElement>('cookie-form'));
    await eventually(() => expect(editor.onSaved).toHaveBeenCalledOnce());
    expect(editor.stored()?.value).toBe('mine');
  });

  it("takes the browser's value when the user chooses it", async () => {
    const editor = openEditor(sid);
    editor.type(editor.value() as HTMLTextAreaElement, 'mine');
    await editor.site.set({ ...sid, value: 'theirs' });
    await eventually(() => editor.byTestId('conflict-value'));
    editor.click(editor.byTestId('conflict-value-take'));
    expect(editor.value()?.value).toBe('theirs');
    expect(editor.has('conflict-value')).toBe(false);
  });

  it('writes nothing when the browser changed the same field unseen, and shows both values', async () => {
    const editor = openEditor(sid);
    editor.type(editor.value() as HTMLTextAreaElement, 'mine');
    // Changed behind the change feed's back: only the background's merge can notice.
    await editor.store.set(setDetailsFor(draftFromCookie({ ...sid, value: 'unseen' })));
    editor.submit(editor.byTestId<HTMLFormElement>('cookie-form'));
    await eventually(() =>
      expect(editor.byTestId('form-error').textContent).toBe(
        'Not saved: the cookie changed in the browser meanwhile. Choose below.',
      ),
    );
    expect(editor.byTestId('conflict-value-browser').textContent).toBe('unseen');
    expect(editor.stored()?.value).toBe('unseen');
    expect(editor.onSaved).not.toHaveBeenCalled();
    expect(await editor.handlers.listHistory({})).toEqual({ entries: [] });
  });

  it('is named by its heading; a refused field is marked invalid, described by its message and focused', async () => {
    const editor = openEditor(sid);
    const form = editor.byTestId<HTMLFormElement>('cookie-form');
    const heading = form.querySelector(`#${form.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe('Edit "sid"');
    const name = form.querySelector<HTMLInputElement>('#field-name') as HTMLInputElement;
    const value = editor.value() as HTMLTextAreaElement;
    editor.type(name, '');
    editor.type(value, '');
    (form.querySelector('#field-path') as HTMLInputElement).focus();
    editor.submit(form);
    await eventually(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const message = form.querySelector(`#${name.getAttribute('aria-describedby')}`);
    expect(message?.textContent).toBe(editor.byTestId('error-name').textContent);
    expect(message?.textContent).not.toBe('');
    expect(document.activeElement).toBe(name);
    // Fields without a message say nothing.
    const path = form.querySelector('#field-path') as HTMLInputElement;
    expect(path.hasAttribute('aria-invalid')).toBe(false);
    expect(path.hasAttribute('aria-describedby')).toBe(false);
  });
});
