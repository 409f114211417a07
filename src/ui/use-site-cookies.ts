import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Cookie } from '../cookies/cookie';
import { belongsToSite } from '../cookies/cookie-matching';
import { errorText } from '../text/error-text';
import type { CookieConnector } from './cookie-connector';
import { prepareCookieList } from './cookie-list';

export interface SiteCookies {
  cookies: Cookie[];
  loaded: boolean;
  error: string | undefined;
  reload: () => Promise<void>;
}

// Changes come in bursts (a page setting many cookies, an edit's remove+add): one re-read each.
const coalesceMs = 30;
const catchUpMs = 300;

/**
 * The site's cookies, always as the browser reports them: read on start, re-read after every
 * write and whenever the change feed reports a change on this site.
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

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    try {
      const result = await connector.client.listCookies({ scope: { site }, storeId });
      // A list that became long shows once, virtualised, rather than first in part.
      await prepareCookieList(result.cookies.length);
      // A slower, older read must not overwrite a newer one.
      if (mine !== generation.current) return;
      setCookies(result.cookies);
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
    const unsubscribe = connector.onChanges((changes) => {
      // An empty batch means changes may have been missed (the background restarted): re-read.
      const relevant =
        changes.length === 0 ||
        changes.some((c) => c.cookie.storeId === storeId && belongsToSite(c.cookie, site));
      if (!relevant) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), coalesceMs);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [connector, site, storeId, reload]);

  return { cookies, loaded, error, reload };
}
