/**
 * Runs `task` for every item with at most `limit` in flight. Writes of distinct cookies are
 * independent, and keeping several in flight hides the round trip each one costs through the
 * cookies API; the browser's cookie store applies them in order anyway.
 */
export async function runConcurrently<T>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** How many cookie writes a bulk action keeps in flight. */
export const bulkWriteConcurrency = 16;
