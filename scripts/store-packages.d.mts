/** Types for store-packages.mjs, which the packaging tests import. */
export function packageFileNames(version: string): {
  chrome: string;
  firefox: string;
  sources: string;
};
export function extensionZip(
  buildDir: string,
  options: { version: string; browser: 'chrome' | 'firefox' },
): Uint8Array;
export function trackedFiles(root: string): string[];
export function uncommittedChanges(root: string): string[];
export function sourcesZip(root: string): Uint8Array;
