/**
 * The 1200×630 PNG a link preview shows (LinkedIn, WhatsApp, Slack): laid out by satori (flexbox,
 * text as paths) in the site's own Inter, rasterised by sharp (libvips; faster here than resvg: 18 ms
 * against 35 ms a card). Text reaches satori as element
 * children, never as markup, so no content string can become an element.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { SHARE_IMAGE_SIZE, cardOfPage, shareImageOfPage, type CardText } from './share-card';

/** What a card says, and the site's marks around it. */
export interface ShareCard extends CardText {
  siteName: string;
  tagline: string;
  /** The site's logo as a data: URI (SVG or PNG), or none. */
  logo?: string | undefined;
  /** The accent colour (#rrggbb) and the text colour on it. */
  accent: string;
  accentInk: string;
}


const fontFile = (weight: number) => createRequire(import.meta.url).resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
// The latin-ext subset carries the letters of Indonesian names and loanwords the latin one lacks.
const extFile = (weight: number) => createRequire(import.meta.url).resolve(`@fontsource/inter/files/inter-latin-ext-${weight}-normal.woff`);
let fonts: { name: string; data: Buffer; weight: 400 | 700 | 800; style: 'normal' }[] | undefined;
function loadFonts() {
  fonts ??= ([400, 700, 800] as const).flatMap((weight) => [
    { name: 'Inter', data: readFileSync(fontFile(weight)), weight, style: 'normal' as const },
    { name: 'Inter', data: readFileSync(extFile(weight)), weight, style: 'normal' as const },
  ]);
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string; src?: string; width?: number; height?: number } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

// Satori sizes boxes without their padding and border: the frame is the canvas less both.
const PAD_X = 72;
const PAD_Y = 52;
const BAR = 16;

/** The card as PNG bytes. */
export async function shareImage(card: ShareCard): Promise<Buffer> {
  return rasterise(await layOut(card));
}

/** The card as SVG, its text as paths. */
async function layOut(card: ShareCard): Promise<string> {
  const title = card.title.length > 110 ? `${card.title.slice(0, 107)}…` : card.title;
  const tree = el(
    'div',
    { width: SHARE_IMAGE_SIZE.width - 2 * PAD_X, height: SHARE_IMAGE_SIZE.height - 2 * PAD_Y - BAR, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: `${PAD_Y}px ${PAD_X}px`, background: '#fbfaf7', color: '#1c1b22', fontFamily: 'Inter', borderTop: `${BAR}px solid ${card.accent}` },
    el(
      'div',
      { display: 'flex', alignItems: 'center', gap: '20px', fontSize: 34, fontWeight: 800 },
      card.logo
        ? { type: 'img', props: { src: card.logo, width: 56, height: 56, style: { width: 56, height: 56 } } }
        : el('div', { width: 56, height: 56, borderRadius: 12, background: card.accent, color: card.accentInk, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 32 }, card.siteName.slice(0, 1).toUpperCase()),
      card.siteName,
    ),
    el(
      'div',
      { display: 'flex', flexDirection: 'column', gap: '22px', width: 1056 },
      el('div', { fontSize: 30, fontWeight: 700, color: card.accent, width: 1056 }, card.kind),
      el('div', { fontSize: title.length > 40 ? 56 : 68, fontWeight: 800, lineHeight: 1.1, letterSpacing: '-0.02em', width: 1056 }, title),
      ...(card.pay ? [el('div', { fontSize: 30, fontWeight: 400, color: '#55535f', width: 1056 }, card.pay)] : []),
    ),
    el('div', { fontSize: 26, color: '#55535f', width: 1056 }, card.tagline),
  );
  return satori(tree as never, { ...SHARE_IMAGE_SIZE, fonts: loadFonts() });
}

/** An SVG card as PNG bytes. */
function rasterise(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The site's marks every card carries, from the site config. */
export interface SiteMarks {
  siteName: string;
  tagline: Record<string, string>;
  accent: string;
  accentInk: string;
  logo?: string | undefined;
}

/** The drawing itself, as a cache key: a card drawn by other code, fonts or libraries is drawn again. */
function drawingKey(): string {
  const version = (name: string) => (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  return [layOut.toString(), rasterise.toString(), PAD_X, PAD_Y, BAR, version('satori'), version('sharp'), version('@fontsource/inter')].join('\n');
}

/**
 * Draws the share image of every built page that names one, into the built site. A card drawn before
 * (same words, same marks, same layout) is copied from `cacheDir` instead of drawn again.
 */
export async function writeShareImages(pages: ReadonlyMap<string, string>, site: string, base: string, cacheDir: string, marks: SiteMarks): Promise<{ drawn: number; cached: number; largest: number }> {
  await mkdir(cacheDir, { recursive: true });
  const drawing = drawingKey();
  let drawn = 0;
  let cached = 0;
  let largest = 0;
  // satori lays a card out on this thread; sharp rasterises on its own threads, so a few cards are
  // rasterised while the next ones are laid out (about twice as fast on two cores).
  const inFlight = new Set<Promise<void>>();
  for (const html of pages.values()) {
    const card = cardOfPage(html);
    const image = shareImageOfPage(html);
    if (!card || !image) continue;
    const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
    const full: ShareCard = { ...card, ...marks, tagline: marks.tagline[lang] ?? '' };
    const key = createHash('sha256').update(drawing).update(JSON.stringify(full)).digest('hex').slice(0, 24);
    const cacheFile = join(cacheDir, `${key}.png`);
    const file = join(site, new URL(image).pathname.slice(base.length));
    const job = (async () => {
      let png: Buffer;
      try {
        png = await readFile(cacheFile);
        cached++;
      } catch {
        png = await rasterise(await layOut(full));
        await writeFile(cacheFile, png);
        drawn++;
      }
      largest = Math.max(largest, png.length);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, png);
    })();
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
    if (inFlight.size >= 4) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { drawn, cached, largest };
}
