import type { Worker } from '@playwright/test';
import { runIn } from './in-page';

/** One message or port an extension page opened towards the background. */
export interface LoggedRequest {
  kind: 'message' | 'connect' | 'rows-shown';
  /** The protocol method (`method` of the message) or the port's name. */
  what: string;
  /** Epoch ms when the service worker received it. */
  at: number;
  url: string;
}

/**
 * Counts, in the service worker, what extension pages send it: a runtime.onMessage and an
 * onConnect listener of the bench's own beside the product's (they answer nothing, so the
 * product's answers are untouched). Counting there and not in the page does not depend on
 * getting into the page before its first script. Idempotent, and installed again whenever
 * the worker was restarted (its globals are new then); empties the log.
 */
export function startRequestLog(worker: Worker): Promise<void> {
  return runIn(
    worker,
    () => {
      const g = globalThis as { __benchRequests?: LoggedRequest[]; __benchLogging?: boolean };
      g.__benchRequests = [];
      if (g.__benchLogging) return;
      g.__benchLogging = true;
      const now = () => performance.timeOrigin + performance.now();
      chrome.runtime.onMessage.addListener((message, sender) => {
        const { method, tag } = (message ?? {}) as { method?: unknown; tag?: unknown };
        g.__benchRequests?.push({
          kind: tag === 'cookie-workbench-bench/rows-shown' ? 'rows-shown' : 'message',
          what: String(method ?? '?'),
          at: now(),
          url: sender.url ?? '',
        });
        return undefined;
      });
      chrome.runtime.onConnect.addListener((port) => {
        g.__benchRequests?.push({
          kind: 'connect',
          what: port.name,
          at: now(),
          url: port.sender?.url ?? '',
        });
      });
    },
    undefined,
  );
}

/**
 * What the page whose URL starts with `prefix` sent since startRequestLog, before the DOM
 * probe's rows-shown message (sent when its target was reached: bench/dom-probe.ts). Waits a
 * moment for that message; without it, throws.
 */
export async function requestsBeforeRows(worker: Worker, prefix: string): Promise<LoggedRequest[]> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const all = await runIn(
      worker,
      () => (globalThis as { __benchRequests?: LoggedRequest[] }).__benchRequests ?? [],
      undefined,
    );
    const mine = all.filter((r) => r.url.startsWith(prefix));
    const marker = mine.findIndex((r) => r.kind === 'rows-shown');
    if (marker >= 0) return mine.slice(0, marker);
    if (Date.now() > deadline)
      throw new Error("the service worker never got the probe's rows-shown message");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
