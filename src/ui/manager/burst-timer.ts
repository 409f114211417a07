export interface BurstTimer {
  /** Something happened: run once the burst is over. */
  trigger(): void;
  cancel(): void;
}

/**
 * Runs `run` once per burst of triggers: after `quietMs` without a new one, or at the latest
 * `maxWaitMs` after the burst's first, so that a page writing cookies non-stop still shows them.
 */
export function createBurstTimer(
  run: () => void,
  { quietMs, maxWaitMs }: { quietMs: number; maxWaitMs: number },
): BurstTimer {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let burstStart: number | undefined;
  const fire = () => {
    timer = undefined;
    burstStart = undefined;
    run();
  };
  return {
    trigger() {
      const now = Date.now();
      burstStart ??= now;
      clearTimeout(timer);
      timer = setTimeout(fire, Math.max(0, Math.min(quietMs, burstStart + maxWaitMs - now)));
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      burstStart = undefined;
    },
  };
}
