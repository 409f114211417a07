import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DevToolsPanel } from './pages/devtools-panel';
import { ImportDialog } from './pages/import-dialog';
import { ManagerPage } from './pages/manager-page';
import { PopupPage } from './pages/popup-page';
import { WorkbenchUi } from './pages/workbench-ui';
import { addIframe } from './support/add-iframe';
import { seriousAxeViolations } from './support/axe-check';
import { setDevToolsTheme } from './support/devtools-context';
import {
  closeExtensionContext,
  extensionIdOf,
  extensionServiceWorker,
  launchExtensionContext,
} from './support/extension-context';
import { extensionCookies } from './support/extension-cookies';
import { seedShowcaseCookies } from './support/showcase-cookies';

// axe (WCAG 2.0/2.1 A and AA) on every page and dialog, in the light and the dark theme; any
// serious or critical violation fails, listed one per element. One browser per theme: the
// DevTools frontend alone takes 5-25 s to start on a 2-core machine.
test.describe.configure({ timeout: 180_000 });

type Scheme = 'light' | 'dark';

/** Whether the document's body is painted dark: what the theme actually did, not the media. */
function paintedDark(target: Page | Frame): Promise<boolean> {
  return target.evaluate(() => {
    const [r = 255, g = 255, b = 255] =
      getComputedStyle(document.body).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}

for (const scheme of ['light', 'dark'] as const) {
  const other: Scheme = scheme === 'light' ? 'dark' : 'light';

  test(`axe finds nothing serious in the ${scheme} theme: popup, real DevTools panel, manager, dialogs`, async ({
    servers,
  }) => {
    // The OS preference is `scheme`; DevTools' own theme is too, but the DevTools window is
    // given the OTHER OS preference: the panel must follow DevTools, not the OS.
    const context: BrowserContext = await launchExtensionContext({
      colorScheme: scheme,
      devtoolsTheme: scheme === 'dark' ? 'dark' : 'default',
    });
    const found: string[] = [];
    // A dialog is checked with its page behind it: what the page already showed is not repeated.
    const seen = new WeakMap<Page | Frame, Set<string>>();
    const check = async (where: string, target: Page | Frame, include?: string) => {
      expect
        .soft(await paintedDark(target), `${where} is painted ${scheme}`)
        .toBe(scheme === 'dark');
      const violations = await seriousAxeViolations(target, { include });
      const shown = seen.get(target) ?? new Set<string>();
      seen.set(target, shown);
      for (const violation of violations) {
        if (!shown.has(violation)) found.push(`${where}: ${violation}`);
        shown.add(violation);
      }
    };
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const extensionId = extensionIdOf(await extensionServiceWorker(context));
      const cookies = extensionCookies(context);
      await seedShowcaseCookies(cookies, servers, { host: 'a.test', embedded: 'b.test' });
      await page.goto(servers.url('a.test', '/', { https: true }));
      await addIframe(page, servers.url('b.test', '/frame', { https: true }));

      await test.step('popup', async () => {
        const popup = await PopupPage.open(context, extensionId, page);
        // The popup is reached through a second connection, which emulates 'light' by default.
        await popup.page.emulateMedia({ colorScheme: scheme });
        const ui = new WorkbenchUi(popup.page);
        await ui.waitLoaded();
        await check('popup', popup.page);
        await ui.openEditor(ui.row('csrftoken'));
        await check('popup editor', popup.page);
        await popup.page.getByTestId('cancel-button').click();
        await popup.page.getByTestId('delete-all-button').click();
        await expect(popup.page.getByTestId('delete-all-confirmation')).toBeVisible();
        await check('popup delete-all confirmation', popup.page);
        await popup.close();
      });

      await test.step('real DevTools panel', async () => {
        const panel = await DevToolsPanel.open(context, extensionId, page, { timeout: 90_000 });
        await panel.host.emulateMedia({ colorScheme: other });
        // A section per frame site: a.test, and b.test for the iframe.
        for (const list of await panel.frame.getByTestId('cookie-list').all()) {
          await expect(list).toHaveAttribute('data-loaded', 'true');
        }
        // A change in the timeline, with its old and new values (deleted and added colours).
        await page.evaluate(() => {
          document.cookie = 'theme=light; path=/; max-age=3600';
        });
        await expect(
          panel.frame.locator('[data-testid="timeline-entry"][data-action="changed"]'),
        ).toHaveCount(1);
        await check(`DevTools panel (OS ${other}, DevTools ${scheme})`, panel.frame);
        // Switched in DevTools' settings while the panel is open: it follows at once.
        await setDevToolsTheme(panel.host, scheme === 'dark' ? 'default' : 'dark');
        await expect
          .poll(() => paintedDark(panel.frame), { message: `the panel turns ${other}` })
          .toBe(other === 'dark');
        await panel.close();
      });

      await test.step('manager and its dialogs', async () => {
        const manager = await ManagerPage.open(context, extensionId);
        await expect(manager.rows.first()).toBeVisible();
        await check('manager', manager.page);

        await manager.select(manager.row('theme'));
        await manager.askBulkDelete();
        await check('bulk delete confirmation', manager.page);
        await manager.cancelBulkDelete();

        // The without-undo question: fill the journal's storage so one cookie's undo cannot fit.
        const worker = await extensionServiceWorker(context);
        await worker.evaluate(async () => {
          const area = chrome.storage.session;
          const free = area.QUOTA_BYTES - (await area.getBytesInUse(null));
          await area.set({ e2eFiller: 'x'.repeat(free - 200) });
        });
        await manager.askBulkDelete();
        await manager.confirmBulkDelete({ waitForNotice: false });
        await expect(manager.withoutUndoQuestion).toBeVisible();
        await check('without-undo question', manager.page);
        await manager.withoutUndoQuestion.getByTestId('cancel-without-undo').click();
        await worker.evaluate(() => chrome.storage.session.remove('e2eFiller'));

        await manager.page.getByTestId('export-button').click();
        await expect(manager.page.getByTestId('export-preview')).toBeVisible();
        await check('export dialog', manager.page);
        await manager.page.getByTestId('export-close').click();

        const importDialog = await ImportDialog.open(manager.page);
        await importDialog.root.getByTestId('import-text').fill(
          JSON.stringify([
            { domain: 'a.test', name: 'imported', value: '1', path: '/' },
            { domain: 'a.test', name: 'bad;name', value: '2', path: '/' },
          ]),
        );
        await importDialog.root.getByTestId('import-preview').click();
        await expect(importDialog.format).toBeVisible();
        await check('import dialog with a preview', manager.page);
      });
    } finally {
      await closeExtensionContext(context);
    }
    expect(found, 'serious or critical axe violations').toEqual([]);
  });
}
