/** Types for zip-files.mjs, which the packaging tests import. */
export const zipTimestamp: Date;
export function filesIn(dir: string): string[];
export function zipFiles(dir: string, names: readonly string[]): Uint8Array;
