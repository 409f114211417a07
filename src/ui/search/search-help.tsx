import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';
import { t } from '../../i18n/t';
import { lazyModule } from '../../lazy-module';

// The syntax table, fetched when the button is first focused or hovered.
const helpTable = lazyModule(() => import('./search-help-table'));

/**
 * The `?` beside a search box and the syntax it opens (a popover: Enter or Space opens it,
 * Escape closes it and focus returns to the button), opening under the button rather than in the
 * middle of the page, where it hid what it explains. The table is fetched when the button is
 * first focused or hovered, so it is there when the popover opens. `hasPage`: whether `sent:`
 * works here.
 */
export function SearchHelp({ hasPage }: { hasPage: boolean }) {
  const help = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // The table's chunk brings the placement too: an open popover is placed once it is here.
  const place = () => {
    const loaded = helpTable.loaded();
    if (loaded && help.current?.matches(':popover-open') && button.current)
      loaded.placePopoverBeside(help.current, button.current);
  };
  // The table arriving while it is open makes it bigger (and placeable): placed again.
  useLayoutEffect(place);
  const table = helpTable.loaded();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const prepare = () => {
    if (!helpTable.loaded())
      helpTable.load().then(
        () => rerender(undefined),
        () => {},
      );
  };
  // In the DevTools panel, DevTools' script in the page takes Escape at the document (it opens
  // DevTools' drawer and prevents the default, so the popover would stay open): closed here,
  // before the key gets there.
  const closeOnEscape = (event: KeyboardEvent) => {
    const popover = help.current;
    if (event.key !== 'Escape' || !popover?.matches(':popover-open')) return;
    popover.hidePopover();
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <>
      <button
        ref={button}
        onKeyDown={closeOnEscape}
        onFocus={prepare}
        onPointerEnter={prepare}
        type="button"
        class="search-help-button"
        data-testid="search-help-button"
        popovertarget="search-help"
        aria-label={t('search_syntax')}
        title={t('search_syntax')}
      >
        ?
      </button>
      <div
        id="search-help"
        class="search-help"
        data-testid="search-help"
        popover="auto"
        ref={help}
        onToggle={() => {
          prepare();
          place();
        }}
        role="dialog"
        aria-labelledby="search-help-title"
      >
        <h2 id="search-help-title">{t('search_syntax')}</h2>
        {table ? <table.SearchHelpTable hasPage={hasPage} /> : <p>{t('ui_loading')}</p>}
        <p>{t('search_helpFooter')}</p>
      </div>
    </>
  );
}
