/** What a link preview (LinkedIn, WhatsApp, Slack) reads from every page's head. */
import { describe, expect, test } from 'vitest';
import { htmlPages, page } from '../support/dist';

describe.each(htmlPages().filter((p) => !p.endsWith('404.html') && !p.endsWith('/404/')))('share metadata of %s', (path) => {
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
    expect(meta('twitter:card')).toBe('summary');
  });
});
