/** The files of web-app.ts that need a library: app icons drawn with sharp, the sitemap written by `sitemap`. */
import sharp from 'sharp';
import { SitemapStream, streamToPromise } from 'sitemap';
import type { SitemapPage } from './web-app';

/**
 * One icon as PNG: the logo filling the square, or for a maskable icon (which a phone crops to a
 * circle or a rounded square) the logo at 60 % on the background colour, inside the safe zone.
 */
export async function appIcon(logo: Buffer, size: number, maskable: boolean, background: string): Promise<Buffer> {
  const inner = maskable ? Math.round(size * 0.6) : size;
  const drawn = await sharp(logo, { density: Math.max(72, Math.ceil((72 * inner) / 32)) }).resize(inner, inner, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } }).png().toBuffer();
  if (!maskable) return drawn;
  return sharp({ create: { width: size, height: size, channels: 4, background } })
    .composite([{ input: drawn, gravity: 'centre' }])
    .png()
    .toBuffer();
}

/** The sitemap XML, each page with its hreflang alternates (the `sitemap` package writes and escapes it). */
export async function sitemapXml(pages: readonly SitemapPage[]): Promise<string> {
  const stream = new SitemapStream({ xmlns: { news: false, xhtml: true, image: false, video: false } });
  for (const p of pages) stream.write({ url: p.url, links: p.links });
  stream.end();
  return (await streamToPromise(stream)).toString('utf8');
}

