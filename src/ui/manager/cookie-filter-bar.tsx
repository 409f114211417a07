import type { SameSite } from '../../cookies/cookie';
import type { CookieStoreInfo } from '../../protocol/cookie-protocol';
import { storeName } from '../../text/store-name';
import {
  activeFilterCount,
  type CookieFilters,
  type FlagFilter,
  noFilters,
} from './cookie-filters';
import { type CookieOrder, cookieOrderLabels } from './cookie-order';

const sameSiteOptions: [CookieFilters['sameSite'], string][] = [
  ['any', 'any'],
  ['unspecified', 'not set'],
  ['lax', 'Lax'],
  ['strict', 'Strict'],
  ['no_restriction', 'None'],
];
const flagOptions: [FlagFilter, string][] = [
  ['any', 'any'],
  ['yes', 'yes'],
  ['no', 'no'],
];
const lifetimeOptions: [CookieFilters['lifetime'], string][] = [
  ['any', 'any'],
  ['session', 'session'],
  ['persistent', 'persistent'],
];

function Choice<T extends string>(props: {
  label: string;
  /** The same filter typed in the search box, e.g. `secure:no`. */
  token?: string;
  testId: string;
  value: T;
  options: [T, string][];
  onChange: (value: T) => void;
}) {
  return (
    <label class="choice" title={props.token && `Or type ${props.token} in the search`}>
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
        label="Lifetime"
        token="is:session or is:persistent"
        testId="filter-lifetime"
        value={filters.lifetime}
        options={lifetimeOptions}
        onChange={set('lifetime')}
      />
      <Choice
        label="Secure"
        token="secure:yes or secure:no"
        testId="filter-secure"
        value={filters.secure}
        options={flagOptions}
        onChange={set('secure')}
      />
      <Choice
        label="HttpOnly"
        token="httponly:yes or httponly:no"
        testId="filter-httponly"
        value={filters.httpOnly}
        options={flagOptions}
        onChange={set('httpOnly')}
      />
      <Choice<'any' | SameSite>
        label="SameSite"
        token="samesite:none, lax, strict or unset"
        testId="filter-samesite"
        value={filters.sameSite}
        options={sameSiteOptions}
        onChange={set('sameSite')}
      />
      <Choice
        label="Partitioned"
        token="partitioned or -partitioned"
        testId="filter-partitioned"
        value={filters.partitioned}
        options={flagOptions}
        onChange={set('partitioned')}
      />
      {stores.length > 1 && (
        <Choice
          label="Store"
          testId="filter-store"
          value={filters.store}
          options={[
            ['any', 'any'],
            ...stores.map((store): [string, string] => [store.id, storeName(store.kind)]),
          ]}
          onChange={set('store')}
        />
      )}
      {active > 0 && (
        <button type="button" data-testid="clear-filters" onClick={() => onFilters(noFilters)}>
          Clear {active === 1 ? 'filter' : `${active} filters`}
        </button>
      )}
      <Choice
        label="Order"
        testId="manager-sort"
        value={order}
        options={Object.entries(cookieOrderLabels) as [CookieOrder, string][]}
        onChange={onOrder}
      />
    </div>
  );
}
