import type { Cookie } from '../../cookies/cookie';
import type { StoreKind } from '../../protocol/store-kind';
import type { CookieConnector } from '../cookie-connector';
import { CookieEditor } from '../cookie-editor';
import { formFromCookie, newCookieForm } from '../cookie-form';
import type { Notice } from '../undo-notice';
import { cookieKey } from './cookie-key';

export type Editing =
  /** `value`: the value the inspector rebuilt, in place of the cookie's. */
  | { kind: 'edit'; cookie: Cookie; value?: string }
  /** `site` empty: the toolbar's "New cookie", with no site to start from. */
  | { kind: 'new'; site: string; storeId: string };

/**
 * The popup's own editor, on the manager's side. It holds the cookie as it was when the
 * editor opened, so a live re-list of the list never resets what the user is typing.
 */
export function ManagerEditor({
  connector,
  editing,
  storeOf,
  onSaved,
  onCancel,
}: {
  connector: CookieConnector;
  editing: Editing;
  /** The store a cookie is written to, said only when there is more than one. */
  storeOf: (storeId: string) => StoreKind | undefined;
  onSaved: (notice: Notice) => void;
  onCancel: () => void;
}) {
  const storeId = editing.kind === 'edit' ? editing.cookie.storeId : editing.storeId;
  const key =
    editing.kind === 'edit'
      ? cookieKey(editing.cookie)
      : `new\n${editing.storeId}\n${editing.site}`;
  // CookieEditor reads `initial` when it mounts (once per key): later renders do not reset it.
  const nowSeconds = Date.now() / 1000;
  // A site's "New…" starts on its https url (Secure on, as most sites are served today).
  const initial =
    editing.kind === 'edit'
      ? {
          ...formFromCookie(editing.cookie, nowSeconds),
          ...(editing.value !== undefined ? { value: editing.value } : {}),
        }
      : newCookieForm(editing.site ? `https://${editing.site}/` : '', editing.site, nowSeconds);
  return (
    <CookieEditor
      key={key}
      connector={connector}
      storeId={storeId}
      store={storeOf(storeId)}
      initial={initial}
      {...(editing.kind === 'edit' ? { original: editing.cookie } : {})}
      onSaved={onSaved}
      onCancel={onCancel}
    />
  );
}
