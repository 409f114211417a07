import type { Cookie } from '../../cookies/cookie';
import { fill, slot } from '../../i18n/fill-message';
import { formatNumber, t } from '../../i18n/t';
import type { StoreKind } from '../../protocol/store-kind';
import { StoreBadge } from '../store-badge';
import { type Selection, selectionState } from './cookie-selection';
import type { SiteItem } from './visible-rows';

export interface SiteGroupActions {
  /** Selects or unselects the site's cookies that are shown. */
  onSelectSite: (cookies: Cookie[], selected: boolean) => void;
  onNewCookie: (site: string, storeId: string) => void;
  /** Hides or shows the site's rows under its header. */
  onCollapse: (groupKey: string, collapsed: boolean) => void;
}

/** A site's header in the list: name, counts of the cookies shown, select-all, new cookie. */
export function SiteGroupHeader({
  item,
  store,
  selection,
  actions,
}: {
  item: SiteItem;
  /** Said only when there is more than one store (e.g. "Private window"). */
  store: StoreKind | undefined;
  selection: Selection;
  actions: SiteGroupActions;
}) {
  const { site, storeId, cookies: all } = item.group;
  const state = selectionState(item.cookies, selection);
  const filtered = item.cookies.length < all.length;
  return (
    <div
      class="site-group"
      data-testid="site-group"
      data-site={site}
      data-store={storeId}
      data-session={item.session}
      data-persistent={item.persistent}
    >
      <input
        type="checkbox"
        data-testid="site-select"
        aria-label={t('manager_selectSite', site)}
        checked={state === 'all'}
        indeterminate={state === 'some'}
        onChange={() => actions.onSelectSite(item.cookies, state !== 'all')}
      />
      <button
        type="button"
        class="site-toggle"
        data-testid="site-toggle"
        aria-expanded={!item.collapsed}
        aria-label={t(item.collapsed ? 'manager_showSite' : 'manager_hideSite', site)}
        onClick={() => actions.onCollapse(item.group.key, !item.collapsed)}
      >
        <span aria-hidden="true">{item.collapsed ? '▸' : '▾'}</span>
      </button>
      <h2 data-testid="site-name">{site}</h2>
      {store && <StoreBadge store={store} testId="site-store" />}
      <span class="counts">
        {fill(
          filtered
            ? t('manager_siteCountsOf', slot(0), slot(1), slot(2))
            : t('manager_siteCounts', slot(0), slot(1)),
          <span key="session" data-testid="count-session">
            {formatNumber(item.session)}
          </span>,
          <span key="persistent" data-testid="count-persistent">
            {formatNumber(item.persistent)}
          </span>,
          <span key="total" data-testid="count-total">
            {formatNumber(all.length)}
          </span>,
        )}
      </span>
      <button
        type="button"
        class="site-new"
        data-testid="site-new-cookie"
        title={t('manager_newOnSite', site)}
        onClick={() => actions.onNewCookie(site, storeId)}
      >
        {t('manager_siteNew')}
      </button>
    </div>
  );
}
