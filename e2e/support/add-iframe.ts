import type { Page } from '@playwright/test';

/** Adds an iframe to the page and waits until it has loaded. */
export async function addIframe(page: Page, src: string): Promise<void> {
  await page.evaluate(
    (url) =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.src = url;
        frame.addEventListener('load', () => resolve(), { once: true });
        document.body.append(frame);
      }),
    src,
  );
}
