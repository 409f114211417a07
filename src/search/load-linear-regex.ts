import { lazyModule } from '../lazy-module';
import type { RegexCompiler } from './search-regex';

/**
 * The regex engine (re2js, ~65 KB gzip) as its own chunk, fetched the first time a `/regex/`
 * search is typed, so no page fetches and parses it at startup.
 */
const linearRegex = lazyModule(() => import('./linear-regex'));

/** The regex compiler if it has loaded already: later searches then parse synchronously. */
export function loadedLinearRegex(): RegexCompiler | undefined {
  return linearRegex.loaded()?.compileLinearRegex;
}

export function loadLinearRegex(): Promise<RegexCompiler> {
  return linearRegex.load().then((module) => module.compileLinearRegex);
}
