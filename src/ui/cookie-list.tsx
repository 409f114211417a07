import type { Ref } from 'preact';
import { useImperativeHandle, useMemo, useRef } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { identityKey } from '../cookies/cookie-identity';
import { CookieRow } from './cookie-row';
import { useRowFocus } from './virtual-list/use-row-focus';
import { measureWithoutLayout, useVirtualizer } from './virtual-list/use-virtualizer';

export interface CookieListHandle {
  /** Puts the keyboard focus on a row (after its editor closes), if it is still listed. */
  focusRow(key: string): void;
}

export interface CookieListProps {
  cookies: readonly Cookie[];
  loaded: boolean;
  pageUrl: string;
  now: Date;
  onEdit: (cookie: Cookie) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
  handle: Ref<CookieListHandle>;
}

// A row of name/value, domain/path/lifetime and flags/actions (taller when its value is expanded
// or its flags wrap: the size observer corrects the estimate).
const rowHeight = 66;
// The list's height before it is measured (the CSS caps it at 420px in the popup): the first
// render already shows the rows a user sees, not an empty list that fills a frame later.
const initialRect = { width: 560, height: 420 };
const rowSelector = '[data-testid="cookie-row"]';

/**
 * A site's cookies, virtualised: only the rows in view (and a few more at each end) exist in the
 * DOM, so the 180 cookies Chrome allows a site cost what a dozen do. It scrolls on its own, below
 * the site's header. Keyboard: arrows, Page Up/Down, Home/End move between rows, Enter edits,
 * Delete asks to delete; Tab reaches the focused row's buttons.
 */
export function CookieList({
  cookies,
  loaded,
  pageUrl,
  now,
  onEdit,
  onDelete,
  handle,
}: CookieListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => cookies.map(identityKey), [cookies]);
  const virtualizer = useVirtualizer({
    count: cookies.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    getItemKey: (index) => keys[index] ?? index,
    measureElement: measureWithoutLayout,
    initialRect,
    overscan: 6,
  });
  const focus = useRowFocus({ keys, virtualizer, scrollRef, rowSelector, rowHeight });
  useImperativeHandle(handle, () => ({ focusRow: focus.focusRow }), [focus.focusRow]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const index = focus.rowIndexOf(target);
    // From the row, or one of its buttons (arrow keys do nothing else there).
    if (index !== undefined && (target.matches(rowSelector) || target.tagName === 'BUTTON'))
      focus.navigate(event, index);
  };

  const rows = virtualizer.getVirtualItems();
  return (
    <div class="cookie-scroll" ref={scrollRef}>
      <div class="cookie-sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        <ul
          class="cookie-list"
          data-testid="cookie-list"
          data-loaded={loaded ? 'true' : 'false'}
          data-count={cookies.length}
          aria-label="Cookies"
          onKeyDown={onKeyDown}
          onFocusIn={focus.onFocusIn}
          // Rows stay in the normal flow (no overlap while a new row's height is unknown); the
          // list as a whole is moved down to where the first rendered row belongs.
          style={{ transform: `translateY(${rows[0]?.start ?? 0}px)` }}
        >
          {rows.map((row) => {
            const cookie = cookies[row.index];
            const key = keys[row.index];
            if (!cookie || key === undefined) return null;
            return (
              <CookieRow
                key={key}
                cookie={cookie}
                pageUrl={pageUrl}
                now={now}
                onEdit={onEdit}
                onDelete={onDelete}
                position={{
                  index: row.index,
                  setSize: cookies.length,
                  tabbable: key === focus.tabbableKey,
                  measure: virtualizer.measureElement,
                }}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}
