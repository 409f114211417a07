import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { type Cookie, draftFromCookie } from '../../cookies/cookie';
import { identityKey } from '../../cookies/cookie-identity';
import { cookieUrl } from '../../cookies/cookie-url';
import type { MergeableField } from '../../cookies/merge-edit';
import type { CookieChange } from '../../protocol/cookie-protocol';
import type { CookieConnector } from '../cookie-connector';
import { type CookieForm, formFromCookie } from '../cookie-form';
import { inputValue, rebaseForm, takeBrowsers } from './rebase-form';

export interface EditorState {
  form: CookieForm;
  /** The cookie the form is based on: as opened, or as the browser last reported it. */
  base: Cookie | undefined;
  /** The edited cookie was deleted in the browser: saving creates it again. */
  deleted: boolean;
  /** Attributes the browser changed while the editor was open (for the notice). */
  changed: MergeableField[];
  /** Fields the user and the browser both changed: the user chooses before saving. */
  conflicts: MergeableField[];
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])];

/** The state after the browser reported `next` for the edited cookie. */
export function movedTo(state: EditorState, next: Cookie, nowSeconds: number): EditorState {
  const from = state.base;
  if (!from) return state;
  const rebased = rebaseForm(state.form, from, next, nowSeconds);
  if (rebased.changed.length === 0 && !state.deleted) return state;
  const browsers = formFromCookie(next, nowSeconds);
  // A conflict settles by itself once the browser comes to the user's value.
  const differs = (field: MergeableField) =>
    inputValue(rebased.form, field) !== inputValue(browsers, field);
  return {
    form: rebased.form,
    base: next,
    deleted: false,
    changed: union(state.changed, rebased.changed),
    conflicts: union(state.conflicts, rebased.conflicts).filter(differs),
  };
}

/** The last word of a batch on one cookie: its new state, `deleted`, or nothing. */
function lastWordOn(key: string, changes: CookieChange[]): Cookie | 'deleted' | undefined {
  let last: Cookie | 'deleted' | undefined;
  for (const change of changes) {
    if (identityKey(change.cookie) !== key) continue;
    // An overwrite's removal is followed by the new cookie (Firefox sends it in both events).
    if (!change.removed) last = change.cookie;
    else if (change.cause !== 'overwrite') last = 'deleted';
  }
  return last;
}

/**
 * The edit form's state, kept in step with the browser: when the site (or anything else)
 * changes or deletes the cookie while its editor is open, the form says so, follows the browser
 * in the fields the user left alone and asks about the ones both changed.
 */
export function useEditorState(
  connector: CookieConnector,
  initial: CookieForm,
  original: Cookie | undefined,
) {
  const [state, setState] = useState<EditorState>(() => ({
    form: initial,
    base: original,
    deleted: false,
    changed: [],
    conflicts: [],
  }));
  // Events of the editor's own save are not news to the user.
  const saving = useRef(false);
  const key = original ? identityKey(original) : undefined;

  const moveTo = useCallback((next: Cookie | 'deleted') => {
    setState((current) =>
      next === 'deleted'
        ? { ...current, deleted: true, conflicts: [] }
        : movedTo(current, next, Date.now() / 1000),
    );
  }, []);

  useEffect(() => {
    if (!original || key === undefined) return undefined;
    const reread = async () => {
      const { cookies } = await connector.client.listCookies({
        scope: { url: cookieUrl(draftFromCookie(original)) },
        storeId: original.storeId,
      });
      moveTo(cookies.find((c) => identityKey(c) === key) ?? 'deleted');
    };
    return connector.onChanges((changes) => {
      if (saving.current) return;
      // An empty batch: the background restarted and changes may have been missed.
      if (changes.length === 0) {
        void reread().catch(() => undefined);
        return;
      }
      const last = lastWordOn(key, changes);
      if (last) moveTo(last);
    });
  }, [connector, original, key, moveTo]);

  const update = <K extends keyof CookieForm>(field: K, value: CookieForm[K]) =>
    setState((current) => ({ ...current, form: { ...current.form, [field]: value } }));

  const resolve = (field: MergeableField, choice: 'mine' | 'browser') =>
    setState((current) => {
      const form = { ...current.form };
      if (choice === 'browser' && current.base)
        takeBrowsers(form, formFromCookie(current.base, Date.now() / 1000), field);
      return { ...current, form, conflicts: current.conflicts.filter((f) => f !== field) };
    });

  return { state, update, resolve, moveTo, saving };
}
