import type { Plugin } from 'vite';
import { closure } from './graph-closure';

/** A build's module graph: its entry modules and each module's static imports. */
export interface StaticGraph {
  entries: readonly string[];
  importsOf(id: string): readonly string[];
}

/**
 * The modules a page (the popup) loads before its first render, to be one chunk. The HTML entry
 * and the page's own script are left to the bundler: the script runs on import, so it stays in
 * the page's entry chunk, or every page importing the group (panel, manager) would run the popup
 * too. What the service worker and the DevTools page load is never here: they import copies of
 * their own (own-copies.ts).
 */
export function firstLoadModules(
  graph: StaticGraph,
  isPage: (entry: string) => boolean,
): Set<string> {
  const pages = graph.entries.filter(isPage);
  const own = new Set(pages.flatMap((p) => graph.importsOf(p)));
  const modules = new Set<string>();
  for (const id of closure(pages, graph.importsOf)) {
    if (!id.endsWith('.html') && !own.has(id)) modules.add(id);
  }
  return modules;
}

/**
 * One chunk for everything a page (the popup) runs before its first render, where the bundler's
 * automatic splitting made eight (each fetched, parsed and gzipped apart: issue 17 counts the
 * popup's JS until its rows). Pages that import the same modules (panel, manager) load the same
 * chunk; code loaded on demand stays in its own chunks.
 *
 * Returns the plugin that reads the graph once it is built, and the `codeSplitting` output
 * option whose groups consult it (chunking happens after `buildEnd`).
 */
export function firstLoadChunks(pageEntrySuffix: string): {
  plugin: Plugin;
  codeSplitting: {
    groups: Array<{ name: string; priority: number; test: (id: string) => boolean }>;
  };
} {
  let modules: Set<string> | undefined;
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
      modules = firstLoadModules(graph, (entry) => entry.endsWith(pageEntrySuffix));
      if (modules.size === 0) this.error(`no page entry ends with ${pageEntrySuffix}`);
    },
  };
  return {
    plugin,
    codeSplitting: {
      groups: [{ name: 'first-load', priority: 1, test: (id) => modules?.has(id) ?? false }],
    },
  };
}
