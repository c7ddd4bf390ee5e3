/** The web's conventions over the built site: manifest and icons, theme colours, sitemap with language twins, robots.txt. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { describe, expect, test } from 'vitest';
import { DIST, fileFor, htmlPages, page } from '../support/dist';

const home = page('/');
const base = home('html').attr('data-base') ?? '/';
const fromBase = (href: string) => `/${new URL(href, 'http://x').pathname.slice(base.length)}`;

describe('the web app manifest', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as { name: string; start_url: string; icons: { src: string; sizes: string; purpose: string }[] };

  test('names the site and starts at its base', () => {
    expect(manifest.name).toBe(home('meta[property="og:site_name"]').attr('content'));
    expect(manifest.start_url).toBe(base);
  });

  test('has PNG icons of 192 and 512 px, one of them maskable, each the size it says', () => {
    expect(manifest.icons.map((i) => i.sizes).sort()).toEqual(['192x192', '512x512', '512x512']);
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of [...manifest.icons, { src: home('link[rel="apple-touch-icon"]').attr('href')!, sizes: '180x180' }]) {
      const png = readFileSync(fileFor(fromBase(icon.src))!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });
});

describe.each(htmlPages().filter((p) => !p.includes('404')))('the head of %s', (path) => {
  test('links the manifest from its page-end script once painted (none in the markup to fetch early), the touch icon, and a theme colour for each theme', () => {
    const $ = page(path);
    expect($('link[rel="manifest"]').length).toBe(0);
    expect($('script:not([src]):not([type])').last().text()).toContain(`rel:'manifest',href:b+${JSON.stringify('manifest.webmanifest')}`);
    expect($('link[rel="apple-touch-icon"]').length).toBe(1);
    expect($('meta[name="theme-color"]').toArray().map((m) => $(m).attr('media'))).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });

  test('carries its small SVG logo inline, as the favicon and in the header: no icon to fetch', () => {
    const $ = page(path);
    const icon = $('link[rel="icon"]').attr('href')!;
    expect(icon).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    expect($('header img').first().attr('src')).toBe(icon);
  });
});

describe('the sitemap', () => {
  const $ = load(readFileSync(join(DIST, 'sitemap.xml'), 'utf8'), { xml: true });
  const listed = $('url').toArray().map((u) => ({ loc: $(u).children('loc').text(), links: $(u).find('xhtml\\:link').toArray().map((l) => $(l).attr('hreflang')) }));

  test('lists every page with a canonical address and no noindex once, each with its twin in the other language', () => {
    const indexable = htmlPages()
      .map((p) => page(p))
      .filter(($p) => $p('link[rel="canonical"]').length > 0 && $p('meta[name="robots"][content*="noindex"]').length === 0)
      .map(($p) => $p('link[rel="canonical"]').attr('href')!);
    expect(listed.map((u) => u.loc).sort()).toEqual([...new Set(indexable)].sort());
    for (const u of listed) expect(u.links.sort(), u.loc).toEqual(['en', 'id']);
  });

  test('robots.txt points at it', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    const sitemap = /^Sitemap: (.+)$/m.exec(robots)?.[1];
    expect(sitemap).toBe(new URL(`${base}sitemap.xml`, home('link[rel="canonical"]').attr('href')).href);
  });
});
