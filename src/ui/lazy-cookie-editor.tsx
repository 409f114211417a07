import { t } from '../i18n/t';
import { lazyModule } from '../lazy-module';
import type { SiteCookieEditorProps } from './site-cookie-editor';
import { useLazyModule } from './use-lazy-module';

// The editor (form, validation, rebase on browser changes, conflicts: about 4 KB gzipped) is
// fetched when the popup or panel first opens one, not with the list: the popup's first render
// is budgeted (15 KB gzip, README), and most openings only read the list. The manager imports
// the editor directly.
const editor = lazyModule(() => import('./site-cookie-editor'));

export function LazyCookieEditor(props: SiteCookieEditorProps) {
  const { module, failed } = useLazyModule(editor);
  if (module) return <module.SiteCookieEditor {...props} />;
  return (
    <p class="status-message" role="status" data-testid="editor-loading">
      {failed ? t('ui_editorLoadFailed', failed) : t('ui_loading')}
    </p>
  );
}
