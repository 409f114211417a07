import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export type LargeFileFormat = 'netscape' | 'json';

/**
 * An import file of at least `megabytes` MB in the temp folder (never in the repository):
 * cookies spread over 5,000 sites, as a Netscape cookies.txt (about 90 bytes a cookie) or a
 * Cookie Workbench export with one cookie object a line. Returns its path and size.
 */
export async function writeLargeImportFile(
  megabytes: number,
  format: LargeFileFormat,
): Promise<{ file: string; cookies: number; bytes: number }> {
  const target = megabytes * 1024 * 1024;
  const lines: string[] = [];
  let bytes = 0;
  const inAYear = Math.floor(Date.now() / 1000) + 365 * 86_400;
  for (let i = 0; bytes < target; i++) {
    const domain = `site-${i % 5000}.test`;
    const value = `v${i}`.padEnd(24, 'x');
    const line =
      format === 'netscape'
        ? [domain, 'FALSE', '/', 'FALSE', inAYear, `cookie${i}`, value].join('\t')
        : JSON.stringify({ domain, expirationDate: inAYear, name: `cookie${i}`, path: '/', value });
    lines.push(line);
    bytes += line.length + (format === 'netscape' ? 1 : 2);
  }
  const body =
    format === 'netscape'
      ? `# Netscape HTTP Cookie File\n${lines.join('\n')}\n`
      : `{"format":"cookie-workbench","version":1,"exportedAt":"${new Date().toISOString()}","cookies":[\n${lines.join(',\n')}\n]}\n`;
  const file = path.join(os.tmpdir(), `large-import-${megabytes}mb-${process.pid}.${format}`);
  await writeFile(file, body);
  return { file, cookies: lines.length, bytes: Buffer.byteLength(body) };
}
