/**
 * What the web's conventions ask of a site besides its pages: a web app manifest with PNG icons,
 * a sitemap with each page's language twins, and a robots.txt that points at it. Written after the
 * build by src/integrations/built-site.ts from the built pages and the site config; the drawing and
 * the XML are in web-app-files.ts. Pure.
 */
import { attributeText } from './escape';

/** The icons a phone or a browser asks for: the manifest's, a maskable one, and Apple's touch icon. */
export const APP_ICONS = [
  { file: 'icons/icon-192.png', size: 192, maskable: false },
  { file: 'icons/icon-512.png', size: 512, maskable: false },
  { file: 'icons/maskable-512.png', size: 512, maskable: true },
  { file: 'icons/apple-touch-icon.png', size: 180, maskable: true },
] as const;

/** The address of the manifest and of Apple's touch icon, from the site's root. */
export const MANIFEST_FILE = 'manifest.webmanifest';
export const TOUCH_ICON_FILE = APP_ICONS.find((i) => i.file.endsWith('apple-touch-icon.png'))!.file;

/** What the manifest says about the site. */
export interface AppMarks {
  name: string;
  description: string;
  lang: string;
  /** The accent colour (the browser's bar) and a soft one (the splash screen behind the icon). */
  themeColor: string;
  backgroundColor: string;
}

/** The web app manifest of a site served under `base`. */
export function webManifest(marks: AppMarks, base: string): Record<string, unknown> {
  return {
    name: marks.name,
    short_name: marks.name,
    description: marks.description,
    lang: marks.lang,
    start_url: base,
    scope: base,
    display: 'standalone',
    theme_color: marks.themeColor,
    background_color: marks.backgroundColor,
    icons: APP_ICONS.filter((i) => i.file !== TOUCH_ICON_FILE).map((i) => ({
      src: `${base}${i.file}`,
      sizes: `${i.size}x${i.size}`,
      type: 'image/png',
      purpose: i.maskable ? 'maskable' : 'any',
    })),
  };
}

/** The largest SVG logo a page carries inline (bytes): a bigger one costs every page more than its one request. */
export const INLINE_LOGO_LIMIT = 1_500;

/**
 * The address every page gives its logo (favicon and header image). A small SVG logo in public/ goes
 * into the page as a data: URI, so a first visit fetches nothing but the page and its stylesheet before
 * it paints; a PNG or a large logo stays a file (`fileHref`), and a data: URI stays as it is.
 */
export function logoSource(logo: string, read: (file: string) => string, fileHref: (file: string) => string): string {
  if (logo.startsWith('data:')) return logo;
  if (!logo.endsWith('.svg')) return fileHref(logo);
  const svg = read(logo).trim();
  return Buffer.byteLength(svg) > INLINE_LOGO_LIMIT ? fileHref(logo) : svgDataUri(svg);
}

/**
 * An SVG as a data: URI, percent-encoding only what a URL may not hold (double quotes become single,
 * which SVG reads alike, unless the drawing already uses single ones): a third shorter than
 * encodeURIComponent, and valid for the Nu Html Checker.
 */
export function svgDataUri(svg: string): string {
  const text = (svg.includes("'") ? svg : svg.replace(/"/g, "'")).replace(/\s+/g, ' ');
  return `data:image/svg+xml,${text.replace(/[^A-Za-z0-9\-._~!$&'()*+,;=:@/]/gu, (c) => encodeURIComponent(c))}`;
}

/** The bytes of a data: URI (base64 or percent-encoded). */
export function dataUriBytes(uri: string): Buffer {
  const comma = uri.indexOf(',');
  const meta = uri.slice(5, comma);
  const data = uri.slice(comma + 1);
  return meta.endsWith(';base64') ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data), 'utf8');
}

/** A page of the sitemap: its address and its twins in every language, itself included. */
export interface SitemapPage {
  url: string;
  links: { lang: string; url: string }[];
}

/** The pages a sitemap lists, read from the built HTML: every page with a canonical address that is not noindex. */
export function sitemapPages(pages: Iterable<string>): SitemapPage[] {
  const out = new Map<string, SitemapPage>();
  for (const html of pages) {
    const head = html.slice(0, html.indexOf('</head>'));
    if (/<meta name="robots" content="[^"]*noindex/.test(head)) continue;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
    if (!canonical) continue;
    const links = [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
      .filter((m) => m[1] !== 'x-default')
      .map((m) => ({ lang: m[1]!, url: attributeText(m[2]!) }));
    out.set(attributeText(canonical), { url: attributeText(canonical), links });
  }
  return [...out.values()].sort((a, b) => a.url.localeCompare(b.url));
}

/** robots.txt: everything may be crawled, and here is the sitemap. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
