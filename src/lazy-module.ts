/**
 * A chunk fetched on first use (the popup's JS is budgeted: code most openings never run is
 * split off). `load` imports it once per page and shares the promise; a failed load (the
 * extension was updated under an open page, say) may be tried again. `loaded` is the module
 * once it has arrived, so later uses can run synchronously.
 */
export interface LazyModule<T> {
  loaded(): T | undefined;
  load(): Promise<T>;
}

/** `importer` must be `() => import('./literal-path')` so the bundler sees the chunk. */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    loaded: () => loaded,
    load() {
      loading ??= importer().then(
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
    },
  };
}
