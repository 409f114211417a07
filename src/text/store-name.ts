import { t } from '../i18n/t';
import type { StoreKind } from '../protocol/store-kind';

/** A cookie store as the user knows it: the kind of window, or the container's own name. */
export function storeName(store: StoreKind): string {
  if (store.kind === 'private') return t('store_private');
  if (store.kind === 'container')
    return store.name === '' ? t('store_unnamedContainer') : store.name;
  return t('store_regular');
}
