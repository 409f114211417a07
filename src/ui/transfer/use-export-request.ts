import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/t';
import { errorText } from '../../text/error-text';
import { type ExportRequest, exportRequest, parseExportUrls } from './export-request';

export type ExportRequestState =
  | { kind: 'none' }
  | { kind: 'pending' }
  | { kind: 'ready'; request: ExportRequest }
  | { kind: 'error'; error: string };

/** Registrable domains of http(s) urls, from the background (it holds the public suffix list). */
export type DescribeSites = (urls: string[]) => Promise<string[]>;

/**
 * The request a header or curl export stands for, once the background named the sites of the
 * url and of the top-level page. `none` when the format needs no url.
 */
export function useExportRequest(
  needed: boolean,
  urlText: string,
  topText: string,
  describeSites: DescribeSites,
): ExportRequestState {
  const [state, setState] = useState<ExportRequestState>({ kind: 'none' });
  useEffect(() => {
    if (!needed) {
      setState({ kind: 'none' });
      return;
    }
    const urls = parseExportUrls(urlText, topText);
    if (!urls.ok) {
      setState({ kind: 'error', error: urls.error });
      return;
    }
    let current = true;
    setState({ kind: 'pending' });
    describeSites(urls.top ? [urls.url.href, urls.top.href] : [urls.url.href]).then(
      ([url, top]) => {
        if (!current) return;
        if (!url) setState({ kind: 'error', error: t('export_siteUnknown') });
        else setState({ kind: 'ready', request: exportRequest(urls, { url, top }) });
      },
      (e: unknown) => {
        if (current) setState({ kind: 'error', error: t('export_siteFailed', errorText(e)) });
      },
    );
    return () => {
      current = false;
    };
  }, [needed, urlText, topText, describeSites]);
  return state;
}
