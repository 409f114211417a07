import { describe, expect, it } from 'vitest';
import type { SiteDescription } from '../../protocol/cookie-protocol';
import { createSiteLookup } from './site-lookup';

const fakeBackground = (sites: Record<string, string>, fail = false) => {
  const calls: string[][] = [];
  const describe = async (urls: string[]): Promise<SiteDescription[]> => {
    calls.push(urls);
    if (fail) throw new Error('The background did not answer.');
    return urls.map((url) => ({ url, site: sites[new URL(url).hostname] ?? '', access: 'ok' }));
  };
  return { calls, describe };
};

describe('createSiteLookup', () => {
  it('asks the background once per host and uses its answer', async () => {
    const bg = fakeBackground({ 'shop.example.co.uk': 'example.co.uk', 'a.test': 'a.test' });
    const lookup = createSiteLookup(bg.describe);
    expect(lookup.siteOf('shop.example.co.uk')).toBe('co.uk');
    expect(await lookup.learn(['shop.example.co.uk', 'a.test', 'a.test'])).toBe(true);
    expect(lookup.siteOf('shop.example.co.uk')).toBe('example.co.uk');
    expect(await lookup.learn(['a.test'])).toBe(false);
    expect(bg.calls).toEqual([['https://shop.example.co.uk/', 'https://a.test/']]);
  });

  it('brackets IPv6 hosts and falls back to the approximation on an empty answer', async () => {
    const bg = fakeBackground({});
    const lookup = createSiteLookup(bg.describe);
    await lookup.learn(['::1', 'x.y.z.test']);
    expect(bg.calls).toEqual([['https://[::1]/', 'https://x.y.z.test/']]);
    expect(lookup.siteOf('x.y.z.test')).toBe('z.test');
  });

  it('asks in batches the background accepts', async () => {
    const bg = fakeBackground({});
    const hosts = Array.from({ length: 1201 }, (_, i) => `h${i}.test`);
    await createSiteLookup(bg.describe).learn(hosts);
    expect(bg.calls.map((urls) => urls.length)).toEqual([500, 500, 201]);
  });

  it('keeps the approximation and asks again later when the background fails', async () => {
    const bg = fakeBackground({}, true);
    const lookup = createSiteLookup(bg.describe);
    expect(await lookup.learn(['sub.a.test'])).toBe(false);
    expect(lookup.siteOf('sub.a.test')).toBe('a.test');
    await lookup.learn(['sub.a.test']);
    expect(bg.calls).toHaveLength(2);
  });
});
