// The search syntax as one chunk: parser and matchers, loaded by load-search-engine.ts.
export { compileSearch } from './compile-search';
export { parseSearch, wantsRegex } from './parse-search';
