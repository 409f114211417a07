import type { Page, Worker } from '@playwright/test';
import { type BenchContext, errorLine } from './bench-context';
import { runIn } from './in-page';
import {
  type BenchCookie,
  benchCookies,
  clearAllCookies,
  countCookies,
  setCookies,
  siteNames,
} from './seed-cookies';
import { type FigureRow, naRows, ratioRow, statsRow } from './stats';

/** The product's protocol, from an extension page, as the popup, panel and manager use it. */
function productDelete(harness: Page): Promise<{ ms: number; deleted: number; error?: string }> {
  return runIn(
    harness,
    async () => {
      const ask = (method: string, params: unknown) =>
        chrome.runtime.sendMessage({ tag: 'cookie-workbench/request', method, params });
      const [store] = await chrome.cookies.getAllCookieStores();
      const listed = await ask('listCookies', {
        scope: { allOfStore: true },
        storeId: store?.id ?? '0',
      });
      if (!listed.ok) return { ms: 0, deleted: 0, error: listed.error.message as string };
      const start = performance.now();
      const reply = await ask('deleteCookies', { cookies: listed.value.cookies });
      const ms = performance.now() - start;
      if (!reply.ok) return { ms, deleted: 0, error: reply.error.message as string };
      const { deleted, failures } = reply.value as { deleted: number; failures: string[] };
      return failures.length > 0 ? { ms, deleted, error: failures[0] } : { ms, deleted };
    },
    undefined,
  );
}

function productImport(
  harness: Page,
  cookies: BenchCookie[],
): Promise<{ ms: number; imported: number; error?: string }> {
  return runIn(
    harness,
    async (list) => {
      const [store] = await chrome.cookies.getAllCookieStores();
      const drafts = list.map((c) => ({
        name: c.name,
        value: c.value,
        domain: new URL(c.url).hostname,
        hostOnly: true,
        path: c.path,
        secure: false,
        httpOnly: c.httpOnly,
        sameSite: c.sameSite,
        storeId: store?.id ?? '0',
        ...(c.expirationDate === undefined ? {} : { expirationDate: c.expirationDate }),
      }));
      // As the manager's import dialog does: the existing cookies the preview showed, which an
      // overwrite may replace (only while they stay as shown).
      const wanted = new Set(drafts.map((d) => `${d.name} ${d.domain} ${d.path}`));
      const seen = (await chrome.cookies.getAll({ storeId: store?.id ?? '0' })).filter((c) =>
        wanted.has(`${c.name} ${c.domain} ${c.path}`),
      );
      const start = performance.now();
      const reply = await chrome.runtime.sendMessage({
        tag: 'cookie-workbench/request',
        method: 'importCookies',
        params: { drafts, onExisting: 'overwrite', seen },
      });
      const ms = performance.now() - start;
      if (!reply.ok) return { ms, imported: 0, error: reply.error.message as string };
      const results = reply.value.results as Array<{ status: string; reason?: string }>;
      const bad = results.find((r) => r.status === 'failed' || r.status === 'skipped');
      const imported = results.filter(
        (r) => r.status === 'imported' || r.status === 'overwritten',
      ).length;
      return bad ? { ms, imported, error: bad.reason ?? bad.status } : { ms, imported };
    },
    cookies,
  );
}

/**
 * The raw loops: one cookies API call after another, in the service worker. A delete is a
 * write of the cookie with an expiry in the past, the API's fastest way to delete one cookie
 * (and the product's): on Chromium 156 a loop of cookies.remove() is about ten times slower
 * (300 cookies: 4–7 s against 0.5–0.8 s), which would flatter any product.
 */
function rawDelete(worker: Worker): Promise<{ ms: number; deleted: number }> {
  return runIn(
    worker,
    async () => {
      const all = await chrome.cookies.getAll({});
      const past = Math.floor(Date.now() / 1000) - 24 * 3600;
      const start = performance.now();
      for (const c of all) {
        const host = c.domain.replace(/^\./, '');
        await chrome.cookies.set({
          url: `http${c.secure ? 's' : ''}://${host}${c.path}`,
          name: c.name,
          value: '',
          path: c.path,
          secure: c.secure,
          httpOnly: c.httpOnly,
          sameSite: c.sameSite,
          storeId: c.storeId,
          expirationDate: past,
          ...(c.hostOnly ? {} : { domain: host }),
        });
      }
      const ms = performance.now() - start;
      return { ms, deleted: all.length - (await chrome.cookies.getAll({})).length };
    },
    undefined,
  );
}

