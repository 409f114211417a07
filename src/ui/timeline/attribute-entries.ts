import type { RecordedRequest } from './recorded-request';
import { setCookieProduces } from './set-cookie-produces';
import { attributionWindowMs, scriptVerdictDelayMs, type TimelineEntry } from './timeline-entries';

/** How far a change lies outside the time its response was in flight (0: inside). */
function distance(request: RecordedRequest, time: number): number {
  if (time < request.startedAt) return request.startedAt - time;
  if (time > request.finishedAt) return time - request.finishedAt;
  return 0;
}

interface Candidate {
  entry: number;
  request: RecordedRequest;
  /** Which Set-Cookie of the response. */
  instruction: number;
  distance: number;
  /** Tie-break between responses in flight together: the one finishing nearer the change. */
  gap: number;
}

const byLikelihood = (a: Candidate, b: Candidate) =>
  a.distance - b.distance ||
  a.gap - b.gap ||
  a.entry - b.entry ||
  a.request.id - b.request.id ||
  a.instruction - b.instruction;

/**
 * Names the response whose Set-Cookie caused each change, deciding afresh every time the
 * network log grows: DevTools reports a response only once its body is read, so responses arrive
 * late and out of order, and a better match found later replaces an earlier guess. A Set-Cookie
 * explains one change at most (one response may set a cookie twice: two Set-Cookies), and only a
 * change it produces (set-cookie-produces.ts). Among the candidates the change closest in time to
 * the response's flight wins. A change no response explains once the delay has passed was set by
 * script. Returns `entries` itself when no verdict changed.
 */
export function attributeEntries(
  entries: TimelineEntry[],
  requests: RecordedRequest[],
  now: number,
  canAttribute = true,
): TimelineEntry[] {
  const remembered = new Set(requests.map((r) => r.id));
  // A verdict naming a request the panel has forgotten stays: nothing could contradict it now.
  const open = (entry: TimelineEntry) =>
    entry.attribution.kind === 'pending' ||
    entry.attribution.kind === 'script' ||
    (entry.attribution.kind === 'request' && remembered.has(entry.attribution.requestId));

  const candidates: Candidate[] = [];
  entries.forEach((entry, index) => {
    if (!open(entry)) return;
    for (const request of requests) {
      const d = distance(request, entry.time);
      if (d > attributionWindowMs) continue;
      request.setCookies.forEach((instruction, k) => {
        if (!setCookieProduces(request, instruction, entry)) return;
        const gap = Math.abs(request.finishedAt - entry.time);
        candidates.push({ entry: index, request, instruction: k, distance: d, gap });
      });
    }
  });
  candidates.sort(byLikelihood);

  const verdicts = new Map<number, RecordedRequest>();
  const used = new Set<string>();
  for (const c of candidates) {
    const key = `${c.request.id}:${c.instruction}`;
    if (verdicts.has(c.entry) || used.has(key)) continue;
    verdicts.set(c.entry, c.request);
    used.add(key);
  }

  let changed = false;
  const result = entries.map((entry, index) => {
    if (!open(entry)) return entry;
    const next = verdict(entry, verdicts.get(index), now, canAttribute);
    if (sameAttribution(next, entry.attribution)) return entry;
    changed = true;
    return { ...entry, attribution: next };
  });
  return changed ? result : entries;
}

function verdict(
  entry: TimelineEntry,
  request: RecordedRequest | undefined,
  now: number,
  canAttribute: boolean,
): TimelineEntry['attribution'] {
  if (request) {
    const { id: requestId, method, url, status } = request;
    return { kind: 'request', requestId, method, url, status };
  }
  if (now - entry.time <= scriptVerdictDelayMs) return { kind: 'pending' };
  return canAttribute ? { kind: 'script' } : { kind: 'unknown' };
}

function sameAttribution(a: TimelineEntry['attribution'], b: TimelineEntry['attribution']) {
  if (a.kind === 'request' && b.kind === 'request') return a.requestId === b.requestId;
  return a.kind === b.kind;
}
