/**
 * What the bench watches inside a page: a MutationObserver installed before the page's own
 * scripts run, which notes the moment the DOM first shows what a figure waits for, the frame
 * after it, and how many mutation batches touched the list on the way (a MutationObserver
 * callback receives every DOM change of one task or microtask checkpoint at once, so with
 * Preact one batch is one commit that changed the list).
 *
 * Times are performance.now() of the page; `timeOrigin` converts them to the epoch clock, which
 * the extension's pages and service worker share (they run in the extension's process).
 */
export interface ProbeConfig {
  /** The list element, e.g. `[data-testid="cookie-list"][data-loaded="true"]`; absent: the document. */
  list?: string;
  /** One row, searched inside the list. */
  row: string;
  /** What the page must show; can be changed later with `__benchProbe.expect()`. */
  expect?: ProbeTarget;
  /**
   * A page watched for the first-render figures: it tells the service worker's request log when
   * its rows showed (bench/request-log.ts), and the popup catcher logs the files it requests.
   * (Which files, the page itself cannot tell: extension pages get no resource timing entries,
   * and a dynamic import() leaves no element behind.)
   */
  watchPage?: boolean;
}

/**
 * `count`: the list shows exactly n rows, or (a virtualised list) a window of them while the
 * list advertises n in total (aria-rowcount, data-total or data-count on the list, or the
 * section's session + persistent counts). `match`: at least one row, every row contains
 * `text`, and at most n rows.
 */
export type ProbeTarget = { kind: 'count'; n: number } | { kind: 'match'; text: string; n: number };

export interface ProbeSnapshot {
  timeOrigin: number;
  /** When the probe started watching, and whether the page already showed its target then. */
  installedAt: number;
  lateBy: string | undefined;
  now: number;
  /** When the current expectation was set (performance.now()). */
  since: number;
  /** performance.now() of the last keydown, for keystroke timings. */
  keydownAt: number | undefined;
  done:
    | {
        at: number;
        frameAt: number | undefined;
        rows: number;
        mode: string;
        batches: number;
      }
    | undefined;
  /** Mutation batches that touched the list since the expectation was set. */
  batches: number;
  rows: number;
  /** The last batch that touched the list, and the frame after it. */
  lastMutationAt: number | undefined;
  lastFrameAt: number | undefined;
}

export interface ProbeApi {
  expect(target: ProbeTarget | undefined): void;
  snapshot(): ProbeSnapshot;
}

/** Runs in the page (serialised with scriptFor): keep it self-contained. */
export function installDomProbe(config: ProbeConfig): void {
  const global = window as unknown as { __benchProbe?: ProbeApi };
  if (global.__benchProbe) return;
  let target: ProbeTarget | undefined = config.expect;
  let since = 0;
  let keydownAt: number | undefined;
  let done: ProbeSnapshot['done'];
  let batches = 0;
  let lastMutationAt: number | undefined;
  let lastFrameAt: number | undefined;
  const installedAt = performance.now();
  let lateBy: string | undefined;

  const afterNextFrame = (callback: (time: number) => void) =>
    requestAnimationFrame(() => {
      // The task after the frame's callbacks: the frame has been produced by then.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(0);
    });

  const findList = (): Element | null =>
    config.list ? document.querySelector(config.list) : document.documentElement;
  const rowsOf = (list: Element | null) => (list ? list.querySelectorAll(config.row) : []);

  const advertisedTotal = (list: Element): number | undefined => {
    for (const name of ['aria-rowcount', 'data-total', 'data-count']) {
      const value = list.getAttribute(name);
      if (value !== null && value !== '') return Number(value);
    }
    const section = list.closest('[data-testid="site-section"]');
    const session = section?.querySelector('[data-testid="count-session"]')?.textContent;
    const persistent = section?.querySelector('[data-testid="count-persistent"]')?.textContent;
    if (session != null && persistent != null) return Number(session) + Number(persistent);
    return undefined;
  };

  const reached = (list: Element | null, rows: ArrayLike<Element>): string | undefined => {
    if (!target || !list) return undefined;
    const count = rows.length;
    if (target.kind === 'count') {
      if (count === target.n) return 'all rows';
      if (count > 0 && count < target.n && advertisedTotal(list) === target.n) {
        return 'virtual window';
      }
      return undefined;
    }
    if (count === 0 || count > target.n) return undefined;
    const text = target.text.toLowerCase();
    for (let i = 0; i < count; i++) {
      if (!(rows[i]?.textContent ?? '').toLowerCase().includes(text)) return undefined;
    }
    return count === target.n ? 'all rows' : 'virtual window';
  };

  const check = (touchedList: boolean) => {
    const now = performance.now();
    if (touchedList) {
      batches++;
      lastMutationAt = now;
      lastFrameAt = undefined;
      afterNextFrame((at) => {
        if (lastMutationAt === now) lastFrameAt = at;
      });
    }
    if (done || !target) return;
    const list = findList();
    const rows = rowsOf(list);
    const mode = reached(list, rows);
    if (!mode) return;
    const result = {
      at: now,
      frameAt: undefined as number | undefined,
      rows: rows.length,
      mode,
      batches,
    };
    done = result;
    if (config.watchPage) {
      // Tells the service worker's request log (bench/request-log.ts) where the rows came:
      // messages from one page arrive in the order sent, so what it logged before this was
      // sent before the rows showed. No clocks of two processes compared.
      const runtime = (
        globalThis as {
          chrome?: { runtime?: { sendMessage?: (m: unknown) => Promise<unknown> | undefined } };
        }
      ).chrome?.runtime;
      runtime?.sendMessage?.({ tag: 'cookie-workbench-bench/rows-shown' })?.catch(() => {});
    }
    afterNextFrame((at) => {
      result.frameAt = at;
    });
  };

  new MutationObserver((records) => {
    const list = findList();
    const touched =
      list !== null &&
      records.some(
        (r) => list.contains(r.target) || [...r.addedNodes].some((n) => n.contains(list)),
      );
    check(touched);
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });

  window.addEventListener(
    'keydown',
    () => {
      keydownAt = performance.now();
    },
    true,
  );

  check(false);
  if (done) lateBy = 'the page already showed the target when the probe arrived';

  global.__benchProbe = {
    expect(next) {
      target = next;
      since = performance.now();
      done = undefined;
      batches = 0;
      check(false);
    },
    snapshot() {
      return {
        timeOrigin: performance.timeOrigin,
        installedAt,
        lateBy,
        now: performance.now(),
        since,
        keydownAt,
        done: done && { ...done },
        batches,
        rows: rowsOf(findList()).length,
        lastMutationAt,
        lastFrameAt,
      };
    },
  };
}
