import { t } from '../../i18n/t';
import { lazyModule } from '../../lazy-module';
import { useLazyModule } from '../use-lazy-module';
import type { ValueInspectorProps } from './value-inspector';

// The decoders, signers and their views (src/inspect/, several KB) come when a details pane
// first opens: the popup's first load is budgeted (README), and most openings never inspect.
const inspector = lazyModule(() => import('./value-inspector'));

export function LazyValueInspector(props: ValueInspectorProps) {
  const { module, failed } = useLazyModule(inspector);
  if (module) return <module.ValueInspector {...props} />;
  return failed ? (
    <p class="muted" role="status">
      {t('inspect_didNotLoad', failed)}
    </p>
  ) : null;
}
