import type { Page, Worker } from '@playwright/test';

/**
 * Source text that calls `fn(arg)` in another JavaScript context (a page, the service worker,
 * a CDP-injected script). Playwright's own function serialisation is not used because tsx
 * compiles with esbuild's keepNames, which wraps inner functions in a `__name` helper that does
 * not exist on the other side: the wrapper defines it.
 */
export function scriptFor<A>(fn: (arg: A) => unknown, arg: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg) ?? 'undefined'}); })()`;
}

/** Runs `fn(arg)` in a page or worker and resolves with its (awaited, serialisable) result. */
export function runIn<A, R>(
  target: Page | Worker,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
): Promise<R> {
  const evaluate = (target as { evaluate(expression: string): Promise<unknown> }).evaluate;
  return evaluate.call(target, scriptFor(fn, arg)) as Promise<R>;
}
