import {
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useReducer,
  useRef,
} from 'preact/hooks';
import { identityKey } from '../cookies/cookie-identity';
import { lazyModule } from '../lazy-module';
import { type CookieListProps, CookieListView, rowHeight, rowSelector } from './cookie-list-view';
import { useRowFocus } from './virtual-list/use-row-focus';

export type { CookieListHandle } from './cookie-list-view';

/**
 * Lists longer than this are virtualised. Most sites have fewer cookies, and their popup then
 * never loads the virtualiser (@tanstack/virtual-core is a third of the popup's code).
 */
export const longListRows = 40;

const virtual = lazyModule(() => import('./virtual-cookie-list'));
// If the code cannot be loaded (the extension was updated under an open page), lists show every
// row instead: slower, nothing missing, and not asked for again.
let virtualFailed = false;
const loadVirtual = () =>
  virtual.load().then(
    () => undefined,
    () => {
      virtualFailed = true;
    },
  );

/**
 * Loads the virtualised list before a list of `rows` rows is first rendered, if it will need it.
 * The popup calls this as soon as it knows the count: loaded before the first render, the code
 * arrives sooner than if the list asked for it in the middle of rendering its first rows.
 */
export function prepareCookieList(rows: number): Promise<void> {
  return rows > longListRows && !virtual.loaded() ? loadVirtual() : Promise.resolve();
}

/**
 * A site's cookies, in a box that scrolls under the site's header. A long list is virtualised:
 * its code is fetched before a long list's rows are first set (prepareCookieList); should a long
 * list arrive otherwise, every row shows until the code is here. Once fetched, every list of the
 * page uses it, so a list that grows and shrinks around the limit does not switch back and forth.
 */
export function CookieList(props: CookieListProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const virtualModule = virtual.loaded();
  const needsVirtual = props.cookies.length > longListRows && !virtualModule && !virtualFailed;
  // Fetched after the render, never during it: rendering stays free of side effects.
  useEffect(() => {
    if (!needsVirtual) return undefined;
    let mounted = true;
    void loadVirtual().then(() => mounted && rerender(undefined));
    return () => {
      mounted = false;
    };
  }, [needsVirtual]);
  if (virtualModule) return <virtualModule.VirtualCookieList {...props} />;
  return <AllRowsList {...props} />;
}

/** Every row in the DOM: a short list. */
function AllRowsList({ handle, ...props }: CookieListProps) {
  const { cookies } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => cookies.map(identityKey), [cookies]);
  const scrollToIndex = useCallback((index: number) => {
    const row = scrollRef.current?.querySelector(`[data-index="${index}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, []);
  const focus = useRowFocus({ keys, scrollToIndex, scrollRef, rowSelector, rowHeight });
  useImperativeHandle(handle, () => ({ focusRow: focus.focusRow }), [focus.focusRow]);
  const indices = useMemo(() => keys.map((_, i) => i), [keys]);
  return (
    <CookieListView {...props} scrollRef={scrollRef} keys={keys} indices={indices} focus={focus} />
  );
}
