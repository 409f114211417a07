import { tn } from '../../i18n/t';
import type { JsonNode } from '../../inspect/json';
import { CookieText } from '../cookie-text';

/**
 * A decoded JSON value as a collapsible tree: objects and arrays are <details> (open to the
 * second level), leaves are text. Keys and strings come from the cookie: text only, isolated.
 */
export function JsonTree({ node, depth = 0 }: { node: JsonNode; depth?: number }) {
  switch (node.type) {
    case 'object':
    case 'array': {
      const children =
        node.type === 'object'
          ? node.entries.map((e) => ({ key: e.key, value: e.value }))
          : node.items.map((value, i) => ({ key: String(i), value }));
      const brackets = node.type === 'object' ? ['{', '}'] : ['[', ']'];
      return (
        <details class="json-node" open={depth < 2}>
          <summary>
            {brackets[0]}{' '}
            {tn(node.type === 'object' ? 'inspect_jsonKeys' : 'inspect_jsonItems', children.length)}{' '}
            {brackets[1]}
          </summary>
          <ul class="json-children">
            {children.map((child) => (
              <li key={child.key}>
                <span class="json-key">
                  <CookieText text={child.key} />:
                </span>{' '}
                <JsonTree node={child.value} depth={depth + 1} />
              </li>
            ))}
          </ul>
        </details>
      );
    }
    case 'string':
      return (
        <span class="json-string">
          "<CookieText text={node.value} />"
        </span>
      );
    case 'number':
      return <span class="json-number">{String(node.value)}</span>;
    case 'boolean':
      return <span class="json-literal">{String(node.value)}</span>;
    case 'null':
      return <span class="json-literal">null</span>;
  }
}
