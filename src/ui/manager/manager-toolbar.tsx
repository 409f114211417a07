import type { ComponentChildren } from 'preact';
import type { CookieSearch } from '../../search/cookie-search';
import { plural } from '../../text/plural';
import { SearchInput, SearchStatus } from '../search/search-input';

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
        <SearchInput
          query={props.query}
          onQuery={props.onQuery}
          search={search}
          messageId="manager-search-message"
          label="Search cookies"
          placeholder="Search: words, /regex/, is:session, secure:no, domain:…"
          testid="manager-search"
          hasPage={false}
        />
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
          <SearchStatus search={search}>
            <span data-testid="match-count" data-matching={matching} data-total={total}>
              {matching === total
                ? plural(total, 'cookie')
                : `${matching} of ${plural(total, 'cookie')} match`}
            </span>
          </SearchStatus>
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
