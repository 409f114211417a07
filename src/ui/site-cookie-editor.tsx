import { useState } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { CookieEditor, type CookieEditorProps } from './cookie-editor';
import { formFromCookie, newCookieForm } from './cookie-form';

/** What the editor starts from: a cookie (with the inspector's rebuilt value), or a new one. */
export type EditorStart =
  | { kind: 'edit'; cookie: Cookie; value?: string; nowSeconds: number }
  | { kind: 'new'; pageUrl: string; site: string; nowSeconds: number };

export type SiteCookieEditorProps = Omit<CookieEditorProps, 'initial'> & { start: EditorStart };

/**
 * The editor of a site's section (popup, panel), which turns what it starts from into the form:
 * the form's code comes with the editor's chunk (lazy-cookie-editor.tsx), not with the list.
 * The form is made once, when the editor opens, as the editor reads it only then.
 */
export function SiteCookieEditor({ start, ...props }: SiteCookieEditorProps) {
  const [initial] = useState(() =>
    start.kind === 'edit'
      ? {
          ...formFromCookie(start.cookie, start.nowSeconds),
          ...(start.value !== undefined ? { value: start.value } : {}),
        }
      : newCookieForm(start.pageUrl, start.site, start.nowSeconds),
  );
  return <CookieEditor {...props} initial={initial} />;
}
