/** Byte budgets measured over dist/: what a reader downloads, gzip-compressed as a host would serve it. */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, fileFor, page } from './dist.ts';

/** Gzipped size of a file in dist/ (or of bytes already read), in bytes. */
export function gzipBytes(file: string | Buffer): number {
  return gzipSync(typeof file === 'string' ? readFileSync(file) : file, { level: 9 }).length;
}

/** Bytes a host sends for a file in dist/: gzipped, except Pagefind's index files and WebAssembly, which are gzip already and go as they are. */
export function servedBytes(path: string): number {
  return /\.pf_\w+$|\.pagefind$/.test(path) ? statSync(path).size : gzipBytes(path);
}

/** The gzipped HTML, CSS, JavaScript, fonts, icon and images a page loads before any interaction. */
export function pageWeight(path: string): { html: number; css: number; js: number; fonts: number; icons: number } {
  const $ = page(path);
  const html = gzipBytes(fileFor(path)!);
  const css = $('link[rel="stylesheet"]')
    .toArray()
    .reduce((sum, el) => sum + gzipBytes(join(DIST, $(el).attr('href')!)), 0);
  const js = $('script[src]')
    .toArray()
    .reduce((sum, el) => sum + gzipBytes(join(DIST, $(el).attr('src')!)), 0);
  const sheets = $('link[rel="stylesheet"]').toArray().map((el) => readFileSync(join(DIST, $(el).attr('href')!), 'utf8'));
  // Fonts a stylesheet or a preload asks for, and the icon the browser fetches with the page.
  const fontFiles = new Set([
    ...sheets.flatMap((css) => [...css.matchAll(/url\(['"]?(\/[^'")]+\.(?:woff2?|ttf|otf))/g)].map((m) => m[1]!)),
    ...$('link[rel="preload"][as="font"]').toArray().map((el) => $(el).attr('href')!),
  ]);
  const fonts = [...fontFiles].reduce((sum, f) => sum + statSync(join(DIST, f)).size, 0);
  // The favicon and the images the page loads at once (the header's logo), each file once; a data: URI is part of the HTML already.
  const iconFiles = new Set([
    ...$('link[rel="icon"]').toArray().map((el) => $(el).attr('href')!),
    ...$('img:not([loading="lazy"])').toArray().map((el) => $(el).attr('src') ?? ''),
  ]);
  const icons = [...iconFiles].filter((href) => href.startsWith('/')).reduce((sum, href) => sum + gzipBytes(join(DIST, href)), 0);
  return { html, css, js, fonts, icons };
}

/** Budgets in bytes (gzip). Each island adds its own line here. */
export const BUDGETS = {
  /** A role page's HTML and CSS together. */
  rolePageHtmlCss: 30_000,
  /** Everything a role page's first visit sends: HTML, CSS, fonts, icon and images (issue 15 asks for at most 20 kB). */
  rolePageFirstVisit: 20_000,
  /** JavaScript files a content page loads (its theme code is inline). */
  contentPageJs: 0,
  /** The reading lists' progress script, on a list page only (issue 12 asks for at most 8 kB). */
  readingListJs: 8_000,
  /** The inline check on every page that loads the list bar only for a reader working through a list. */
  listCheck: 1_000,
  /** A job description's copy buttons, on its page only (the shared helpers it imports counted with it). */
  jobDescriptionJs: 2_000,
  /** The compare page's columns script, on that page only. */
  comparePageJs: 3_000,
  /** The ladder island, on the ladder page only. */
  ladderIslandJs: 12_000,
  /** Pagefind's Component UI as this site ships it (/pagefind/search-ui.js), loaded when search opens. */
  searchUiJs: 20_000,
  /** Its stylesheet (/pagefind/search-ui.css). */
  searchUiCss: 6_000,
  /**
   * Everything a one-word search fetches before its first results, at worst: the UI, Pagefind's runtime and
   * WebAssembly, the language's metadata and filters, its largest index chunk and five largest result fragments.
   * Issue 6 asks for 100 kB; Pagefind's runtime and WebAssembly alone are 71 kB and its index chunks about 25 kB
   * (see the README), so this guards the 128 kB we reach against growth rather than stating the goal.
   */
  searchFirstResults: 140_000,
  /**
   * What reading offline costs, fetched after a first visit has loaded and never before it: the
   * service worker, the offline pages and the files they need, and the update notice.
   */
  offlineInstall: 30_000,
  /** The offline page's list of saved pages, on that page only. */
  offlinePageJs: 2_000,
} as const;
