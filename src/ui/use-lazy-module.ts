import { useEffect, useReducer } from 'preact/hooks';
import type { LazyModule } from '../lazy-module';
import { errorText } from '../text/error-text';

/**
 * A chunk fetched when a component first needs it: the module once it has arrived (the page
 * renders again then), or why it could not load (the extension was updated under an open page:
 * its old files are gone).
 */
export function useLazyModule<T>(lazy: LazyModule<T>): { module?: T; failed?: string } {
  const [failed, setFailed] = useReducer((_: string | undefined, e: string) => e, undefined);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (lazy.loaded()) return;
    let current = true;
    lazy.load().then(
      () => current && rerender(undefined),
      (e: unknown) => {
        if (current) setFailed(errorText(e));
      },
    );
    return () => {
      current = false;
    };
  }, [lazy]);
  const module = lazy.loaded();
  return { ...(module ? { module } : {}), ...(failed ? { failed } : {}) };
}
