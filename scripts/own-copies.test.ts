import { describe, expect, it } from 'vitest';
import { type ChunkFacts, copyId, isCopyId, leanChunkProblems, originalId } from './own-copies';

describe('copy ids', () => {
  it('marks a module and finds the original again', () => {
    const id = copyId('/src/cookies/cookie.ts');
    expect(id).toBe('/src/cookies/cookie.ts?own-copy');
    expect(isCopyId(id ?? '')).toBe(true);
    expect(originalId(id ?? '')).toBe('/src/cookies/cookie.ts');
    expect(originalId('/src/cookies/cookie.ts')).toBe('/src/cookies/cookie.ts');
  });

  it('copies neither bundler helpers nor ids with a query of their own', () => {
    expect(copyId('\0rolldown/runtime.js')).toBeUndefined();
    expect(copyId('/src/worker.ts?worker')).toBeUndefined();
    expect(isCopyId('/src/cookies/cookie.ts')).toBe(false);
  });
});

describe('leanChunkProblems', () => {
  const isLean = (id: string) => id.endsWith('/sw.ts') || id.endsWith('/devtools.html');
  const chunk = (fileName: string, moduleIds: string[], imports: string[] = [], facade?: string) =>
    ({ fileName, facadeModuleId: facade ?? null, moduleIds, imports }) satisfies ChunkFacts;

  it('accepts a worker made of its own copies, sharing only helpers and copies', () => {
    const chunks = [
      chunk('sw.js', ['/sw.ts', '/cookie.ts?own-copy'], ['runtime.js', 't.js'], '/sw.ts'),
      chunk('runtime.js', ['\0rolldown/runtime.js']),
      chunk('t.js', ['/t.ts?own-copy']),
      chunk('devtools.js', ['/devtools.ts?own-copy'], ['t.js'], '/devtools.html'),
      chunk('first-load.js', ['/preact', '/cookie.ts', '/t.ts']),
      chunk('popup.js', ['/popup.tsx'], ['first-load.js'], '/popup.html'),
    ];
    expect(leanChunkProblems(chunks, isLean)).toEqual([]);
  });

  it('names each page module a lean entry would load, through any chain of imports', () => {
    const chunks = [
      chunk('sw.js', ['/sw.ts'], ['model.js'], '/sw.ts'),
      chunk('model.js', ['/cookie.ts?own-copy'], ['first-load.js']),
      chunk('first-load.js', ['/preact', '/row.tsx']),
    ];
    expect(leanChunkProblems(chunks, isLean)).toEqual([
      'sw.js loads /preact (in first-load.js) without a copy of its own',
      'sw.js loads /row.tsx (in first-load.js) without a copy of its own',
    ]);
  });

  it('survives chunks that import each other', () => {
    const chunks = [
      chunk('sw.js', ['/sw.ts'], ['a.js'], '/sw.ts'),
      chunk('a.js', ['/a.ts?own-copy'], ['b.js']),
      chunk('b.js', ['/b.ts'], ['a.js']),
    ];
    expect(leanChunkProblems(chunks, isLean)).toEqual([
      'sw.js loads /b.ts (in b.js) without a copy of its own',
    ]);
  });
});
