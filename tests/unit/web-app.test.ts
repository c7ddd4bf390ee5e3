import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { APP_ICONS, INLINE_LOGO_LIMIT, dataUriBytes, logoSource, robotsTxt, sitemapPages, svgDataUri, webManifest } from '../../src/lib/web-app';
import { sitemapXml } from '../../src/lib/web-app-files';

const marks = { name: 'Karier <CS> & Co', description: 'd', lang: 'id', themeColor: '#0f6b5c', backgroundColor: '#e3f2ee' };

describe('webManifest', () => {
  test('starts and stays under the base, and lists the icons with their sizes and purposes', () => {
    const m = webManifest(marks, '/karier/') as { start_url: string; scope: string; icons: { src: string; sizes: string; purpose: string }[] };
    expect(m.start_url).toBe('/karier/');
    expect(m.scope).toBe('/karier/');
    expect(m.icons.map((i) => [i.src, i.sizes, i.purpose])).toEqual([
      ['/karier/icons/icon-192.png', '192x192', 'any'],
      ['/karier/icons/icon-512.png', '512x512', 'any'],
      ['/karier/icons/maskable-512.png', '512x512', 'maskable'],
    ]);
    expect(APP_ICONS.some((i) => i.file.endsWith('apple-touch-icon.png') && i.size === 180)).toBe(true);
  });
});

test('dataUriBytes reads base64 and percent-encoded data: URIs', () => {
  expect(dataUriBytes('data:image/svg+xml;base64,PHN2Zy8+').toString()).toBe('<svg/>');
  expect(dataUriBytes('data:image/svg+xml,%3Csvg%2F%3E').toString()).toBe('<svg/>');
});

describe('logoSource', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0f6b5c"/></svg>';
  const file = (f: string) => `/karier/${f}`;

  test('puts a small SVG logo inline, so a page fetches no icon', () => {
    const src = logoSource('logo.svg', () => `${svg}\n`, file);
    expect(src.startsWith('data:image/svg+xml,')).toBe(true);
    expect(dataUriBytes(src).toString()).toBe(svg.replace(/"/g, "'"));
  });

  test("keeps a drawing's double quotes when it uses single ones inside them", () => {
    const quoted = `<svg><text font-family="'Noto Sans'">C</text></svg>`;
    expect(dataUriBytes(svgDataUri(quoted)).toString()).toBe(quoted);
  });

  test('leaves a PNG, an SVG over the limit and a data: URI as they are', () => {
    expect(logoSource('logo.png', () => 'never read', file)).toBe('/karier/logo.png');
    expect(logoSource('big.svg', () => `<svg>${'x'.repeat(INLINE_LOGO_LIMIT)}</svg>`, file)).toBe('/karier/big.svg');
    expect(logoSource('data:image/png;base64,AAAA', () => 'never read', file)).toBe('data:image/png;base64,AAAA');
  });
});

describe('svgDataUri', () => {
  test('holds no character a URL or an HTML attribute may not, and decodes to the same drawing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const uri = svgDataUri(`<svg>${text}</svg>`);
        expect(uri).toMatch(/^data:image\/svg\+xml,[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$/);
        const svg = `<svg>${text}</svg>`;
        expect(dataUriBytes(uri).toString()).toBe((svg.includes("'") ? svg : svg.replace(/"/g, "'")).replace(/\s+/g, ' '));
      }),
    );
  });
});

describe('sitemapPages', () => {
  const head = (inner: string) => `<html><head>${inner}</head><body><link rel="canonical" href="https://x.example/body/"></body></html>`;
  const pages = [
    head('<link rel="canonical" href="https://x.example/peran/a/?x=1&amp;y=2"><link rel="alternate" hreflang="id" href="https://x.example/peran/a/"><link rel="alternate" hreflang="en" href="https://x.example/en/roles/a/"><link rel="alternate" hreflang="x-default" href="https://x.example/peran/a/">'),
    head('<link rel="canonical" href="https://x.example/old/"><meta name="robots" content="noindex">'),
    head('<title>404</title>'),
  ];

  test('lists each indexable page once with its twins, and leaves out noindex pages and pages without a canonical address', () => {
    expect(sitemapPages(pages)).toEqual([
      { url: 'https://x.example/peran/a/?x=1&y=2', links: [{ lang: 'id', url: 'https://x.example/peran/a/' }, { lang: 'en', url: 'https://x.example/en/roles/a/' }] },
    ]);
  });

  test('writes them as sitemap XML with escaped addresses and xhtml:link alternates', async () => {
    const xml = await sitemapXml(sitemapPages(pages));
    expect(xml).toContain('<loc>https://x.example/peran/a/?x=1&amp;y=2</loc>');
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/roles/a/"/>');
    expect(xml).not.toContain('/old/');
  });
});

test('robotsTxt points at the sitemap', () => {
  expect(robotsTxt('https://x.example/karier/sitemap.xml')).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https:\/\/x\.example\/karier\/sitemap\.xml\n$/);
});
