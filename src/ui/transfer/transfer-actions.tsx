import { useCallback, useState } from 'preact/hooks';
import type { Cookie } from '../../cookies/cookie';
import { t, tn } from '../../i18n/t';
import type { CookieStoreInfo } from '../../protocol/cookie-protocol';
import type { CookieConnector } from '../cookie-connector';
import { ModalDialog } from '../modal-dialog';
import { ExportDialog } from './export-dialog';
import { ImportDialog, type ImportDialogProps } from './import-dialog';

export interface TransferScope {
  all: readonly Cookie[];
  matching: readonly Cookie[];
  selected: readonly Cookie[];
  /**
   * The store an import writes to unless the user picks another (the manager's default: the
   * store it is filtered to, else the regular one).
   */
  storeId: string;
  /** Every store listed: the import asks which one when there is more than one. */
  stores: readonly CookieStoreInfo[];
  reload: () => void;
  /** The site (registrable domain) of a cookie, as the page knows it. */
  siteOf: (cookie: Cookie) => string;
  /** The protect rules, for an import that would overwrite protected cookies. */
  protection?: ImportDialogProps['protection'];
}

type Open =
  | { kind: 'export'; scope: 'selected' | 'matching' | 'all' }
  | { kind: 'import' }
  | undefined;

/** The manager's Export… and Import… actions and their dialogs. */
export function TransferActions({
  connector,
  scope,
}: {
  connector: CookieConnector;
  scope: TransferScope;
}) {
  const [open, setOpen] = useState<Open>();
  const describeSites = useCallback(
    async (urls: string[]) =>
      (await connector.client.describeSites({ urls })).sites.map((s) => s.site),
    [connector],
  );
  const close = useCallback(() => setOpen(undefined), []);
  const exportScope = open?.kind === 'export' ? open.scope : undefined;
  const cookies =
    exportScope === 'selected'
      ? scope.selected
      : exportScope === 'matching'
        ? scope.matching
        : scope.all;
  const scopeLabel = {
    selected: tn('transfer_scopeSelected', scope.selected.length),
    matching: tn('transfer_scopeMatching', scope.matching.length),
    all: t('transfer_scopeAll', scope.all.length),
  };
  return (
    <>
      <button
        type="button"
        data-testid="export-button"
        onClick={() =>
          setOpen({ kind: 'export', scope: scope.selected.length > 0 ? 'selected' : 'matching' })
        }
      >
        {t('transfer_export')}
      </button>
      <button type="button" data-testid="import-button" onClick={() => setOpen({ kind: 'import' })}>
        {t('transfer_import')}
      </button>
      {open?.kind === 'export' && (
        <ModalDialog
          class="transfer"
          labelledBy="export-dialog-title"
          testId="transfer-overlay"
          onCancel={close}
        >
          <ExportDialog
            cookies={cookies}
            scopeLabel={scopeLabel[open.scope]}
            siteOf={scope.siteOf}
            describeSites={describeSites}
            onClose={close}
            scopeChooser={
              <fieldset class="field-row" data-testid="export-scope">
                <legend>{t('transfer_whichCookies')}</legend>
                {(['selected', 'matching', 'all'] as const).map((id) => (
                  <label class="inline" key={id}>
                    <input
                      type="radio"
                      name="exportScope"
                      value={id}
                      checked={open.scope === id}
                      disabled={id === 'selected' && scope.selected.length === 0}
                      onChange={() => setOpen({ kind: 'export', scope: id })}
                    />{' '}
                    {scopeLabel[id]}
                  </label>
                ))}
              </fieldset>
            }
          />
        </ModalDialog>
      )}
      {open?.kind === 'import' && (
        <ImportDialog
          connector={connector}
          storeId={scope.storeId}
          stores={scope.stores}
          existing={scope.all}
          onClose={close}
          onImported={scope.reload}
          {...(scope.protection ? { protection: scope.protection } : {})}
        />
      )}
    </>
  );
}
