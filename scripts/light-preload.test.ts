import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { lazyCssProblems } from './light-preload';

const chunk = (fileName: string, imports: string[], dynamicImports: string[] = []) =>
  ({ type: 'chunk', fileName, imports, dynamicImports }) as unknown as Rolldown.OutputChunk;
const asset = (fileName: string, source = '') =>
  ({ type: 'asset', fileName, source }) as unknown as Rolldown.OutputAsset;
const bundleOf = (...files: Array<Rolldown.OutputChunk | Rolldown.OutputAsset>) =>
  Object.fromEntries(files.map((f) => [f.fileName, f])) as Rolldown.OutputBundle;

const page = (name: string, script: string, css?: string) =>
  asset(
    name,
    `<head><script type="module" crossorigin src="/${script}"></script>${css ? `<link rel="stylesheet" crossorigin href="/${css}">` : ''}</head>`,
  );

describe('lazyCssProblems', () => {
  const lazy = chunk('assets/editor.js', []);
  const shared = chunk('assets/first-load.js', [], ['assets/editor.js']);

  it('accepts one CSS file linked by every page that can load code on demand', () => {
    const bundle = bundleOf(
      asset('assets/app.css'),
      shared,
      lazy,
      chunk('assets/popup.js', ['assets/first-load.js']),
      page('popup.html', 'assets/popup.js', 'assets/app.css'),
      // A page without lazy code needs no CSS.
      chunk('assets/devtools.js', []),
      page('devtools.html', 'assets/devtools.js'),
    );
    expect(lazyCssProblems(bundle)).toEqual([]);
  });

  it('rejects a second CSS file (a lazy chunk would need it injected)', () => {
    const bundle = bundleOf(asset('assets/app.css'), asset('assets/editor.css'), shared, lazy);
    expect(lazyCssProblems(bundle)).toEqual([expect.stringContaining('2 CSS files')]);
  });

  it('rejects a page that reaches lazy code through its imports without linking the CSS', () => {
    const bundle = bundleOf(
      asset('assets/app.css'),
      shared,
      lazy,
      chunk('assets/panel.js', ['assets/first-load.js']),
      page('panel.html', 'assets/panel.js'),
    );
    expect(lazyCssProblems(bundle)).toEqual([expect.stringContaining('panel.html')]);
  });
});
