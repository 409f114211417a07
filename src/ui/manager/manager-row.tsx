import type { AuditFinding } from '../../audit/audit-finding';
import type { Cookie } from '../../cookies/cookie';
import { t } from '../../i18n/t';
import { cookieLabel } from '../../text/cookie-label';
import { CookieRow } from '../cookie-row';
import { detailsPaneId } from '../table/details-pane-id';
import { memoComponent } from './memo-component';

export interface RowActions {
  onToggle: (key: string) => void;
  onEdit: (cookie: Cookie) => void;
  onDelete: (cookie: Cookie) => Promise<void>;
  /** Opens the details pane beside the list. */
  onSelect: (cookie: Cookie) => void;
  /** Delete on a focused row: asks about the selection if there is one, else about the row. */
  onAskDelete: (cookie: Cookie) => void;
}

export interface ManagerRowProps {
  cookie: Cookie;
  itemKey: string;
  site: string;
  selected: boolean;
  /** The one row reached with Tab (roving tabindex); arrow keys move it. */
  tabbable: boolean;
  /** Its details are open. */
  detailed: boolean;
  now: Date;
  actions: RowActions;
  /** The audit's findings for the row's mark; undefined while the audit loads. */
  findings?: readonly AuditFinding[] | undefined;
  isProtected?: boolean;
}

/**
 * One cookie with its checkbox. Memoised: a keystroke in the search, a scroll or a re-list
 * leaves every row whose cookie, selection and focus are unchanged alone.
 */
export const ManagerRow = memoComponent(function ManagerRow({
  cookie,
  itemKey,
  site,
  selected,
  tabbable,
  detailed,
  now,
  actions,
  findings,
  isProtected = false,
}: ManagerRowProps) {
  const label = cookieLabel(cookie);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset would bring form styling; the row is a focusable group of a cookie's text, checkbox and buttons.
    <div
      class={`manager-row${selected ? ' selected' : ''}`}
      data-testid="manager-row"
      data-name={cookie.name}
      data-domain={cookie.domain}
      data-path={cookie.path}
      data-site={site}
      data-store={cookie.storeId}
      data-selected={selected ? 'true' : 'false'}
      role="group"
      aria-label={label}
      tabIndex={tabbable ? 0 : -1}
      // Not aria-expanded: ARIA 1.2 deprecates it on a group. aria-details is said as "has details".
      aria-controls={detailed ? detailsPaneId(cookie) : undefined}
      aria-details={detailed ? detailsPaneId(cookie) : undefined}
    >
      <input
        type="checkbox"
        class="row-select"
        data-testid="row-select"
        aria-label={t('manager_selectCookie', label)}
        checked={selected}
        onChange={() => actions.onToggle(itemKey)}
      />
      <ul class="cookie-list">
        <CookieRow
          cookie={cookie}
          now={now}
          onEdit={actions.onEdit}
          onDelete={actions.onDelete}
          onSelect={actions.onSelect}
          selected={detailed}
          findings={findings}
          isProtected={isProtected}
        />
      </ul>
    </div>
  );
});
