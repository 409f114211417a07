import { describe, expect, it } from 'vitest';
import { exportRequest, parseExportUrls } from './export-request';

describe('parseExportUrls', () => {
  it.each([
    ['https://a.test/x', '', true],
    ['https://a.test/x', ' https://c.test/ ', true],
    ['not a url', '', false],
    ['ftp://a.test/', '', false],
    ['https://a.test/', 'c.test', false],
  ])('%j from %j: %s', (url, top, ok) => {
    expect(parseExportUrls(url, top).ok).toBe(ok);
  });
});

describe('exportRequest', () => {
  const url = new URL('https://www.a.test/app');
  it('without a top-level page: a first-party top-level visit', () => {
    expect(exportRequest({ url, top: undefined }, { url: 'a.test', top: undefined })).toEqual({
      url,
      topLevelSite: 'https://a.test',
      crossSite: false,
      kind: 'navigation',
      method: 'GET',
    });
  });

  it('from a page of another site: a cross-site request in that partition', () => {
    const top = new URL('https://c.test/');
    expect(exportRequest({ url, top }, { url: 'a.test', top: 'c.test' })).toMatchObject({
      topLevelSite: 'https://c.test',
      crossSite: true,
      kind: 'subresource',
    });
  });

  it('from a page of the same site: same-site', () => {
    const top = new URL('https://a.test/');
    expect(exportRequest({ url, top }, { url: 'a.test', top: 'a.test' })).toMatchObject({
      topLevelSite: 'https://a.test',
      crossSite: false,
    });
  });
});
