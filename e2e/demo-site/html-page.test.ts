import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeById, request, startTestSite, type TestSite, textById } from './demo-test-client';
import { escapeHtml, html, shortened } from './html-page';

describe('html escaping', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('escapes every interpolated value, nested lists included, but not html`` markup', () => {
    const hostile = '<script>alert(1)</script>';
    const inner = html`<b>${hostile}</b>`;
    const page = html`<p title="${'"quoted"'}">${inner}${[hostile, [html`<i>ok</i>`]]}</p>`;
    expect(page.toString()).toBe(
      '<p title="&quot;quoted&quot;"><b>&lt;script&gt;alert(1)&lt;/script&gt;</b>&lt;script&gt;alert(1)&lt;/script&gt;<i>ok</i></p>',
    );
  });

  it('renders false, null and undefined as nothing and numbers as text', () => {
    expect(html`${false}${null}${undefined}${0}${42}`.toString()).toBe('042');
  });

  it('shortens long text and says how long it was', () => {
    expect(shortened('abc', 5)).toBe('abc');
    expect(shortened('abcdefgh', 3)).toBe('abc… (8 characters in all)');
  });
});

describe('hostile cookies on a real page', () => {
  let site: TestSite;
  beforeAll(async () => {
    site = await startTestSite();
  });
  afterAll(() => site.dispose());

  it('shows hostile names and values as text only', async () => {
    const cookie =
      '"><img src=x onerror=alert(1)>=<script>alert(2)</script>; j=j:{"a":"<b>"}; __proto__=x; plain=%3Ci%3E';
    const response = await request(`${site.httpUrl}cookies/show`, { cookies: cookie });
    expect(response.status).toBe(200);
    expect(response.body).not.toContain('<img src=x');
    expect(response.body).not.toContain('<script>alert');
    expect(response.body).not.toContain('<b>');
    expect(response.body).not.toContain('<i>');
    expect(response.body).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    // The name ends at the first "=": `"><img src`, a hostile attribute value in data-name.
    expect(response.body).toContain('data-name="&quot;&gt;&lt;img src"');
    const table = textById(response.body, 'received-cookies') ?? '';
    expect(table).toContain('JSON (j: prefix');
    expect(table).toContain('{"a":"<b>"}');
    expect(table).toContain('<i>');
    // No cookie data in an href or src: only the site's own fixed links.
    for (const match of response.body.matchAll(/\b(?:href|src)="([^"]*)"/g)) {
      expect(match[1]).toMatch(/^\/[a-z/.-]*$/);
    }
  });

  it('shows the raw Cookie header escaped, and sends a strict CSP', async () => {
    const response = await request(site.httpUrl, { cookies: 'x=</pre><script>1</script>' });
    expect(textById(response.body, 'raw-cookie-header')).toBe('Cookie: x=</pre><script>1</script>');
    expect(response.body).not.toContain('</pre><script>');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('shows, below the forms, the exact Cookie header received and Set-Cookie lines sent', async () => {
    const long = 'v'.repeat(3000);
    const response = await request(`${site.httpUrl}cookies/set`, {
      csrf: true,
      cookies: 'a=1; b="two words"',
      form: { name: 'long', value: long },
    });
    const panel = /<section id="http-exchange">.*?<\/section>/s.exec(response.body)?.[0] ?? '';
    expect(response.body.indexOf('<section id="http-exchange">')).toBeGreaterThan(
      response.body.lastIndexOf('</form>'),
    );
    const cookieHeader = /<pre id="raw-cookie-header">([^<]*)<\/pre>/.exec(panel)?.[1];
    expect(cookieHeader).toMatch(/^Cookie: a=1; b=&quot;two words&quot;; csrftoken=[\w.]+$/);
    // One line per Set-Cookie header, whole: nothing shortened, in the order sent.
    const lines = (/<pre id="sent-set-cookies">([^<]*)<\/pre>/.exec(panel)?.[1] ?? '').split('\n');
    expect(lines).toEqual([
      ...response.setCookies.map((cookie) => `Set-Cookie: ${cookie.raw}`),
      '',
    ]);
    expect(lines.some((line) => line.startsWith(`Set-Cookie: long=${long}; Path=/`))).toBe(true);
  });

  it('says so when no cookie came and none is sent', async () => {
    const response = await request(`${site.httpUrl}cookies/show`);
    expect(textById(response.body, 'no-cookie-header')).toContain('sent no cookies');
    expect(textById(response.body, 'sent-set-cookies')).toContain('sets and deletes no cookie');
  });

  it('has a received-cookies table on every page, even with no cookies', async () => {
    const response = await request(`${site.httpUrl}visits/about`);
    expect(textById(response.body, 'received-cookies')).toContain('No cookies were received.');
    expect(attributeById(response.body, 'received-cookies', 'id')).toBe('received-cookies');
  });
});
