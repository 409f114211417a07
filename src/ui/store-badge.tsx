import type { StoreKind } from '../protocol/store-kind';
import { storeName } from '../text/store-name';

/**
 * Which cookie store a list belongs to: a small swatch (private windows' own colour, or the
 * container's) and the name as text, so the colour is never the only sign. The name is the
 * user's text and is rendered as text only; the colour is one of app.css's contrast-tested
 * swatches, chosen by name.
 */
export function StoreBadge({
  store,
  testId = 'store-badge',
}: {
  store: StoreKind;
  testId?: string;
}) {
  const swatch =
    store.kind === 'private' ? 'private' : store.kind === 'container' ? store.colour : undefined;
  return (
    <span class="store-badge" data-testid={testId} data-store-kind={store.kind}>
      {swatch && <span class={`store-swatch swatch-${swatch}`} aria-hidden="true" />}
      {storeName(store)}
    </span>
  );
}
