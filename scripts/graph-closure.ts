/**
 * Every node reachable from `from` (itself included) along `next`, each once, cycles and all.
 * The build's checks walk two graphs with it: modules by their static imports, and output
 * chunks by theirs.
 */
export function closure<T>(from: Iterable<T>, next: (node: T) => Iterable<T>): Set<T> {
  const seen = new Set<T>();
  const todo = [...from];
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    todo.push(...next(node));
  }
  return seen;
}
