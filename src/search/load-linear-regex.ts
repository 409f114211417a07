import type { RegexCompiler } from './search-regex';

let loaded: RegexCompiler | undefined;
let loading: Promise<RegexCompiler> | undefined;

/** The regex compiler if it has loaded already: later searches then parse synchronously. */
export function loadedLinearRegex(): RegexCompiler | undefined {
  return loaded;
}

/**
 * Loads the regex engine (re2js, ~65 KB gzip) as its own chunk the first time a `/regex/`
 * search is typed, so the manager does not fetch and parse it at startup. Once per page; a
 * failed load may be tried again.
 */
export function loadLinearRegex(): Promise<RegexCompiler> {
  loading ??= import('./linear-regex').then(
    (module) => {
      loaded = module.compileLinearRegex;
      return loaded;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
