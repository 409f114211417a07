import { useEffect, useMemo, useState } from 'preact/hooks';
import { errorText } from '../../text/error-text';
import { type CookieSearch, parseSearch, type RegexCompiler } from './cookie-search';
import { loadedLinearRegex, loadLinearRegex } from './load-linear-regex';

/**
 * The search box's text, parsed. A `/regex/` needs the regex engine, loaded on first use: until
 * it is there the search is `loading`, and the page renders again when it arrives.
 */
export function useCookieSearch(query: string): CookieSearch {
  // Wrapped in an object: Preact would call a function given to a state setter as an updater.
  const [engine, setEngine] = useState<{ compile?: RegexCompiler }>(() => ({
    compile: loadedLinearRegex(),
  }));
  const [failure, setFailure] = useState<string>();
  // Loading starts at the first `/`, so the engine is usually there before the closing one.
  const wantsRegex = query.trimStart().startsWith('/');
  const { compile } = engine;

  useEffect(() => {
    if (!wantsRegex || compile) return;
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
  }, [wantsRegex, compile]);

  return useMemo(() => {
    const search = parseSearch(query, compile);
    return search.kind === 'loading' && failure ? { kind: 'invalid', message: failure } : search;
  }, [query, compile, failure]);
}
