import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` whose bytes contain `text` (UTF-8 or UTF-16LE, as LevelDB may hold). */
export async function filesContaining(dir: string, text: string): Promise<string[]> {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  const found: string[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const bytes = await readFile(file).catch(() => undefined);
    if (bytes && needles.some((needle) => bytes.includes(needle))) {
      found.push(path.relative(dir, file));
    }
  }
  return found;
}
