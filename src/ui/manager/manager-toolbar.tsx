import type { ComponentChildren } from 'preact';
import { t, tn } from '../../i18n/t';
import type { CookieSearch } from '../../search/cookie-search';
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
          label={t('manager_searchLabel')}
          placeholder={t('manager_searchPlaceholder')}
          testid="manager-search"
          hasPage={false}
        />
        <button
          type="button"
          class="primary"
          data-testid="manager-new-cookie"
          onClick={props.onNewCookie}
        >
          {t('manager_newCookie')}
        </button>
        {props.extras}
      </div>
      <div class="toolbar selection-bar">
        <span id="manager-search-message" role="status">
          <SearchStatus search={search}>
            <span data-testid="match-count" data-matching={matching} data-total={total}>
              {matching === total
                ? tn('count_cookies', total)
                : tn('manager_matchCount', total, matching)}
            </span>
          </SearchStatus>
        </span>
        <button
          type="button"
          data-testid="select-all-matching"
          disabled={matching === 0}
          onClick={props.onSelectAllMatching}
        >
          {matching === total
            ? t('manager_selectAll', matching)
            : t('manager_selectAllMatching', matching)}
        </button>
        <span data-testid="selected-count" data-selected={selected}>
          {t('manager_selectedCount', selected)}
        </span>
        <button
          type="button"
          data-testid="clear-selection"
          disabled={selected === 0}
          onClick={props.onClearSelection}
        >
          {t('manager_clearSelection')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="bulk-delete"
          disabled={selected === 0}
          onClick={props.onDeleteSelected}
        >
          {t('manager_deleteSelected')}
        </button>
      </div>
    </div>
  );
}
