import type { BenchBrowser } from './bench-browser';
import type { Probed } from './bench-context';
import type { CdpConnection } from './cdp-connection';
import {
  installDomProbe,
  type ProbeConfig,
  type ProbeSnapshot,
  type ProbeTarget,
} from './dom-probe';
import { runIn, scriptFor } from './in-page';

/** A file the page asked for, and when (epoch ms). */
export interface RequestedFile {
  url: string;
  at: number;
}

/** A page reached over our own CDP connection (the real popup): evaluate, snapshot, close. */
export class CaughtPage implements Probed {
  constructor(
    private readonly cdp: CdpConnection,
    readonly sessionId: string,
    readonly targetId: string,
    /**
     * With a watching probe: every file the page requested, from the network log (see
     * ProbeConfig.watchPage for why not from the page).
     */
    readonly requested?: RequestedFile[],
  ) {}

  /** The urls requested up to `until` (epoch ms); none without a network log. */
  requestedBy(until: number): string[] {
    return (this.requested ?? []).filter((r) => r.at <= until).map((r) => r.url);
  }

  async evaluate<R>(expression: string): Promise<R> {
    const reply = await this.cdp.send<{
      result: { value?: unknown };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, this.sessionId);
    if (reply.exceptionDetails) {
      const { text, exception } = reply.exceptionDetails;
      throw new Error(`In the popup: ${exception?.description ?? text}`);
    }
    return reply.result.value as R;
  }

  snapshot(): Promise<ProbeSnapshot> {
    return this.evaluate<ProbeSnapshot>('window.__benchProbe.snapshot()');
  }

  async expect(target: ProbeTarget | undefined): Promise<void> {
    await this.evaluate(`window.__benchProbe.expect(${JSON.stringify(target) ?? 'undefined'})`);
  }

  async close(): Promise<void> {
    const gone = new Promise<void>((resolve) => {
      const timer = setTimeout(() => finish(), 5_000);
      const off = this.cdp.on('Target.detachedFromTarget', (params) => {
        if (params.sessionId === this.sessionId) finish();
      });
      const finish = () => {
        clearTimeout(timer);
        off();
        resolve();
      };
    });
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    await gone;
  }
}

interface AttachedEvent {
  sessionId: string;
  targetInfo: { targetId: string; type: string; url: string };
  waitingForDebugger: boolean;
}

/**
 * Catches the extension's popup as it opens. With browser-level auto-attach and
 * waitForDebuggerOnStart, every new tab target waits until we let it go; the popup has a tab
 * target of its own, through which we attach to its page and put the DOM probe into its
 * document as soon as that commits (see probeAtCommit). Every other new page is let go at once.
 * The few CDP round trips fall inside the measured time, alike for the product's popup and the
 * floor.
 */
export class PopupCatcher {
  private waiting:
    | { prefix: string; probe: ProbeConfig; resolve: (page: CaughtPage) => void }
    | undefined;
  private readonly off: () => void;
  private readonly children = new Map<
    string,
    { prefix: string; probe: ProbeConfig; resolve: (page: CaughtPage) => void }
  >();

  private constructor(private readonly browser: BenchBrowser) {
    const { cdp } = browser;
    this.off = cdp.on('Target.attachedToTarget', (params, parentSessionId) => {
      const event = params as unknown as AttachedEvent;
      void this.attached(event, parentSessionId).catch(() => {});
    });
  }

