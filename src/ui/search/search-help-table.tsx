// The syntax table, fetched when the `?` is first reached (see search-help.tsx): the popup's JS
// is budgeted and most openings never show it.
const rows: [token: string, example: string, meaning: string][] = [
  ['words', 'sid cart', 'every word, in the name, value, domain or path'],
  ['"phrase"', '"user id"', 'the words together, spaces included'],
  ['/regex/flags', '/^_ga/i', 'a regular expression (linear time: it cannot hang)'],
  ['-term', '-name:_ga', 'not this: a - before any term negates it'],
  ['is:', 'is:session', 'session, persistent or expired'],
  ['secure:', 'secure:no', 'yes or no'],
  ['httponly:', 'httponly:yes', 'yes or no'],
  ['samesite:', 'samesite:none', 'none, lax, strict or unset'],
  ['partitioned', '-partitioned', 'partitioned (CHIPS) or not; also partitioned:no'],
  ['sent:', 'sent:no', 'sent to this page or not'],
  ['has:', 'has:warning', 'a security warning (or has:info, a note) about the cookie'],
  ['domain:', 'domain:example.com', 'that domain or a subdomain'],
  ['path:', 'path:/app', 'paths starting with it'],
  ['name:', 'name:session', 'text or /regex/ in the name only'],
  ['value:', 'value:/^ey/', 'text or /regex/ in the value only'],
];

/** The tokens, one example each. `hasPage`: whether `sent:` works here. */
export function SearchHelpTable({ hasPage }: { hasPage: boolean }) {
  return (
    <table>
      <tbody>
        {rows.map(([token, example, meaning]) => (
          <tr key={token}>
            <th scope="row">
              <code>{token}</code>
            </th>
            <td>
              <code>{example}</code>
            </td>
            <td>
              {meaning}
              {token === 'sent:' && !hasPage && ' (popup and panel only: the manager has no page)'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
