import { useEffect, useReducer } from 'preact/hooks';
import { lazyModule } from '../lazy-module';
import { errorText } from '../text/error-text';
import type { CookieEditorProps } from './cookie-editor';

// The editor (form, validation, rebase on browser changes, conflicts: about 4 KB gzipped) is
// fetched when the popup or panel first opens one, not with the list: the popup's JS is
// budgeted (25 KB gzip, README), and most openings only read the list. The manager imports the
// editor directly.
const editor = lazyModule(() => import('./cookie-editor'));

export function LazyCookieEditor(props: CookieEditorProps) {
  const [failed, setFailed] = useReducer((_: string | undefined, e: string) => e, undefined);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (editor.loaded()) return;
    let current = true;
    editor.load().then(
      () => current && rerender(undefined),
      (e: unknown) => {
        // The extension was updated under an open page: its old files are gone.
        if (current) setFailed(errorText(e));
      },
    );
    return () => {
      current = false;
    };
  }, []);
  const module = editor.loaded();
  if (module) return <module.CookieEditor {...props} />;
  return (
    <p class="status-message" role="status" data-testid="editor-loading">
      {failed ? `Cannot open the editor (${failed}): close and reopen this page.` : 'Loading…'}
    </p>
  );
}
