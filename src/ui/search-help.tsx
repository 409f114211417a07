import { useRef } from 'preact/hooks';

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
  ['domain:', 'domain:example.com', 'that domain or a subdomain'],
  ['path:', 'path:/app', 'paths starting with it'],
  ['name:', 'name:session', 'text or /regex/ in the name only'],
  ['value:', 'value:/^ey/', 'text or /regex/ in the value only'],
];

/**
 * The `?` beside a search box and the syntax it opens (a popover: Enter or Space opens it,
 * Escape closes it and focus returns to the button). `hasPage`: whether `sent:` works here.
 */
export function SearchHelp({ hasPage }: { hasPage: boolean }) {
  const help = useRef<HTMLDivElement>(null);
  // In the DevTools panel, DevTools' script in the page takes Escape at the document (it opens
  // DevTools' drawer and prevents the default, so the popover would stay open): closed here,
  // before the key gets there.
  const closeOnEscape = (event: KeyboardEvent) => {
    const popover = help.current;
    if (event.key !== 'Escape' || !popover?.matches(':popover-open')) return;
    popover.hidePopover();
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <>
      <button
        onKeyDown={closeOnEscape}
        type="button"
        class="search-help-button"
        data-testid="search-help-button"
        popovertarget="search-help"
        aria-label="Search syntax"
        title="Search syntax"
      >
        ?
      </button>
      <div
        id="search-help"
        class="search-help"
        data-testid="search-help"
        popover="auto"
        ref={help}
        role="dialog"
        aria-labelledby="search-help-title"
      >
        <h2 id="search-help-title">Search syntax</h2>
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
                  {token === 'sent:' &&
                    !hasPage &&
                    ' (popup and panel only: the manager has no page)'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>All terms must match. Put text with a colon or spaces in quotes.</p>
      </div>
    </>
  );
}
