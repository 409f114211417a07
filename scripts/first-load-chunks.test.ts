import { describe, expect, it } from 'vitest';
import { firstLoadGroups, type StaticGraph } from './first-load-chunks';

function graph(edges: Record<string, string[]>, entries: string[]): StaticGraph {
  return { entries, importsOf: (id) => edges[id] ?? [] };
}

describe('firstLoadGroups', () => {
  const edges = {
    '/popup.html': ['/popup.tsx'],
    '/popup.tsx': ['/app.tsx', '/t.ts', '/api.ts'],
    '/app.tsx': ['/preact', '/cookie.ts', '/row.tsx'],
    '/row.tsx': ['/preact', '/cookie.ts'],
    '/cookie.ts': ['/guards.ts'],
    '/sw.ts': ['/cookie.ts', '/store.ts'],
    '/devtools.html': ['/devtools.ts'],
    '/devtools.ts': ['/t.ts', '/api.ts'],
    '/manager.html': ['/manager.tsx'],
    '/manager.tsx': ['/app.tsx', '/big-table.tsx'],
  };
  const entries = ['/popup.html', '/sw.ts', '/devtools.html', '/manager.html'];

  it('puts what the service worker also loads in the shared group, and the rest of the page in its own', () => {
    const { shared, page } = firstLoadGroups(graph(edges, entries), (e) => e === '/popup.html');
    expect([...shared].sort()).toEqual(['/cookie.ts', '/guards.ts']);
    // popup.tsx, the page's own script, stays out: the manager imports the group too.
    expect([...page].sort()).toEqual(['/api.ts', '/app.tsx', '/preact', '/row.tsx', '/t.ts']);
  });

  it('treats a lean page like the worker: what it loads never goes into the page chunk', () => {
    const { shared, page } = firstLoadGroups(
      graph(edges, entries),
      (e) => e === '/popup.html',
      (e) => e === '/devtools.html',
    );
    expect([...shared].sort()).toEqual(['/api.ts', '/cookie.ts', '/guards.ts', '/t.ts']);
    expect(page.has('/t.ts')).toBe(false);
    // Modules only other pages load stay out of both groups.
    expect(page.has('/big-table.tsx') || shared.has('/big-table.tsx')).toBe(false);
  });

  it('survives import cycles', () => {
    const cyclic = graph({ '/p.html': ['/a.ts'], '/a.ts': ['/b.ts'], '/b.ts': ['/a.ts'] }, [
      '/p.html',
    ]);
    const cyclic2 = graph(
      { '/p.html': ['/p.ts'], '/p.ts': ['/a.ts'], '/a.ts': ['/b.ts'], '/b.ts': ['/a.ts'] },
      ['/p.html'],
    );
    expect([...firstLoadGroups(cyclic, () => true).page].sort()).toEqual(['/b.ts']);
    expect([...firstLoadGroups(cyclic2, () => true).page].sort()).toEqual(['/a.ts', '/b.ts']);
  });
});
