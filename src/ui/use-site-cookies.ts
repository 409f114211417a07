import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { belongsToSite } from '../cookies/cookie-matching';
import type { CookieChange } from '../protocol/cookie-protocol';
import { errorText } from '../text/error-text';
import { applySiteChanges, sameCookieList } from './apply-site-changes';
import type { CookieConnector } from './cookie-connector';
import { prepareCookieList } from './cookie-list';

export interface SiteCookies {
  cookies: Cookie[];
  loaded: boolean;
  error: string | undefined;
  reload: () => Promise<void>;
}

// Changes come in bursts (a page setting many cookies, an edit's remove+add). The background
// already gathers each burst into one batch (change-batches.ts); batches that arrive in the same
// task are applied in one render, and nothing waits longer.
const applyDelayMs = 0;
// A feed that may have missed changes (the background restarted): one re-read for the burst.
const coalesceMs = 30;
// After the first answer, and after changes were applied from the feed: one re-read confirms
// the list against the browser (it renders only if something differs).
const catchUpMs = 300;

/**
 * The site's cookies, always as the browser reports them: read on start and after every write;
 * the change feed's changes on this site are applied as they come (each names the whole cookie)
 * and confirmed by a re-read once the burst is over.
 */
export function useSiteCookies(
  connector: CookieConnector,
  site: string,
  storeId: string,
  /** Cookies already read with the page's first request: shown at once, re-read shortly after. */
  initial?: Cookie[],
): SiteCookies {
  const [cookies, setCookies] = useState<Cookie[]>(initial ?? []);
  const [loaded, setLoaded] = useState(initial !== undefined);
  const initialRef = useRef(initial);
  const [error, setError] = useState<string>();
  const generation = useRef(0);
  const hasList = useRef(initial !== undefined);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const result = await connector.client.listCookies({ scope: { site }, storeId });
      // A list that became long shows once, virtualised, rather than first in part.
      await prepareCookieList(result.cookies.length);
      // A slower, older read must not overwrite a newer one.
      if (mine !== generation.current) return;
      // The same list again (a confirming read): keep the one shown, so nothing re-renders.
      setCookies((shown) => (sameCookieList(shown, result.cookies) ? shown : result.cookies));
      hasList.current = true;
      setError(undefined);
    } catch (e) {
      if (mine === generation.current) setError(errorText(e));
    } finally {
      if (mine === generation.current) setLoaded(true);
    }
  }, [connector, site, storeId]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (initialRef.current) {
      // A change between that first read and this subscription would be missed: read again.
      initialRef.current = undefined;
      timer = setTimeout(() => void reload(), catchUpMs);
    } else {
      void reload();
    }
    let pending: CookieChange[] = [];
    let applyTimer: ReturnType<typeof setTimeout> | undefined;
    const applyPending = () => {
      const changes = pending;
      pending = [];
      // Before the first answer there is no list to apply them to: read it.
      if (!hasList.current) {
        void reload();
        return;
      }
      // A read in flight predates these changes: its answer must not undo them.
      generation.current++;
      setCookies((shown) => applySiteChanges(shown, changes, site, storeId) ?? shown);
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), catchUpMs);
    };
    const unsubscribe = connector.onChanges((changes) => {
      // An empty batch means changes may have been missed (the background restarted): re-read.
      if (changes.length === 0) {
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), coalesceMs);
        return;
      }
      const relevant = changes.filter(
        (c) => c.cookie.storeId === storeId && belongsToSite(c.cookie, site),
      );
      if (relevant.length === 0) return;
      pending.push(...relevant);
      clearTimeout(applyTimer);
      applyTimer = setTimeout(applyPending, applyDelayMs);
    });
    return () => {
      clearTimeout(timer);
      clearTimeout(applyTimer);
      unsubscribe();
    };
  }, [connector, site, storeId, reload]);

  return { cookies, loaded, error, reload };
}