function rawImport(
  worker: Worker,
  cookies: BenchCookie[],
): Promise<{ ms: number; imported: number }> {
  return runIn(
    worker,
    async (list) => {
      const start = performance.now();
      let imported = 0;
      for (const c of list) if (await chrome.cookies.set(c)) imported++;
      return { ms: performance.now() - start, imported };
    },
    cookies,
  );
}

/**
 * Figure 4: deleting and importing `bulkSites × bulkPerSite` cookies through the product's
 * protocol (deleteCookies, importCookies with overwrite, sent from an extension page: the
 * time includes the messages both ways, the undo journal and every check the product does)
 * against a raw loop of chrome.cookies calls in the service worker; trials alternate.
 */
export async function measureBulk(bench: BenchContext): Promise<FigureRow[]> {
  const { browser, options } = bench;
  const total = options.sizes.bulkSites * options.sizes.bulkPerSite;
  const cookies = benchCookies(siteNames('b', options.sizes.bulkSites), options.sizes.bulkPerSite);
  const worker = await browser.worker();
  const harness = await browser.context.newPage();
  const times = {
    oursDelete: [] as number[],
    rawDelete: [] as number[],
    oursImport: [] as number[],
    rawImport: [] as number[],
  };
  const failures: string[] = [];
  const check = (what: string, got: number, error?: string) => {
    if (error !== undefined || got !== total)
      failures.push(`${what}: ${got} of ${total}${error ? ` (${error})` : ''}`);
  };
  try {
    // An extension page with nothing else in it: the floor page without ?site=.
    await harness.goto(browser.url('extension/bench/floor.html'));
    const seed = async () => {
      await clearAllCookies(worker);
      const stored = await setCookies(worker, cookies);
      if (stored !== total) throw new Error(`only ${stored} of ${total} cookies could be set`);
    };
    for (let trial = 0; trial < options.trials; trial++) {
      const steps: Array<() => Promise<void>> = [
        async () => {
          await seed();
          const r = await productDelete(harness);
          check('product delete', r.deleted, r.error);
          times.oursDelete.push(r.ms);
        },
        async () => {
          await seed();
          const r = await rawDelete(worker);
          check('raw delete', r.deleted);
          times.rawDelete.push(r.ms);
        },
        async () => {
          await clearAllCookies(worker);
          const r = await productImport(harness, cookies);
          check('product import', r.imported, r.error);
          times.oursImport.push(r.ms);
        },
        async () => {
          await clearAllCookies(worker);
          const r = await rawImport(worker, cookies);
          check('raw import', r.imported);
          times.rawImport.push(r.ms);
        },
      ];
      // Ours first on even trials, raw first on odd ones.
      const order = trial % 2 === 0 ? [0, 1, 2, 3] : [1, 0, 3, 2];
      for (const index of order) await (steps[index] as () => Promise<void>)();
    }
    const left = await countCookies(worker);
    if (left > total) failures.push(`${left} cookies left after the last import`);
  } catch (error) {
    return naRows([['bulk', 'bulk delete/import']], errorLine(error));
  } finally {
    await harness.close().catch(() => {});
    await clearAllCookies(worker).catch(() => {});
  }
  const note = failures.length > 0 ? `${failures.length} incomplete: ${failures[0]}` : undefined;
  const rows = [
    statsRow('bulk.delete.ours', `bulk delete ${total}: product`, 'ms', times.oursDelete, note),
    statsRow('bulk.delete.raw', `bulk delete ${total}: raw loop`, 'ms', times.rawDelete),
    statsRow('bulk.import.ours', `bulk import ${total}: product`, 'ms', times.oursImport, note),
    statsRow('bulk.import.raw', `bulk import ${total}: raw loop`, 'ms', times.rawImport),
  ];
  const find = (id: string) => rows.find((r) => r.id === id);
  rows.push(
    ratioRow(
      'bulk.delete.ratio',
      'bulk delete: product / raw',
      find('bulk.delete.ours'),
      find('bulk.delete.raw'),
    ),
    ratioRow(
      'bulk.import.ratio',
      'bulk import: product / raw',
      find('bulk.import.ours'),
      find('bulk.import.raw'),
    ),
  );
  return rows;
}
