// JSON objects and arrays, kept as the exact text plus a tree the UI can fold.

export type JsonNode =
  | { type: 'object'; entries: { key: string; value: JsonNode }[] }
  | { type: 'array'; items: JsonNode[] }
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' };

export interface ParsedJson {
  value: unknown;
  tree: JsonNode;
  /** Indented for reading; editing works on the exact text, as servers compare bytes. */
  pretty: string;
}

/** Deeper nesting is refused: the tree and its display recurse, and real cookies are flat. */
export const maxJsonDepth = 100;

/**
 * Only objects and arrays count: `123`, `"x"` or `true` are valid JSON too, but calling a
 * plain number "JSON" would be a false positive. Null when not JSON or too deep.
 */
export function parseJson(text: string): ParsedJson | null {
  const start = text.trimStart()[0];
  if (start !== '{' && start !== '[') return null;
  if (nestingDepth(text) > maxJsonDepth) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return { value, tree: toTree(value), pretty: JSON.stringify(value, null, 2) };
}

/** Bracket depth outside strings, in one pass, before JSON.parse sees the text. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '{' || char === '[') deepest = Math.max(deepest, ++depth);
    else if (char === '}' || char === ']') depth--;
  }
  return deepest;
}

function toTree(value: unknown): JsonNode {
  if (value === null) return { type: 'null' };
  if (Array.isArray(value)) return { type: 'array', items: value.map(toTree) };
  switch (typeof value) {
    case 'string':
      return { type: 'string', value };
    case 'number':
      return { type: 'number', value };
    case 'boolean':
      return { type: 'boolean', value };
    default:
      return {
        type: 'object',
        entries: Object.entries(value as Record<string, unknown>).map(([key, item]) => ({
          key,
          value: toTree(item),
        })),
      };
  }
}
