import type { ComponentChildren } from 'preact';
import type { CookieSearch } from '../../search/cookie-search';
import { prepareSearchEngine } from '../../search/load-search-engine';
import { plural } from '../../text/plural';
import { SearchHelp } from '../search/search-help';

export interface ManagerToolbarProps {
  query: string;
  onQuery: (query: string) => void;
  search: CookieSearch;
  total: number;
  matching: number;
  selected: number;
  onSelectAllMatching: () => void;
  onClearSelection: () => void;
  onDeleteSelected: () => void;
  onNewCookie: () => void;
  /** The lead's Export… and Import… buttons. */
  extras?: ComponentChildren;
}

/** Search, the counts, and the actions on the selection. */
export function ManagerToolbar(props: ManagerToolbarProps) {
  const { search, total, matching, selected } = props;
  return (
    <div class="manager-toolbar">
      <div class="toolbar">
        <input
          type="search"
          class="filter"
          data-testid="manager-search"
          placeholder="Search: words, /regex/, is:session, secure:no, domain:…"
          aria-label="Search cookies"
          aria-invalid={search.kind === 'invalid'}
          aria-describedby="manager-search-message"
          spellcheck={false}
          value={props.query}
          onFocus={prepareSearchEngine}
          onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <SearchHelp hasPage={false} />
        <button
          type="button"
          class="primary"
          data-testid="manager-new-cookie"
          onClick={props.onNewCookie}
        >
          New cookie
        </button>
        {props.extras}
      </div>
      <div class="toolbar selection-bar">
        <span id="manager-search-message" role="status">
          {search.kind === 'invalid' ? (
            <span class="form-error" data-testid="search-error">
              {search.message}
            </span>
          ) : search.kind === 'loading' ? (
            <span data-testid="search-loading">Loading the search…</span>
          ) : (
            <span data-testid="match-count" data-matching={matching} data-total={total}>
              {matching === total
                ? plural(total, 'cookie')
                : `${matching} of ${plural(total, 'cookie')} match`}
            </span>
          )}
        </span>
        <button
          type="button"
          data-testid="select-all-matching"
          disabled={matching === 0}
          onClick={props.onSelectAllMatching}
        >
          Select all {matching === total ? '' : 'matching '}({matching})
        </button>
        <span data-testid="selected-count" data-selected={selected}>
          {selected} selected
        </span>
        <button
          type="button"
          data-testid="clear-selection"
          disabled={selected === 0}
          onClick={props.onClearSelection}
        >
          Clear selection
        </button>
        <button
          type="button"
          class="danger"
          data-testid="bulk-delete"
          disabled={selected === 0}
          onClick={props.onDeleteSelected}
        >
          Delete selected…
        </button>
      </div>
    </div>
  );
}
