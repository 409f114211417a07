import type { Ref } from 'preact';
import { useCallback, useImperativeHandle, useMemo, useRef } from 'preact/hooks';
import type { AuditFinding } from '../../audit/audit-finding';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import type { StoreKind } from '../../protocol/store-kind';
import { useRowFocus } from '../virtual-list/use-row-focus';
import { measureWithoutLayout, useVirtualizer } from '../virtual-list/use-virtualizer';
import type { Selection } from './cookie-selection';
import { ManagerRow, type RowActions } from './manager-row';
import { type SiteGroupActions, SiteGroupHeader } from './site-group-header';
import type { ManagerItem } from './visible-rows';

export interface ManagerListHandle {
  /** Puts the keyboard focus back on a row (after its editor closes), if it is still listed. */
  focusRow(key: string): void;
}

export interface ManagerListProps {
  items: ManagerItem[];
  selection: Selection;
  now: Date;
  loaded: boolean;
  /** The store a site group says it belongs to: only when there is more than one. */
  storeOf: (storeId: string) => StoreKind | undefined;
  rowActions: RowActions;
  siteActions: SiteGroupActions;
  handle: Ref<ManagerListHandle>;
  /** The cookie whose details are open. */
  detailKey: string | undefined;
  /** Each cookie's audit findings, once the audit has loaded. */
  findingsOf?: ((cookie: Cookie) => readonly AuditFinding[]) | undefined;
  /** Whether a cookie is protected: its row is marked. */
  protectedOf?: ((cookie: Cookie) => boolean) | undefined;
}

// The usual heights (a row whose value is expanded, or whose flags wrap, is taller: the
// ResizeObserver reports it and the list makes room). Measured, not guessed: a header estimated
// at 30 px (it is 34) put one row too many in the first window, and the measurement's correction
// was a second render ~15 ms after the first rows and after each search keystroke.
const rowHeight = 23;
const headerHeight = 34;

const rowSelector = '[data-testid="manager-row"]';

/**
 * The virtualised list: only the rows in view (and one more at each end) exist in the DOM, so
 * 3,000 cookies cost what a dozen do. Keyboard: arrows, Page Up/Down, Home/End move between cookie rows (the
 * focused row scrolls into view), Space selects, Enter edits, ArrowRight opens the details
 * beside the list (as in the popup, and as a click on the row does), Delete asks to delete
 * (the selection if there is one).
 */
export function ManagerList({
  items,
  selection,
  now,
  loaded,
  storeOf,
  rowActions,
  siteActions,
  handle,
  detailKey,
  findingsOf,
  protectedOf,
}: ManagerListProps) {
  const scrollRef = useRef<HTMLElement>(null);
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const estimateSize = useCallback(
    (index: number) => (items[index]?.kind === 'site' ? headerHeight : rowHeight),
    [items],
  );
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    measureElement: measureWithoutLayout,
    overscan: 1,
  });
  const rowKeys = useMemo(
    () => items.map((item) => (item.kind === 'cookie' ? item.key : undefined)),
    [items],
  );
  const scrollToIndex = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    [virtualizer],
  );
  const focus = useRowFocus({ keys: rowKeys, scrollToIndex, scrollRef, rowSelector, rowHeight });

  useImperativeHandle(handle, () => ({ focusRow: focus.focusRow }), [focus.focusRow]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const index = focus.rowIndexOf(target);
    const item = index === undefined ? undefined : items[index];
    if (index === undefined || item?.kind !== 'cookie') return;
    const onRow = target.matches(rowSelector);
    const onCheckbox = target instanceof HTMLInputElement && target.type === 'checkbox';
    if ((onRow || onCheckbox) && focus.navigate(event, index)) return;
    if (!onRow) return;
    if (event.key === ' ') {
      event.preventDefault();
      rowActions.onToggle(item.key);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      rowActions.onEdit(item.cookie);
    } else if (event.key === 'ArrowRight') {
      // The popup's rows open details with Space too, but here Space selects.
      event.preventDefault();
      rowActions.onSelect(item.cookie);
    } else if (event.key === 'Delete') {
      event.preventDefault();
      rowActions.onAskDelete(item.cookie);
    }
  };

  return (
    <section
      class="manager-scroll"
      ref={scrollRef}
      data-testid="manager-list"
      data-loaded={loaded ? 'true' : 'false'}
      data-count={items.length}
      aria-label={t('manager_listLabel')}
      onKeyDown={onKeyDown}
      onFocusIn={focus.onFocusIn}
      onFocusOut={focus.onFocusOut}
    >
      <div class="manager-sizer" style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((virtual) => {
          const item = items[virtual.index];
          if (!item) return null;
          return (
            <div
              key={item.key}
              class="manager-item"
              data-index={virtual.index}
              ref={virtualizer.measureElement}
              style={{ transform: `translateY(${virtual.start}px)` }}
            >
              {item.kind === 'site' ? (
                <SiteGroupHeader
                  item={item}
                  store={storeOf(item.group.storeId)}
                  selection={selection}
                  actions={siteActions}
                />
              ) : (
                <ManagerRow
                  cookie={item.cookie}
                  itemKey={item.key}
                  site={item.site}
                  selected={selection.has(item.key)}
                  tabbable={item.key === focus.tabbableKey}
                  detailed={item.key === detailKey}
                  now={now}
                  actions={rowActions}
                  findings={findingsOf?.(item.cookie)}
                  isProtected={protectedOf?.(item.cookie) ?? false}
                />
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
