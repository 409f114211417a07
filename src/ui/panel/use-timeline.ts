import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { belongsToSite } from '../../cookies/cookie-matching';
import type { CookieConnector } from '../cookie-connector';
import { attributeEntries } from '../timeline/attribute-entries';
import type { RecordedRequest } from '../timeline/recorded-request';
import {
  appendChanges,
  attributionWindowMs,
  type TimelineEntry,
} from '../timeline/timeline-entries';
import type { InspectedPage } from './inspected-page';

// Requests older than this can no longer explain a new change.
const requestMemoryMs = 10 * attributionWindowMs;

/**
 * Every cookie change on the inspected page's sites, in its tab's cookie store, since the panel
 * opened, with the request that caused it. A burst of changes arrives as one batch and costs one
 * state update.
 */
export function useTimeline(
  connector: CookieConnector,
  inspected: InspectedPage,
  sites: string[],
  /** The inspected tab's cookie store, once known: a private window's changes are its own. */
  storeId: string | undefined,
) {
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [requestCount, setRequestCount] = useState(0);
  const requests = useRef<RecordedRequest[]>([]);
  const sitesRef = useRef(sites);
  sitesRef.current = sites;
  const storeRef = useRef(storeId);
  storeRef.current = storeId;
  const nextId = useRef(0);

  const attribute = useCallback(() => {
    const now = Date.now();
    requests.current = requests.current.filter((r) => now - r.finishedAt < requestMemoryMs);
    setEntries((current) =>
      attributeEntries(current, requests.current, now, inspected.canAttribute),
    );
  }, [inspected]);

  useEffect(() => {
    const unsubscribeChanges = connector.onChanges((changes) => {
      const mine = changes.filter(
        (c) =>
          c.cookie.storeId === storeRef.current &&
          sitesRef.current.some((site) => belongsToSite(c.cookie, site)),
      );
      if (mine.length === 0) return;
      setEntries((current) =>
        attributeEntries(
          appendChanges(current, mine, () => ++nextId.current),
          requests.current,
          Date.now(),
          inspected.canAttribute,
        ),
      );
    });
    const unsubscribeRequests = inspected.watchRequests((request) => {
      requests.current.push(request);
      setRequestCount((n) => n + 1);
      attribute();
    });
    // Pending entries turn into "set by script" once no response has claimed them in time.
    const timer = setInterval(attribute, attributionWindowMs / 4);
    return () => {
      unsubscribeChanges();
      unsubscribeRequests();
      clearInterval(timer);
    };
  }, [connector, inspected, attribute]);

  return { entries, requestCount, clear: () => setEntries([]) };
}
