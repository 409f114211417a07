import { lazyModule } from '../lazy-module';

/**
 * The parser and matchers (about 2 KB gzip) as their own chunk, fetched when a search box is
 * first focused or typed in: the popup's JS is budgeted (README) and most openings never search.
 */
const searchEngine = lazyModule(() => import('./search-engine'));

/** The search engine if it has loaded already: searches then run synchronously. */
export const loadedSearchEngine = searchEngine.loaded;
export const loadSearchEngine = searchEngine.load;

/** Starts the load when a search box gets focus, so the engine is there for the first key. */
export function prepareSearchEngine(): void {
  loadSearchEngine().catch(() => {
    // Said by useCookieSearch when the search is typed.
  });
}
