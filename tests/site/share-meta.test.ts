/** What a link preview (LinkedIn, WhatsApp, Slack) reads from every page's head. */
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { fileFor, htmlPages, page } from '../support/dist';

// Pages no search engine should list (the 404s, the offline page) are no page to share either.
const shareablePages = htmlPages().filter((p) => page(p)('meta[name="robots"][content*="noindex"]').length === 0);
// Each image and the alt text of the page that draws it (the one carrying its card).
const drawnBy = new Map(
  shareablePages.flatMap((path) => {
    const $ = page(path);
    return $('meta[name="jenjang:share-card"]').length > 0 ? [[$('meta[property="og:image"]').attr('content')!, $('meta[property="og:image:alt"]').attr('content')!] as const] : [];
  }),
);

describe.each(shareablePages)('share metadata of %s', (path) => {
  const $ = page(path);
  const meta = (property: string) => $(`meta[property="${property}"], meta[name="${property}"]`).attr('content');

  test('names its address, type, site and both languages for link previews', () => {
    expect(meta('og:url')).toBe($('link[rel="canonical"]').attr('href'));
    expect(meta('og:type')).toMatch(/^(website|article)$/);
    expect(meta('og:site_name')).toBeTruthy();
    expect(meta('og:title')).toBe($('title').text());
    expect(meta('og:locale')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(meta('og:locale:alternate')).toMatch(/^[a-z]{2}_[A-Z]{2}$/);
    expect(meta('og:locale:alternate')).not.toBe(meta('og:locale'));
    expect(meta('twitter:card')).toBe('summary_large_image');
  });

  test('has a share image: a 1200×630 PNG under 100 kB, described in words', () => {
    const image = new URL(meta('og:image')!);
    expect(image.href.startsWith(new URL(meta('og:url')!).origin)).toBe(true);
    const file = fileFor(image.pathname);
    expect(file, image.pathname).toBeDefined();
    const png = readFileSync(file!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([meta('og:image:width'), meta('og:image:height')]).toEqual(['1200', '630']);
    expect(statSync(file!).size).toBeLessThan(100_000);
  });

  test('its image says what the page is: its own card, or the card of the page it belongs to', () => {
    const image = meta('og:image')!;
    expect(drawnBy.has(image), `no page draws ${image}`).toBe(true);
    if ($('meta[name="jenjang:share-card"]').length > 0) expect(meta('og:image:alt')).toContain($('h1').text().trim().slice(0, 20));
    else {
      // A job description shows its role's card: the alt is the role's, and the role is in its trail.
      expect(meta('og:image:alt')).toBe(drawnBy.get(image));
      expect($('nav[aria-label] a').toArray().map((a) => $(a).attr('href'))).toContain(new URL(image.replace(/og\/(.*)\.png$/, '$1/')).pathname);
    }
  });
});
