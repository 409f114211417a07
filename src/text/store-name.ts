import type { StoreKind } from '../protocol/store-kind';

/** A cookie store as the user knows it: the kind of window, or the container's own name. */
export function storeName(store: StoreKind): string {
  if (store.kind === 'private') return 'Private window';
  if (store.kind === 'container') return store.name === '' ? '(unnamed container)' : store.name;
  return 'Regular window';
}
