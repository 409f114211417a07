import type { ComponentChildren } from 'preact';
import { t } from '../../i18n/t';
import type { CookieSearch } from '../../search/cookie-search';
import { prepareSearchEngine } from '../../search/load-search-engine';
import { SearchHelp } from './search-help';

export interface SearchInputProps {
  query: string;
  onQuery: (query: string) => void;
  search: CookieSearch;
  /** The element that says what the search could not read (its id, for aria-describedby). */
  messageId: string;
  label: string;
  placeholder: string;
  testid: string;
  /** Whether `sent:` works here (a page to be sent to). */
  hasPage: boolean;
}

/** A search box of the one syntax (src/search), and the `?` beside it. */
export function SearchInput(props: SearchInputProps) {
  return (
    <>
      <input
        type="search"
        class="filter"
        data-testid={props.testid}
        placeholder={props.placeholder}
        aria-label={props.label}
        aria-invalid={props.search.kind === 'invalid'}
        aria-describedby={props.messageId}
        spellcheck={false}
        value={props.query}
        onFocus={prepareSearchEngine}
        onInput={(e) => props.onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      <SearchHelp hasPage={props.hasPage} />
    </>
  );
}

/** What the search could not read, or that it is loading; otherwise `children`. */
export function SearchStatus({
  search,
  children,
}: {
  search: CookieSearch;
  children?: ComponentChildren;
}) {
  if (search.kind === 'invalid') {
    return (
      <span class="form-error" data-testid="search-error">
        {search.message}
      </span>
    );
  }
  if (search.kind === 'loading')
    return <span data-testid="search-loading">{t('search_loading')}</span>;
  return <>{children}</>;
}
