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
import {
  type CookieListProps,
  CookieListView,
  listBoxClass,
  rowHeight,
  rowSelector,
} from './cookie-list-view';
import { useRowFocus } from './virtual-list/use-row-focus';
import { boxRoom } from './virtual-list/window-height';

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
 * Loads the virtualised list, if a list of `rows` rows will need it. A list re-read after a
 * change waits for it, so a list that became long shows once, virtualised. A page's first list
 * does not: it shows its first screen of rows (AllRowsList) and fetches the code after that
 * frame.
 */
export function prepareCookieList(rows: number): Promise<void> {
  return rows > longListRows && !virtual.loaded() ? loadVirtual() : Promise.resolve();
}

/**
 * A site's cookies, in a box that scrolls under the site's header. A long list is virtualised;
 * until its code is here (the popup's first render does not wait for it: it is a third of the
 * popup's code), the first screen of rows shows, in a box as tall as the whole list. Should the
 * code fail to load, every row shows. Once fetched, every list of the page uses it, so a list
 * that grows and shrinks around the limit does not switch back and forth.
 */
export function CookieList(props: CookieListProps) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const virtualModule = virtual.loaded();
  const needsVirtual = props.cookies.length > longListRows && !virtualModule && !virtualFailed;
  // Fetched after the frame that shows the first rows (Preact runs effects after paint), never
  // during the render: the rows neither wait for the download nor share the frame with it.
  useEffect(() => {
    if (!needsVirtual) return undefined;
    let mounted = true;
    void loadVirtual().then(() => mounted && rerender(undefined));
    return () => {
      mounted = false;
    };
  }, [needsVirtual]);
  if (virtualModule) return <virtualModule.VirtualCookieList {...props} />;
  return <AllRowsList {...props} firstScreenOnly={needsVirtual} />;
}

// A first screen: the rows the list's box can show at once (at most its CSS max-height, within
// a window that grows to at most 600px from a first render at 64px), and never more than a short
// list has. Rows below the box's fold would cost the first render (~30% more rows in the popup)
// and be dropped by the virtualiser a moment later.
const firstScreenRows = (): number =>
  Math.min(longListRows, Math.ceil(boxRoom(listBoxClass) / rowHeight) + 1);
const noMeasure = () => {};

/** Every row in the DOM (a short list), or the first screen of a long one (`firstScreenOnly`). */
function AllRowsList({
  handle,
  firstScreenOnly,
  ...props
}: CookieListProps & { firstScreenOnly: boolean }) {
  const { cookies } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => cookies.map(identityKey), [cookies]);
  const scrollToIndex = useCallback((index: number) => {
    const row = scrollRef.current?.querySelector(`[data-index="${index}"]`);
    row?.scrollIntoView({ block: 'nearest' });
  }, []);
  const focus = useRowFocus({ keys, scrollToIndex, scrollRef, rowSelector, rowHeight });
  useImperativeHandle(handle, () => ({ focusRow: focus.focusRow }), [focus.focusRow]);
  const indices = useMemo(
    () => (firstScreenOnly ? keys.slice(0, firstScreenRows()) : keys).map((_, i) => i),
    [keys, firstScreenOnly],
  );
  return (
    <CookieListView
      {...props}
      scrollRef={scrollRef}
      keys={keys}
      indices={indices}
      focus={focus}
      {...(firstScreenOnly && {
        virtual: { totalSize: keys.length * rowHeight, offset: 0, measure: noMeasure },
      })}
    />
  );
}
