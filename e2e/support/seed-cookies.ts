import type { Worker } from '@playwright/test';

/**
 * Writes `count` cookies straight into the store from the extension's worker, spread over
 * `hosts` hosts (Chrome keeps at most 180 per site): `c<i>` on `h<i % hosts>.test`, with the
 * value `<prefix><i>` padded with x to `valueLength` characters, persistent for an hour.
 */
export async function seedCookies(
  serviceWorker: Worker,
  options: { count: number; hosts?: number; prefix?: string; valueLength?: number },
): Promise<void> {
  await serviceWorker.evaluate(
    async ({ count, hosts, prefix, valueLength }) => {
      const expirationDate = Math.floor(Date.now() / 1000) + 3600;
      const names = Array.from({ length: count }, (_, i) => i);
      // Several at a time: one by one, 3,000 writes take seconds longer.
      for (let start = 0; start < count; start += 64) {
        await Promise.all(
          names.slice(start, start + 64).map((i) =>
            chrome.cookies.set({
              url: `http://h${i % hosts}.test/`,
              name: `c${i}`,
              value: `${prefix}${i}`.padEnd(valueLength, 'x'),
              expirationDate,
            }),
          ),
        );
      }
    },
    {
      count: options.count,
      hosts: options.hosts ?? 20,
      prefix: options.prefix ?? 'v',
      valueLength: options.valueLength ?? 0,
    },
  );
}
