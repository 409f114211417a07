import { t } from '../i18n/t';
import type { CookieSearch } from '../search/cookie-search';
import { SearchInput, SearchStatus } from './search/search-input';

/** The popup's and the panel's filter: the manager's search syntax, with its help. */
export function FilterInput({
  query,
  onQuery,
  search,
}: {
  query: string;
  onQuery: (query: string) => void;
  search: CookieSearch;
}) {
  return (
    <div class="search-box">
      <div class="search-row">
        <SearchInput
          query={query}
          onQuery={onQuery}
          search={search}
          messageId="filter-message"
          label={t('search_filterLabel')}
          placeholder={t('search_filterPlaceholder')}
          testid="filter-input"
          hasPage={true}
        />
      </div>
      <p id="filter-message" class="search-message" role="status">
        <SearchStatus search={search} />
      </p>
    </div>
  );
}
