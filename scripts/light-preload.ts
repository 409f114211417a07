import type { Plugin, Rolldown } from 'vite';
import { closure } from './graph-closure';

type OutputBundle = Rolldown.OutputBundle;
type OutputAsset = Rolldown.OutputAsset;
type OutputChunk = Rolldown.OutputChunk;

/** Vite's module that wraps every dynamic import in the pages (its preload and CSS loader). */
const preloadHelperId = '\0vite/preload-helper.js';

/**
 * Why the pages can do without that helper, checked on every build: it preloads a lazy chunk's
 * dependencies (modulePreload is off: the extension's files are local) and injects the CSS a
 * lazy chunk imports. Here all CSS is one file (src/ui/app.css), which every page that can load
 * a lazy chunk links itself. Returns what breaks that, if anything.
 */
export function lazyCssProblems(bundle: OutputBundle): string[] {
  const files = Object.values(bundle);
  const css = files.filter(
    (f): f is OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css'),
  );
  if (css.length > 1) {
    return [
      `${css.length} CSS files (${css.map((f) => f.fileName).join(', ')}): lazy chunks may need theirs injected`,
    ];
  }
  const chunks = new Map(
    files.filter((f): f is OutputChunk => f.type === 'chunk').map((c) => [c.fileName, c]),
  );
  const reachesLazyCode = (entry: string): boolean =>
    [...closure([entry], (name) => chunks.get(name)?.imports ?? [])].some(
      (name) => (chunks.get(name)?.dynamicImports.length ?? 0) > 0,
    );
  const problems: string[] = [];
  const cssFile = css[0]?.fileName;
  for (const page of files) {
    if (page.type !== 'asset' || !page.fileName.endsWith('.html')) continue;
    const html = String(page.source);
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="\/([^"]+)"/g)].map((m) => m[1] ?? '');
    if (!scripts.some(reachesLazyCode)) continue;
    if (cssFile === undefined || !html.includes(`/${cssFile}"`)) {
      problems.push(
        `${page.fileName} loads code on demand but does not link ${cssFile ?? 'any CSS'}`,
      );
    }
  }
  return problems;
}

/**
 * Replaces Vite's preload helper (1.3 KB gzip in the popup's first load, issue 17) with a plain
 * call of the import, and fails the build if a page might need what it did (lazyCssProblems).
 */
export function lightPreload(): Plugin {
  return {
    name: 'cookie-workbench:light-preload',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      return id === preloadHelperId ? 'export const __vitePreload = (load) => load();' : undefined;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const problems = lazyCssProblems(bundle);
        if (problems.length > 0) this.error(`light-preload: ${problems.join('; ')}`);
      },
    },
  };
}
