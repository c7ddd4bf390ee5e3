/** Reading the built site in dist/ for tests that check what every page contains. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';
import type { careerGraph } from '../../src/lib/open-data';
import { JOB_SEGMENT, PRINT_SEGMENT, SECTIONS, sitePath } from '../../src/lib/routes';
import { LOCALES } from '../../src/lib/model';

/** careers.json as parsed JSON (dates are strings there). */
export type CareerGraph = ReturnType<typeof careerGraph>;

/** The built site under test: dist/, or another build (npm run test:fork points it at the company example's). */
export const DIST = process.env.JENJANG_TEST_DIST ?? join(import.meta.dirname, '../../dist');

/** Fails early with a hint when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
}

/** Every HTML page of the site (dist/, or another built site) as its URL path (e.g. `/en/roles/team-leader/`), Pagefind's own files excluded. */
export function htmlPages(dist = DIST): string[] {
  if (dist === DIST) requireBuild();
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = `/${relative(dist, full).replaceAll('\\', '/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return out.sort();
}

/** The file in dist/ (or another built site) that serves a URL path, or undefined if none does. */
export function fileFor(path: string, dist = DIST): string | undefined {
  const clean = decodeURI(path.split('#')[0]!.split('?')[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** A page's parsed HTML. */
export function page(path: string): CheerioAPI {
  const file = fileFor(path);
  if (!file) throw new Error(`no file in dist/ for ${path}`);
  return load(readFileSync(file, 'utf8'));
}

/** The JSON-LD objects of a page. */
export function jsonLd($: CheerioAPI): Record<string, unknown>[] {
  return $('script[type="application/ld+json"]')
    .toArray()
    .map((el) => JSON.parse($(el).text()) as Record<string, unknown>);
}

/** The open data file as written by the build. */
export function careers(): CareerGraph {
  requireBuild();
  return JSON.parse(readFileSync(join(DIST, 'data/careers.json'), 'utf8'));
}

/** The text of an element with a space between any two tags, as a reader sees separate blocks. */
export function spacedText($: CheerioAPI, selector: string): string {
  return load(($.html($(selector)) ?? '').replace(/</g, ' <')).text();
}

/** Pages below the reading lists' index (lists and their booklets), in both languages. */
function belowLists(dist: string): string[] {
  const sections = Object.values(SECTIONS.lists).map((s) => `/${s}/`);
  return htmlPages(dist).filter((p) => sections.some((s) => p.replace(/^\/en\//, '/').startsWith(s) && p.replace(/^\/en\//, '/') !== s));
}

const isBooklet = (path: string) => Object.values(PRINT_SEGMENT).some((s) => path.endsWith(`/${s}/`));

/** The page of every reading list, in both languages (not the index, not the booklets). */
export function listPages(dist = DIST): string[] {
  const builders = builderPages();
  return belowLists(dist).filter((p) => !isBooklet(p) && !builders.includes(p));
}

/** The list builder's page in each language. */
export function builderPages(): string[] {
  return LOCALES.map((lang) => sitePath(lang, { view: 'list-builder' }));
}

/** The printable booklet of every reading list, in both languages. */
export function bookletPages(dist = DIST): string[] {
  return belowLists(dist).filter(isBooklet);
}

/** Every role's job description page, in both languages. */
export function jobDescriptionPages(dist = DIST): string[] {
  return htmlPages(dist).filter((p) => Object.values(JOB_SEGMENT).some((s) => p.endsWith(`/${s}/`)));
}

/** The compare page in each language. */
export function comparePages(): string[] {
  return LOCALES.map((lang) => sitePath(lang, { view: 'compare' }));
}

/** The page the service worker shows offline for a page it has not kept, in each language. */
export function offlinePages(): string[] {
  return LOCALES.map((lang) => sitePath(lang, { view: 'offline' }));
}
