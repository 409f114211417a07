import { t } from '../../i18n/t';
import { lazyModule } from '../../lazy-module';
import { useLazyModule } from '../use-lazy-module';
import type { CookieDetailsProps } from './cookie-details';

// The details pane (every attribute, copy forms, the inspector's hook, protect and block
// actions: about 4 KB gzipped) is fetched when a row is first opened, not with the list: the
// popup's first render is budgeted (15 KB gzip, README) and most openings only read the list.
// The manager imports the pane directly.
const details = lazyModule(() => import('./cookie-details'));

export function LazyCookieDetails(props: CookieDetailsProps) {
  const { module, failed } = useLazyModule(details);
  if (module) return <module.CookieDetails {...props} />;
  if (!failed) return null;
  return (
    <p class="status-message" role="status" data-testid="details-loading">
      {t('ui_partLoadFailed', failed)}
    </p>
  );
}
