import { describe, expect, it } from 'vitest';
import { firstLoadModules, type StaticGraph } from './first-load-chunks';

function graph(edges: Record<string, string[]>, entries: string[]): StaticGraph {
  return { entries, importsOf: (id) => edges[id] ?? [] };
}

describe('firstLoadModules', () => {
  const edges = {
    '/popup.html': ['/popup.tsx'],
    '/popup.tsx': ['/app.tsx', '/t.ts', '/api.ts'],
    '/app.tsx': ['/preact', '/cookie.ts', '/row.tsx'],
    '/row.tsx': ['/preact', '/cookie.ts'],
    '/cookie.ts': ['/guards.ts'],
    '/sw.ts': ['/cookie.ts?own-copy', '/store.ts?own-copy'],
    '/manager.html': ['/manager.tsx'],
    '/manager.tsx': ['/app.tsx', '/big-table.tsx'],
  };
  const entries = ['/popup.html', '/sw.ts', '/manager.html'];

  it("takes the page's whole static graph but its HTML and its own script", () => {
    const modules = firstLoadModules(graph(edges, entries), (e) => e === '/popup.html');
    // popup.tsx, the page's own script, stays out: the manager imports the group too.
    expect([...modules].sort()).toEqual([
      '/api.ts',
      '/app.tsx',
      '/cookie.ts',
      '/guards.ts',
      '/preact',
      '/row.tsx',
      '/t.ts',
    ]);
  });

  it('leaves out what only other entries load', () => {
    const modules = firstLoadModules(graph(edges, entries), (e) => e === '/popup.html');
    expect(modules.has('/big-table.tsx')).toBe(false);
    expect(modules.has('/store.ts?own-copy')).toBe(false);
  });

  it('survives import cycles', () => {
    const cyclic = graph({ '/p.html': ['/a.ts'], '/a.ts': ['/b.ts'], '/b.ts': ['/a.ts'] }, [
      '/p.html',
    ]);
    const cyclic2 = graph(
      { '/p.html': ['/p.ts'], '/p.ts': ['/a.ts'], '/a.ts': ['/b.ts'], '/b.ts': ['/a.ts'] },
      ['/p.html'],
    );
    expect([...firstLoadModules(cyclic, () => true)].sort()).toEqual(['/b.ts']);
    expect([...firstLoadModules(cyclic2, () => true)].sort()).toEqual(['/a.ts', '/b.ts']);
  });
});
