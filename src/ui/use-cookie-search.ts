import { useEffect, useMemo, useState } from 'preact/hooks';
import { type CookieSearch, compileSearch } from '../search/cookie-search';
import { loadedLinearRegex, loadLinearRegex } from '../search/load-linear-regex';
import { parseSearch, wantsRegex } from '../search/parse-search';
import type { RegexCompiler } from '../search/search-regex';
import { errorText } from '../text/error-text';

/**
 * The search box's text, parsed and compiled (popup, panel and manager alike). A `/regex/` needs
 * the regex engine, loaded on first use: until it is there the search is `loading`, and the
 * page renders again when it arrives. `hasPage`: whether `sent:` has a page to speak of.
 */
export function useCookieSearch(query: string, hasPage: boolean): CookieSearch {
  // Wrapped in an object: Preact would call a function given to a state setter as an updater.
  const [engine, setEngine] = useState<{ compile?: RegexCompiler }>(() => ({
    compile: loadedLinearRegex(),
  }));
  const [failure, setFailure] = useState<string>();
  // Loading starts at the first `/`, so the engine is usually there before the closing one.
  const needsEngine = wantsRegex(query);
  const { compile } = engine;

  useEffect(() => {
    if (!needsEngine || compile) return;
    let current = true;
    loadLinearRegex().then(
      (loaded) => {
        if (current) setEngine({ compile: loaded });
      },
      (error: unknown) => {
        if (!current) return;
        const reason = errorText(error);
        setFailure(`The regular expression engine did not load (${reason}). Reload the page.`);
      },
    );
    return () => {
      current = false;
    };
  }, [needsEngine, compile]);

  return useMemo(() => {
    const search = compileSearch(parseSearch(query), { compile, hasPage });
    return search.kind === 'loading' && failure ? { kind: 'invalid', message: failure } : search;
  }, [query, compile, hasPage, failure]);
}
