import { t } from '../../i18n/t';

// The help's placement comes with its table: the `?` button is on every first render, the
// popover opens rarely (search-help.tsx places it once both are here).
export { placePopoverBeside } from '../place-popover';

// The syntax table, fetched when the `?` is first reached (see search-help.tsx): the popup's JS
// is budgeted and most openings never show it. Tokens and examples are what the user types and
// stay as they are; the meanings (and the names standing for free text) are translated.
const rows = (): [token: string, example: string, meaning: string][] => [
  [t('search_helpWords'), 'sid cart', t('search_helpWordsMeaning')],
  [t('search_helpPhrase'), '"user id"', t('search_helpPhraseMeaning')],
  ['/regex/flags', '/^_ga/i', t('search_helpRegexMeaning')],
  [t('search_helpNegation'), '-name:_ga', t('search_helpNegationMeaning')],
  ['is:', 'is:session', t('search_helpIsMeaning')],
  ['secure:', 'secure:no', t('search_helpYesNo')],
  ['httponly:', 'httponly:yes', t('search_helpYesNo')],
  ['samesite:', 'samesite:none', t('search_helpSameSiteMeaning')],
  ['partitioned', '-partitioned', t('search_helpPartitionedMeaning')],
  ['sent:', 'sent:no', t('search_helpSentMeaning')],
  ['has:', 'has:warning', t('search_helpHasMeaning')],
  ['domain:', 'domain:example.com', t('search_helpDomainMeaning')],
  ['path:', 'path:/app', t('search_helpPathMeaning')],
  ['name:', 'name:session', t('search_helpNameMeaning')],
  ['value:', 'value:/^ey/', t('search_helpValueMeaning')],
];

/** The tokens, one example each. `hasPage`: whether `sent:` works here. */
export function SearchHelpTable({ hasPage }: { hasPage: boolean }) {
  return (
    <table>
      <tbody>
        {rows().map(([token, example, meaning]) => (
          <tr key={example}>
            <th scope="row">
              <code>{token}</code>
            </th>
            <td>
              <code>{example}</code>
            </td>
            <td>{token === 'sent:' && !hasPage ? t('search_helpSentNoPage', meaning) : meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
