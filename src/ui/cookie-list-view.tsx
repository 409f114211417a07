import type { Ref, RefObject } from 'preact';
import type { AuditFinding } from '../audit/audit-finding';
import type { Cookie } from '../cookies/cookie';
import type { PageContext } from '../cookies/page-context';
import { t } from '../i18n/t';
import { CookieRow } from './cookie-row';
import { CookieTableHead } from './table/cookie-table-head';
import { type TableSettings, widthStyle } from './table/table-settings';
import type { RowFocus } from './virtual-list/use-row-focus';

export interface CookieListHandle {
  /** Puts the keyboard focus on a row (after its editor closes), if it is still listed. */
  focusRow(key: string): void;
}

export interface CookieListProps {
  cookies: readonly Cookie[];
  loaded: boolean;
  /** The page the list is shown for: rows say whether its requests carry them. */
  page: PageContext;
  now: Date;
  onEdit: (cookie: Cookie) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
  handle: Ref<CookieListHandle>;
  /** Opens a cookie's details (a click on its row, Space or ArrowRight). */
  onSelect: (cookie: Cookie) => void;
  selectedKey: string | undefined;
  /** The columns' sort and widths (the header changes them). */
  table: TableSettings;
  onTable: (next: TableSettings) => void;
  /** Each cookie's audit findings, once the audit has loaded. */
  findingsOf?: ((cookie: Cookie) => readonly AuditFinding[]) | undefined;
  /** Whether a cookie is protected: its row is marked. */
  protectedOf?: ((cookie: Cookie) => boolean) | undefined;
}

// One line per cookie (two in a narrow popup, more when its value is expanded).
export const rowHeight = 23;
/** The box a list scrolls in, under its site's header (its max-height is in app.css). */
export const listBoxClass = 'cookie-scroll';
export const rowSelector = '[data-testid="cookie-row"]';

export interface CookieListViewProps extends Omit<CookieListProps, 'handle'> {
  scrollRef: RefObject<HTMLDivElement | null>;
  keys: readonly string[];
  /** The rows to render: all of them, or a virtualised window. */
  indices: readonly number[];
  focus: RowFocus;
  /** A virtualised list: its full height, the first rendered row's offset, its size observer. */
  virtual?: {
    totalSize: number;
    offset: number;
    measure: (element: HTMLElement | null) => void;
  };
}

/**
 * The list as both list components render it: a scroll box under the site's header, and the
 * rows. Keyboard: arrows, Page Up/Down, Home/End move between rows (from a row or one of its
 * buttons, where arrows do nothing else), Enter edits, Space or ArrowRight opens the details, Delete asks to delete (in CookieRow).
 */
export function CookieListView({
  scrollRef,
  cookies,
  keys,
  indices,
  loaded,
  focus,
  virtual,
  page,
  now,
  onEdit,
  onDelete,
  table,
  onTable,
  onSelect,
  selectedKey,
  findingsOf,
  protectedOf,
}: CookieListViewProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const index = focus.rowIndexOf(target);
    if (index !== undefined && (target.matches(rowSelector) || target.tagName === 'BUTTON'))
      focus.navigate(event, index);
  };
  const list = (
    <ul
      class="cookie-list"
      data-testid="cookie-list"
      data-loaded={loaded ? 'true' : 'false'}
      data-count={cookies.length}
      aria-label={t('list_label')}
      onKeyDown={onKeyDown}
      onFocusIn={focus.onFocusIn}
      onFocusOut={focus.onFocusOut}
      // Rows stay in the normal flow (no overlap while a new row's height is unknown); a
      // virtualised list as a whole is moved down to where its first rendered row belongs.
      {...(virtual && { style: { transform: `translateY(${virtual.offset}px)` } })}
    >
      {indices.map((index) => {
        const cookie = cookies[index];
        const key = keys[index];
        if (!cookie || key === undefined) return null;
        return (
          <CookieRow
            key={key}
            cookie={cookie}
            page={page}
            now={now}
            onEdit={onEdit}
            onDelete={onDelete}
            onSelect={onSelect}
            selected={key === selectedKey}
            findings={findingsOf?.(cookie)}
            isProtected={protectedOf?.(cookie) ?? false}
            position={{
              index,
              setSize: cookies.length,
              tabbable: key === focus.tabbableKey,
              ...(virtual && { measure: virtual.measure }),
            }}
          />
        );
      })}
    </ul>
  );
  return (
    <div class="cookie-table" style={widthStyle(table.widths)}>
      <CookieTableHead settings={table} onSettings={onTable} withPage />
      <div class={listBoxClass} ref={scrollRef}>
        {virtual ? (
          <div class="cookie-sizer" style={{ height: `${virtual.totalSize}px` }}>
            {list}
          </div>
        ) : (
          list
        )}
      </div>
    </div>
  );
}
