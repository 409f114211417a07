type SearchEngine = typeof import('./search-engine');

let loaded: SearchEngine | undefined;
let loading: Promise<SearchEngine> | undefined;

/** The search engine if it has loaded already: searches then run synchronously. */
export function loadedSearchEngine(): SearchEngine | undefined {
  return loaded;
}

/**
 * Loads the parser and matchers (about 2 KB gzip) as their own chunk when a search box is first
 * focused or typed in: the popup's JS is budgeted (25 KB gzip, README) and most openings never
 * search. Once per page; a failed load may be tried again.
 */
export function loadSearchEngine(): Promise<SearchEngine> {
  loading ??= import('./search-engine').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Starts the load when a search box gets focus, so the engine is there for the first key. */
export function prepareSearchEngine(): void {
  loadSearchEngine().catch(() => {
    // Said by useCookieSearch when the search is typed.
  });
}
