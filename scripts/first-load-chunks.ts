import type { Plugin } from 'vite';

/** A build's module graph: its entry modules and each module's static imports. */
export interface StaticGraph {
  entries: readonly string[];
  importsOf(id: string): readonly string[];
}

function staticClosure(graph: StaticGraph, from: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...from];
  for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    todo.push(...graph.importsOf(id));
  }
  return seen;
}

/**
 * Splits what one page loads before its first render into two groups:
 * - `shared`: modules that a lean entry loads too. Lean entries are the script entries (the
 *   service worker: importing Preact and the popup's entry would break it) and pages that must
 *   stay small (the DevTools page, which runs whenever DevTools opens);
 * - `page`: the rest of the page's static graph, to be one chunk.
 * The HTML entries and the scripts they name are left to the bundler.
 */
export function firstLoadGroups(
  graph: StaticGraph,
  isPage: (entry: string) => boolean,
  isLeanPage: (entry: string) => boolean = () => false,
): { shared: Set<string>; page: Set<string> } {
  const pages = graph.entries.filter(isPage);
  const lean = graph.entries.filter((e) => !e.endsWith('.html') || isLeanPage(e));
  const loadedByScripts = staticClosure(graph, lean);
  const shared = new Set<string>();
  const page = new Set<string>();
  // The page's own script (popup.tsx) runs on import: it stays in the page's entry chunk, or
  // every page importing the group (panel, manager) would run the popup too.
  const own = new Set(pages.flatMap((p) => graph.importsOf(p)));
  for (const id of staticClosure(graph, pages)) {
    if (id.endsWith('.html') || own.has(id)) continue;
    (loadedByScripts.has(id) ? shared : page).add(id);
  }
  return { shared, page };
}

/**
 * One chunk for everything a page (the popup) runs before its first render, plus one for the
 * model it shares with the service worker, where the bundler's automatic splitting made eight
 * (each fetched, parsed and gzipped apart: issue 17 counts the popup's JS until its rows). Pages
 * that import the same modules (panel, manager) load the same two chunks; code loaded on demand
 * stays in its own chunks.
 *
 * Returns the plugin that reads the graph once it is built, and the `codeSplitting` output
 * option whose groups consult it (chunking happens after `buildEnd`).
 */
export function firstLoadChunks(
  pageEntrySuffix: string,
  leanPageSuffixes: readonly string[],
): {
  plugin: Plugin;
  codeSplitting: {
    groups: Array<{ name: string; priority: number; test: (id: string) => boolean }>;
  };
} {
  let groups: { shared: Set<string>; page: Set<string> } | undefined;
  const plugin: Plugin = {
    name: 'cookie-workbench:first-load-chunks',
    apply: 'build',
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const graph: StaticGraph = {
        entries: ids.filter((id) => this.getModuleInfo(id)?.isEntry),
        importsOf: (id) => this.getModuleInfo(id)?.importedIds ?? [],
      };
      groups = firstLoadGroups(
        graph,
        (entry) => entry.endsWith(pageEntrySuffix),
        (entry) => leanPageSuffixes.some((suffix) => entry.endsWith(suffix)),
      );
      if (groups.page.size === 0) this.error(`no page entry ends with ${pageEntrySuffix}`);
    },
  };
  return {
    plugin,
    codeSplitting: {
      // The shared group goes first, so the page group (which takes its modules' dependencies
      // along) finds them taken.
      groups: [
        { name: 'model', priority: 2, test: (id) => groups?.shared.has(id) ?? false },
        { name: 'first-load', priority: 1, test: (id) => groups?.page.has(id) ?? false },
      ],
    },
  };
}
