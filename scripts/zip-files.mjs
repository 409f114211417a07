import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';

/**
 * Every zip's one timestamp. The same files then give the same bytes on any day and machine.
 * Given as local date parts because zip stores local date parts (fflate reads them back with
 * getFullYear() etc.), so the bytes do not depend on the time zone either. Not 1980-01-01, the
 * format's first day: tools that convert through UTC turn it into 1979 east of Greenwich.
 */
export const zipTimestamp = new Date(2000, 0, 1, 0, 0, 0);

/** The files under a folder, as sorted '/'-separated paths relative to it. */
export function filesIn(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/**
 * A zip of the named files of a folder, in sorted order, each with the fixed timestamp and Unix
 * mode 0644, or 0755 if it is executable (as git keeps modes: a script stays runnable).
 */
export function zipFiles(dir, names) {
  const input = {};
  for (const name of [...names].sort()) {
    const file = path.join(dir, name);
    const mode = statSync(file).mode & 0o111 ? 0o100755 : 0o100644;
    input[name] = [
      new Uint8Array(readFileSync(file)),
      { mtime: zipTimestamp, os: 3, attrs: mode << 16 },
    ];
  }
  return zipSync(input, { level: 9 });
}
