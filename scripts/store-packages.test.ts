import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json';
import { extensionZip, sourcesZip, trackedFiles } from './store-packages.mjs';
import { filesIn } from './zip-files.mjs';

// `npm run package` on a fresh build of the real extension (vite build into a temporary folder,
// ~3 s): what each zip holds and what it refuses. The Firefox build comes from another change
// (npm run build:firefox); its checks run here on a copy of the Chrome build.

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = packageJson;
let work: string;
let build: string;
let chromeZip: Uint8Array;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'store-packages-'));
  build = path.join(work, 'dist');
  await promisify(execFile)(
    path.join(repoRoot, 'node_modules', '.bin', 'vite'),
    ['build', '--outDir', build, '--emptyOutDir', '--logLevel', 'error'],
    { cwd: repoRoot },
  );
  chromeZip = extensionZip(build, { version, browser: 'chrome' });
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the fresh build, changed by `change`, for the checks that must refuse it. */
function alteredBuild(name: string, change: (dir: string) => void): string {
  const dir = path.join(work, name);
  cpSync(build, dir, { recursive: true });
  change(dir);
  return dir;
}

function editManifest(dir: string, edit: (manifest: Record<string, unknown>) => void): void {
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
}

/** Each entry's name, DOS date/time and Unix mode, read from the zip's central directory. */
function centralDirectory(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // fflate writes no archive comment
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const skip = view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    entries.push({
      name: strFromU8(zip.subarray(at + 46, at + 46 + nameLength)),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      mode: view.getUint32(at + 38, true) >>> 16,
    });
    at += 46 + nameLength + skip;
  }
  return entries;
}

// 2000-01-01 00:00:00 in DOS form: years since 1980 << 9 | month << 5 | day; time 0.
const fixedDate = (20 << 9) | (1 << 5) | 1;

describe('the Chrome Web Store zip', () => {
  it('holds exactly the build, sorted, manifest.json at its root with package.json’s version', () => {
    const entries = centralDirectory(chromeZip);
    const names = entries.map((entry) => entry.name);
    expect(names).toEqual(filesIn(build));
    expect(names).toEqual([...names].sort());
    expect(names).toContain('manifest.json');
    expect(names).toContain('service-worker-loader.js');
    expect(names.filter((name) => name.endsWith('.map') || name.includes('node_modules'))).toEqual(
      [],
    );
    const files = unzipSync(chromeZip);
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(manifest.version).toBe(version);
    expect(manifest.manifest_version).toBe(3);
  });

  it('stamps every entry with one fixed time, so a rebuild gives the same bytes', () => {
    for (const entry of centralDirectory(chromeZip)) {
      expect({ name: entry.name, date: entry.date, time: entry.time }).toEqual({
        name: entry.name,
        date: fixedDate,
        time: 0,
      });
    }
    // Buffer.equals: toEqual walks a 400 KB array element by element, for seconds.
    const again = Buffer.from(extensionZip(build, { version, browser: 'chrome' }));
    expect(again.equals(Buffer.from(chromeZip))).toBe(true);
  });

  it('refuses a folder that is not a build, a stale version and source maps', () => {
    const empty = alteredBuild('no-manifest', (dir) => rmSync(path.join(dir, 'manifest.json')));
    expect(() => extensionZip(empty, { version, browser: 'chrome' })).toThrow(
      /holds no manifest\.json/,
    );
    const stale = alteredBuild('stale', (dir) =>
      editManifest(dir, (manifest) => {
        manifest.version = '0.0.1';
      }),
    );
    expect(() => extensionZip(stale, { version, browser: 'chrome' })).toThrow(
      `says version 0.0.1, package.json says ${version}`,
    );
    const mapped = alteredBuild('mapped', (dir) =>
      writeFileSync(path.join(dir, 'assets', 'popup.js.map'), '{}'),
    );
    expect(() => extensionZip(mapped, { version, browser: 'chrome' })).toThrow(
      /source maps \(assets\/popup\.js\.map\)/,
    );
  });
});

describe('the Firefox (AMO) zip', () => {
  it('refuses a build without an add-on id, which AMO requires for Manifest V3', () => {
    expect(() => extensionZip(build, { version, browser: 'firefox' })).toThrow(
      /no browser_specific_settings\.gecko\.id/,
    );
  });

  it('packages a build that has one, manifest.json at its root', () => {
    const firefox = alteredBuild('firefox', (dir) =>
      editManifest(dir, (manifest) => {
        manifest.browser_specific_settings = { gecko: { id: 'cookie-workbench@example.org' } };
      }),
    );
    const files = unzipSync(extensionZip(firefox, { version, browser: 'firefox' }));
    const manifest = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(manifest.browser_specific_settings.gecko.id).toBe('cookie-workbench@example.org');
    expect(Object.keys(files).sort()).toEqual(filesIn(firefox));
  });
});

describe('the sources zip', () => {
  let zip: Uint8Array;
  let entries: ReturnType<typeof centralDirectory>;
  let names: string[];
  beforeAll(() => {
    zip = sourcesZip(repoRoot);
    entries = centralDirectory(zip);
    names = entries.map((entry) => entry.name);
  });

  it('holds the files git tracks, with the build instructions at its root', () => {
    expect(names).toEqual(trackedFiles(repoRoot));
    for (const file of ['BUILDING.md', 'package.json', 'package-lock.json', 'manifest.json'])
      expect(names).toContain(file);
    expect(names).toContain('vite.config.ts');
    expect(names.filter((name) => name.startsWith('src/')).length).toBeGreaterThan(50);
    const packed = unzipSync(zip, { filter: (file) => file.name === 'package.json' });
    expect(strFromU8(packed['package.json'] ?? new Uint8Array())).toBe(
      readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
    );
  });

  it('holds no build output and no installed packages', () => {
    const outputs = /^(node_modules|dist|dist-firefox|packages|test-results|bench-results)\//;
    expect(names.filter((name) => outputs.test(name))).toEqual([]);
  });

  it('keeps scripts executable', () => {
    const modes = new Map(entries.map((entry) => [entry.name, entry.mode]));
    expect(modes.get('.ci/run')).toBe(0o100755);
    expect(modes.get('package.json')).toBe(0o100644);
  });
});
