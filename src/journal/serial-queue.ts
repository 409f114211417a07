/**
 * Runs tasks one after another, in the order they were queued; a failed task does not stop the
 * ones after it. The background runs every cookie-writing action through one queue: two pages
 * acting on the same cookies (an undo from the popup and from the manager) never interleave.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
