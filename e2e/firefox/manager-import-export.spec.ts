import type { Page } from 'puppeteer-core';
import { setCookiesViaServer } from '../support/site-cookies';
import { expect, test } from './fixtures';
import { openManager } from './pages/extension-pages';
import type { FirefoxCookie } from './support/firefox-cookies';

const byIdentity = (list: FirefoxCookie[]) =>
  [...list].sort((x, y) =>
    `${x.domain} ${x.path} ${x.name}`.localeCompare(`${y.domain} ${y.path} ${y.name}`),
  );

async function managerRowCount(manager: Page): Promise<number> {
  await manager.waitForSelector('[data-testid="manager-list"][data-loaded="true"]');
  return manager.$$eval('[data-testid="manager-row"]', (rows) => rows.length);
}

/** Types `text` into a textarea as one input event (Preact listens to `input`). */
async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.$eval(
    selector,
    (el, value) => {
      (el as HTMLTextAreaElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
}

test('the manager exports every cookie, and importing the text after deleting them all restores each exactly', async ({
  firefox,
  tab,
  servers,
  cookies,
}) => {
  await setCookiesViaServer(tab, servers, 'a.test', [
    'a1=1; Max-Age=3600; HttpOnly',
    'a2=two; Domain=a.test; SameSite=Lax',
    'same=root; Path=/',
    'same=app; Path=/app; SameSite=Strict',
  ]);
  await setCookiesViaServer(tab, servers, 'b.test', ['b1=x; Secure; SameSite=None; Max-Age=600'], {
    https: true,
  });
  const before = await cookies.all();
  expect(before).toHaveLength(5);

  const manager = await openManager(firefox, servers.url('a.test', '/'));
  expect(await managerRowCount(manager)).toBe(5);
  await manager.click('[data-testid="export-button"]');
  await manager.click('[name="exportScope"][value="all"]');
  await manager.waitForFunction(
    () =>
      (
        document.querySelector('[data-testid="export-preview"]') as HTMLTextAreaElement | null
      )?.value.includes('"cookies"') === true,
  );
  const exported = await manager.$eval(
    '[data-testid="export-preview"]',
    (el) => (el as HTMLTextAreaElement).value,
  );
  expect(JSON.parse(exported).cookies).toHaveLength(5);
  await manager.click('[data-testid="export-close"]');

  await manager.click('[data-testid="select-all-matching"]');
  await manager.click('[data-testid="bulk-delete"]');
  await manager.click('[data-testid="confirm-bulk-delete"]');
  await manager.waitForSelector('[data-testid="manager-row"]', { hidden: true });
  expect(await cookies.all()).toEqual([]);

  await manager.click('[data-testid="import-button"]');
  await paste(manager, '[data-testid="import-text"]', exported);
  await manager.click('[data-testid="import-preview"]');
  await manager.waitForFunction(() =>
    document
      .querySelector('[data-testid="import-format"]')
      ?.textContent?.includes('Cookie Workbench JSON: 5 cookies, 5 importable'),
  );
  await manager.click('[data-testid="import-run"]');
  await manager.waitForFunction(() =>
    document
      .querySelector('[data-testid="import-dialog"] [data-testid="notice"]')
      ?.textContent?.includes('Imported 5 cookies.'),
  );
  expect(byIdentity(await cookies.all())).toEqual(byIdentity(before));
});
