import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import type { CookieSearch } from '../../search/cookie-search';
import { loadedLinearRegex, loadLinearRegex } from '../../search/load-linear-regex';
import { loadedSearchEngine, loadSearchEngine } from '../../search/load-search-engine';
import { errorText } from '../../text/error-text';

type Engines = {
  search?: ReturnType<typeof loadedSearchEngine>;
  compile?: ReturnType<typeof loadedLinearRegex>;
};

/**
 * The search box's text, parsed and compiled (popup, panel and manager alike). The parser is
 * fetched when the box is first focused (see load-search-engine.ts) and the regex engine at the
 * first `/` of a term: until what the text needs is there the search is `loading`, and the page
 * renders again when it arrives. `hasPage`: whether `sent:` has a page to speak of.
 */
export function useCookieSearch(query: string, hasPage: boolean): CookieSearch {
  const [engines, setEngines] = useState<Engines>(() => ({
    search: loadedSearchEngine(),
    compile: loadedLinearRegex(),
  }));
  const [failure, setFailure] = useState<string>();
  // Focus may have loaded it since the last render.
  const search = engines.search ?? loadedSearchEngine();
  const blank = query.trim() === '';
  const needsRegex = search?.wantsRegex(query) ?? false;
  const { compile } = engines;

  useEffect(() => {
    const wanted = !blank && !search ? 'search' : needsRegex && !compile ? 'regex' : undefined;
    if (!wanted) return;
    let current = true;
    const loaded =
      wanted === 'search'
        ? loadSearchEngine().then((module) => ({ search: module }))
        : loadLinearRegex().then((module) => ({ compile: module }));
    loaded.then(
      (engine: Engines) => {
        if (current) setEngines((before) => ({ ...before, ...engine }));
      },
      (error: unknown) => {
        if (!current) return;
        const reason = errorText(error);
        setFailure(
          wanted === 'search'
            ? t('search_engineLoadFailed', reason)
            : t('search_regexLoadFailed', reason),
        );
      },
    );
    return () => {
      current = false;
    };
  }, [blank, search, needsRegex, compile]);

  return useMemo((): CookieSearch => {
    if (blank) return { kind: 'all' };
    const result = search
      ? search.compileSearch(search.parseSearch(query), { compile, hasPage })
      : { kind: 'loading' as const };
    return result.kind === 'loading' && failure ? { kind: 'invalid', message: failure } : result;
  }, [query, blank, search, compile, hasPage, failure]);
}
