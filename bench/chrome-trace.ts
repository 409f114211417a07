import { writeFile } from 'node:fs/promises';
import type { CdpConnection } from './cdp-connection';

// What a trace of a page opening needs to show: the main threads' tasks, script loading and
// evaluation, the service worker, style, layout and paint.
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink',
  'blink.user_timing',
  'loading',
  'navigation',
  'toplevel',
  'ServiceWorker',
];

/**
 * Records a Chrome trace (browser-wide, over the bench's CDP connection) around `run` and writes
 * it to `file` in the JSON format DevTools' Performance panel and chrome://tracing open.
 */
export async function traced<T>(
  cdp: CdpConnection,
  file: string,
  run: () => Promise<T>,
): Promise<T> {
  const events: unknown[] = [];
  const offData = cdp.on('Tracing.dataCollected', (params) => {
    events.push(...((params.value as unknown[] | undefined) ?? []));
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories },
    transferMode: 'ReportEvents',
  });
  try {
    return await run();
  } finally {
    const complete = new Promise<void>((resolve) => {
      const off = cdp.on('Tracing.tracingComplete', () => {
        off();
        resolve();
      });
    });
    await cdp.send('Tracing.end', {});
    await complete;
    offData();
    await writeFile(file, JSON.stringify({ traceEvents: events }));
  }
}
