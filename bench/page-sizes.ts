import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchBrowser } from './bench-browser';

export interface Bytes {
  raw: number;
  gzip: number;
}

/** The JS and CSS one page of the extension loads, in bytes as built (raw) and gzipped. */
export interface PageSize {
  page: string;
  js: Bytes;
  css: Bytes;
  /** The files counted, relative to the build folder. */
  files: string[];
  na?: string;
  note?: string;
}

function bytesOf(distDir: string, files: string[], extension: string): Bytes {
  let raw = 0;
  let gzip = 0;
  for (const file of files.filter((f) => f.endsWith(extension))) {
    const content = readFileSync(path.join(distDir, file));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { raw, gzip };
}

export function sizeOfFiles(
  page: string,
  distDir: string,
  files: string[],
  note?: string,
): PageSize {
  const unique = [...new Set(files)].sort();
  return {
    page,
    js: bytesOf(distDir, unique, '.js'),
    css: bytesOf(distDir, unique, '.css'),
    files: unique,
    ...(note === undefined ? {} : { note }),
  };
}

/** The build's JS and CSS files among `urls` (requested by a page of the extension at `origin`). */
export function buildFiles(origin: string, urls: readonly string[]): string[] {
  return [...new Set(urls)]
    .filter((u) => u.startsWith(origin))
    .map((u) => decodeURIComponent(new URL(u).pathname.replace(/^\//, '')))
    .filter((f) => f.endsWith('.js') || f.endsWith('.css'))
    .sort();
}

/**
 * What a page really loaded: every file it requested within `settleMs` of its load, dynamic
 * imports included (extension pages get no resource timing entries, and an import() leaves no
 * element behind), as files of the build.
 */
export async function loadedPageSize(
  browser: BenchBrowser,
  distDir: string,
  page: string,
  pagePath: string,
  settleMs = 500,
): Promise<PageSize> {
  const file = pagePath.split('?')[0] ?? pagePath;
  try {
    statSync(path.join(distDir, file));
  } catch {
    return {
      page,
      js: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
      files: [],
      na: `no ${file} in the build`,
    };
  }
  const tab = await browser.context.newPage();
  const requested: string[] = [];
  tab.on('request', (request) => requested.push(request.url()));
  try {
    await tab.goto(browser.url(pagePath), { waitUntil: 'load' });
    await tab.waitForTimeout(settleMs);
    const files = buildFiles(browser.url(''), requested);
    return sizeOfFiles(page, distDir, files, 'loaded resources');
  } finally {
    await tab.close();
  }
}

const importPattern =
  /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["']([^"']+\.js)["']|\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** The service worker is not a page: follow its static and dynamic imports in the build. */
export function serviceWorkerSize(distDir: string): PageSize {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const entry = manifest.background?.service_worker;
  if (!entry) {
    return {
      page: 'service worker',
      js: { raw: 0, gzip: 0 },
      css: { raw: 0, gzip: 0 },
      files: [],
      na: 'no service worker in the manifest',
    };
  }
  return sizeOfFiles(
    'service worker',
    distDir,
    followImports(distDir, [entry]),
    'imports followed in the build',
  );
}

/** `entries` and every file they import, statically or on demand, as the build wrote them. */
export function followImports(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(distDir, file), 'utf8');
    for (const match of code.matchAll(importPattern)) {
      const spec = match[1] ?? match[2];
      if (!spec) continue;
      const resolved = spec.startsWith('/')
        ? spec.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      visit(resolved);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}
