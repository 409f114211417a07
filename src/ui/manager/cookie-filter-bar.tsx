import type { SameSite } from '../../cookies/cookie';
import { t, tn } from '../../i18n/t';
import type { CookieStoreInfo } from '../../protocol/cookie-protocol';
import { storeName } from '../../text/store-name';
import {
  activeFilterCount,
  type CookieFilters,
  type FlagFilter,
  noFilters,
} from './cookie-filters';
import { type CookieOrder, cookieOrderLabels } from './cookie-order';

// Functions, not constants: the words are the user's language's, asked for at render.
// Lax, Strict and None are SameSite's own values, as the standard and DevTools name them.
const sameSiteOptions = (): [CookieFilters['sameSite'], string][] => [
  ['any', t('manager_filterAny')],
  ['unspecified', t('manager_filterNotSet')],
  ['lax', 'Lax'],
  ['strict', 'Strict'],
  ['no_restriction', 'None'],
];
const flagOptions = (): [FlagFilter, string][] => [
  ['any', t('manager_filterAny')],
  ['yes', t('manager_filterYes')],
  ['no', t('manager_filterNo')],
];
const lifetimeOptions = (): [CookieFilters['lifetime'], string][] => [
  ['any', t('manager_filterAny')],
  ['session', t('manager_filterSession')],
  ['persistent', t('manager_filterPersistent')],
];

function Choice<T extends string>(props: {
  label: string;
  /** How to type the same filter in the search box, e.g. `secure:yes or secure:no`. */
  hint?: string;
  testId: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <label class="choice" title={props.hint}>
      {props.label}{' '}
      <select
        data-testid={props.testId}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value as T)}
      >
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The attribute filters and the order of rows inside each site. The filters are the search's
 * attribute tokens as menus (each says its token); both apply, and they are kept apart so that a
 * new search text never clears a menu.
 */
export function CookieFilterBar({
  filters,
  onFilters,
  stores,
  order,
  onOrder,
}: {
  filters: CookieFilters;
  /** The stores listed: a store menu when there is more than one. */
  stores: readonly CookieStoreInfo[];
  onFilters: (filters: CookieFilters) => void;
  order: CookieOrder;
  onOrder: (order: CookieOrder) => void;
}) {
  const set =
    <K extends keyof CookieFilters>(key: K) =>
    (value: CookieFilters[K]) =>
      onFilters({ ...filters, [key]: value });
  const active = activeFilterCount(filters);
  return (
    <div class="filter-bar" data-testid="manager-filters">
      <Choice
        label={t('manager_filterLifetime')}
        hint={t('manager_filterTokensHint', 'is:session', 'is:persistent')}
        testId="filter-lifetime"
        value={filters.lifetime}
        options={lifetimeOptions()}
        onChange={set('lifetime')}
      />
      <Choice
        label={t('manager_attrSecure')}
        hint={t('manager_filterTokensHint', 'secure:yes', 'secure:no')}
        testId="filter-secure"
        value={filters.secure}
        options={flagOptions()}
        onChange={set('secure')}
      />
      <Choice
        label={t('manager_attrHttpOnly')}
        hint={t('manager_filterTokensHint', 'httponly:yes', 'httponly:no')}
        testId="filter-httponly"
        value={filters.httpOnly}
        options={flagOptions()}
        onChange={set('httpOnly')}
      />
      <Choice<'any' | SameSite>
        label={t('manager_attrSameSite')}
        hint={t('manager_filterSameSiteHint')}
        testId="filter-samesite"
        value={filters.sameSite}
        options={sameSiteOptions()}
        onChange={set('sameSite')}
      />
      <Choice
        label={t('manager_attrPartitioned')}
        hint={t('manager_filterTokensHint', 'partitioned', '-partitioned')}
        testId="filter-partitioned"
        value={filters.partitioned}
        options={flagOptions()}
        onChange={set('partitioned')}
      />
      {stores.length > 1 && (
        <Choice
          label={t('manager_filterStore')}
          testId="filter-store"
          value={filters.store}
          options={[
            ['any', t('manager_filterAny')],
            ...stores.map((store): [string, string] => [store.id, storeName(store.kind)]),
          ]}
          onChange={set('store')}
        />
      )}
      {active > 0 && (
        <button type="button" data-testid="clear-filters" onClick={() => onFilters(noFilters)}>
          {tn('manager_clearFilters', active)}
        </button>
      )}
      <Choice
        label={t('manager_order')}
        testId="manager-sort"
        value={order}
        options={Object.entries(cookieOrderLabels()) as [CookieOrder, string][]}
        onChange={onOrder}
      />
    </div>
  );
}