  static async start(browser: BenchBrowser): Promise<PopupCatcher> {
    const catcher = new PopupCatcher(browser);
    await browser.cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: true,
      flatten: true,
      // Pages are attached through their tab targets (Chromium's tab target model).
      filter: [{ type: 'tab', exclude: false }],
    });
    return catcher;
  }

  async stop(): Promise<void> {
    this.off();
    await this.browser.cdp.send('Target.setAutoAttach', {
      autoAttach: false,
      waitForDebuggerOnStart: false,
      flatten: true,
    });
  }

  private async attached(
    { sessionId, targetInfo, waitingForDebugger }: AttachedEvent,
    parentSessionId: string | undefined,
  ) {
    const { cdp } = this.browser;
    const resume = () =>
      waitingForDebugger
        ? cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId)
        : Promise.resolve({});
    const waiting = this.waiting;
    const child = parentSessionId ? this.children.get(parentSessionId) : undefined;
    if (child) {
      // The page inside the new tab target. Its first document is an empty one, and the tab's
      // pause does not hold the navigation to the popup's page, which commits within a few ms:
      // a script registered for new documents misses that commit. So the probe is evaluated
      // again and again until it lands in the popup's own document, normally while the page's
      // module script is still loading. The probe notes whether it came too late; the floor
      // page times itself and does not depend on it. (Stopping the page before its first
      // script with a Debugger instrumentation breakpoint was tried: evaluating while stopped
      // hung.)
      this.children.delete(parentSessionId as string);
      const requested = child.probe.watchPage ? await this.logRequests(sessionId) : undefined;
      await this.probeAtCommit(sessionId, child.prefix, scriptFor(installDomProbe, child.probe));
      await resume();
      child.resolve(new CaughtPage(cdp, sessionId, targetInfo.targetId, requested));
      return;
    }
    if (waiting && targetInfo.type === 'tab' && waitingForDebugger) {
      // A new tab target (the popup is one, with its own tab target): attach to its page.
      this.waiting = undefined;
      this.children.set(sessionId, {
        prefix: waiting.prefix,
        probe: waiting.probe,
        resolve: waiting.resolve,
      });
      await cdp.send(
        'Target.setAutoAttach',
        { autoAttach: true, waitForDebuggerOnStart: true, flatten: true },
        sessionId,
      );
      await resume();
      return;
    }
    await resume();
    await cdp.send('Target.detachFromTarget', { sessionId });
  }

  /** Notes the files the page requests, from before it loads any (the page is paused). */
  private async logRequests(sessionId: string): Promise<RequestedFile[]> {
    const { cdp } = this.browser;
    const requested: RequestedFile[] = [];
    const off = cdp.on('Network.requestWillBeSent', (params, eventSession) => {
      if (eventSession !== sessionId) return;
      const { request, wallTime } = params as { request: { url: string }; wallTime: number };
      requested.push({ url: request.url, at: wallTime * 1000 });
    });
    const offDetached = cdp.on('Target.detachedFromTarget', (params) => {
      if (params.sessionId !== sessionId) return;
      off();
      offDetached();
    });
    await cdp.send('Network.enable', {}, sessionId);
    return requested;
  }

  private async probeAtCommit(sessionId: string, prefix: string, source: string) {
    const { cdp } = this.browser;
    void cdp.send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId).catch(() => {});
    const deadline = Date.now() + 5_000;
    for (;;) {
      const reply = await cdp.send<{ result: { value?: unknown } }>(
        'Runtime.evaluate',
        { expression: `${source}; location.href`, returnByValue: true },
        sessionId,
      );
      if (String(reply.result.value).startsWith(prefix) || Date.now() > deadline) return;
    }
  }

  /**
   * Sets the action's popup to `popupPath` (relative to the extension, query allowed), opens it
   * over the active tab of `windowId` (default: the last focused window) and resolves with the
   * epoch time just before openPopup() and the page.
   */
  async open(
    popupPath: string,
    probe: ProbeConfig,
    { windowId, timeoutMs = 10_000 }: { windowId?: number; timeoutMs?: number } = {},
  ): Promise<{ openedAt: number; page: CaughtPage }> {
    const prefix = this.browser.url(popupPath.split('?')[0] ?? popupPath);
    const caught = new Promise<CaughtPage>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = undefined;
        reject(new Error(`The popup ${prefix} did not open within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.waiting = {
        prefix,
        probe,
        resolve: (page) => {
          clearTimeout(timer);
          resolve(page);
        },
      };
    });
    caught.catch(() => {});
    const worker = await this.browser.worker();
    const openedAt = await runIn(
      worker,
      async ({ popup, windowId }) => {
        await chrome.action.setPopup({ popup });
        if (windowId !== undefined) await chrome.windows.update(windowId, { focused: true });
        const at = performance.timeOrigin + performance.now();
        await chrome.action.openPopup(windowId === undefined ? {} : { windowId });
        return at;
      },
      { popup: popupPath, windowId },
    );
    return { openedAt, page: await caught };
  }
}
