import { useEffect, useReducer } from 'preact/hooks';
import { errorText } from '../text/error-text';
import type { CookieEditorProps } from './cookie-editor';

// The editor (form, validation, rebase on browser changes, conflicts: about 4 KB gzipped) is
// fetched when the popup or panel first opens one, not with the list: the popup's JS is
// budgeted (25 KB gzip, README), and most openings only read the list. The manager imports the
// editor directly.
type EditorModule = typeof import('./cookie-editor');
let editorModule: EditorModule | undefined;
let loading: Promise<EditorModule> | undefined;
const loadEditor = () => {
  loading ??= import('./cookie-editor').then((module) => {
    editorModule = module;
    return module;
  });
  return loading;
};

export function LazyCookieEditor(props: CookieEditorProps) {
  const [failed, setFailed] = useReducer((_: string | undefined, e: string) => e, undefined);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (editorModule) return;
    let current = true;
    loadEditor().then(
      () => current && rerender(undefined),
      (e: unknown) => {
        // The extension was updated under an open page: its old files are gone.
        loading = undefined;
        if (current) setFailed(errorText(e));
      },
    );
    return () => {
      current = false;
    };
  }, []);
  if (editorModule) return <editorModule.CookieEditor {...props} />;
  return (
    <p class="status-message" role="status" data-testid="editor-loading">
      {failed ? `Cannot open the editor (${failed}): close and reopen this page.` : 'Loading…'}
    </p>
  );
}
