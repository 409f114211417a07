import type { CookieSearch } from '../search/cookie-search';
import { prepareSearchEngine } from '../search/load-search-engine';
import { SearchHelp } from './search/search-help';

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
        <input
          type="search"
          class="filter"
          data-testid="filter-input"
          placeholder="Filter: words, /regex/, is:session, secure:no…"
          aria-label="Filter cookies"
          aria-invalid={search.kind === 'invalid'}
          aria-describedby="filter-message"
          spellcheck={false}
          value={query}
          onFocus={prepareSearchEngine}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <SearchHelp hasPage={true} />
      </div>
      <p id="filter-message" class="search-message" role="status">
        {search.kind === 'invalid' ? (
          <span class="form-error" data-testid="search-error">
            {search.message}
          </span>
        ) : search.kind === 'loading' ? (
          <span data-testid="search-loading">Loading the search…</span>
        ) : null}
      </p>
    </div>
  );
}
