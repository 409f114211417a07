import type { ComponentChildren } from 'preact';
import { t } from '../i18n/t';
import { lazyModule } from '../lazy-module';
import { useLazyModule } from './use-lazy-module';

type SiteDialogsModule = typeof import('./site-section-dialogs');

// Fetched the first time a site's section has a question or notice to show.
const dialogs = lazyModule(() => import('./site-section-dialogs'));

/**
 * Renders `show` with the dialogs' module once it is here (at once after its first use).
 * Mount it only when there is something to show.
 */
export function LazySiteDialog({
  show,
}: {
  show: (module: SiteDialogsModule) => ComponentChildren;
}) {
  const { module, failed } = useLazyModule(dialogs);
  if (module) return <>{show(module)}</>;
  if (!failed) return null;
  return (
    <p class="form-error" role="alert">
      {t('ui_partLoadFailed', failed)}
    </p>
  );
}
