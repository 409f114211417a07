import type { Plugin } from 'vite';
import { closure } from './graph-closure';

// Marks a module as a lean entry's own copy. A query keeps the file's extension visible to the
// transforms (Vite strips queries before matching `.ts`, `.tsx`, `.json`) and its loader.
const copyQuery = 'own-copy';

/** The id of `id`'s copy; ids that already carry a query (`?raw`, `?url`…) are not copied. */
export function copyId(id: string): string | undefined {
  if (id.startsWith('\0') || id.includes('?')) return undefined;
  return `${id}?${copyQuery}`;
}

export function isCopyId(id: string): boolean {
  return id.endsWith(`?${copyQuery}`);
}

/** The module a copy was made from. */
export function originalId(id: string): string {
  return isCopyId(id) ? id.slice(0, -(copyQuery.length + 1)) : id;
}

/** What the check below reads of an output chunk. */
export interface ChunkFacts {
  fileName: string;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
}

/**
 * Modules a lean entry would load without owning a copy: its chunk and every chunk it imports
 * statically may hold only copies and bundler helpers (`\0` ids). Anything else is a module a
 * page also loads, through a chunk that may carry Preact and the pages' UI into the worker.
 */
export function leanChunkProblems(
  chunks: readonly ChunkFacts[],
  isLean: (id: string) => boolean,
): string[] {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const problems: string[] = [];
  for (const entry of chunks) {
    if (entry.facadeModuleId === null || !isLean(entry.facadeModuleId)) continue;
    for (const file of closure([entry.fileName], (f) => byFile.get(f)?.imports ?? [])) {
      for (const id of byFile.get(file)?.moduleIds ?? []) {
        if (id === entry.facadeModuleId || id.startsWith('\0') || isCopyId(id)) continue;
        problems.push(`${entry.fileName} loads ${id} (in ${file}) without a copy of its own`);
      }
    }
  }
  return problems;
}

/**
 * Gives the lean entries (the service worker, the DevTools page) their own copy of every module
 * they import, so that no chunk is shared between them and the extension's pages.
 *
 * Why: a chunk the worker shares with the popup can hold nothing but what the worker may run
 * (no Preact, no UI), so the popup's first load was three files (its entry, the first-load
 * chunk and a `model` chunk of what it shares with the worker). Each file is one more request
 * the browser serves while it opens the popup window, measured at ~5 ms of the popup's ~65
 * (issue 17). Sharing saved nothing at run time anyway: the worker and a page are separate
 * JavaScript realms and never share a module instance; only the package is a few KB larger.
 */
export function ownCopies(leanEntrySuffixes: readonly string[]): Plugin {
  const isLean = (id: string) => leanEntrySuffixes.some((suffix) => id.endsWith(suffix));
  return {
    name: 'cookie-workbench:own-copies',
    // Before Vite's own resolver, which would answer first and never ask us.
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (importer === undefined || !(isCopyId(importer) || isLean(importer))) return null;
      const resolved = await this.resolve(source, originalId(importer), {
        ...options,
        skipSelf: true,
      });
      if (!resolved || resolved.external) return resolved;
      const id = copyId(resolved.id);
      return id === undefined ? resolved : { ...resolved, id };
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [file] : []));
      const problems = leanChunkProblems(chunks, isLean);
      if (problems.length > 0) this.error(problems.join('\n'));
    },
  };
}
