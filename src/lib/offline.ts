/**
 * What the service worker (src/scripts/service-worker.ts) keeps for reading offline, and how it tells
 * requests apart: pure rules, so the worker, the build and the tests share one definition.
 */

/** Every cache the worker makes starts with this, so it can find and delete the ones of older deploys. */
export const CACHE_PREFIX = 'jenjang-';

/** The one cache a deploy's worker uses: pages together with the files they need, named by the deploy. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** The worker's file in the site's root; pages register it with the site's base as its scope. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What the build tells the worker: its deploy, the site's base, what to fetch at once, the offline pages. */
export interface OfflineConfig {
  /** A hash of every file of the deploy: a new deploy is a new worker and a new cache. */
  version: string;
  /** The deploy prefix, "/" or "/karier/". */
  base: string;
  /** Paths fetched when the worker installs: the offline pages and the files every page needs. */
  precache: string[];
  /** The offline page of each language, by the path prefix its pages start with (longest first). */
  offlinePages: { prefix: string; path: string }[];
}

/** How the worker treats a request. */
export type RequestKind = 'page' | 'file' | 'search-entry' | 'pass';

/**
 * A page (network first, the cached copy offline), a file (cache first: its name changes with its
 * content, or it belongs to this deploy), Pagefind's entry file (network first, since it names the
 * index files of the deploy that is live), or one the worker leaves to the browser.
 */
export function requestKind(url: URL, origin: string, base: string, navigate: boolean): RequestKind {
  if (url.origin !== origin || !url.pathname.startsWith(base)) return 'pass';
  const path = url.pathname.slice(base.length);
  // The worker itself, share images (for link previews, not readers) and the open data (always fresh).
  if (path === SERVICE_WORKER_FILE || path.startsWith('og/') || path.startsWith('data/')) return 'pass';
  if (navigate || path === '' || path.endsWith('/') || path.endsWith('.html')) return 'page';
  if (path === 'pagefind/pagefind-entry.json') return 'search-entry';
  return 'file';
}

/** The key a page (or Pagefind's entry file) is kept under: its address without query or fragment (?list=… is state the page reads). */
export function pageKey(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/** The offline page for an address: the one of the language whose prefix the path starts with. */
export function offlinePageFor(path: string, pages: OfflineConfig['offlinePages']): string | undefined {
  return [...pages].sort((a, b) => b.prefix.length - a.prefix.length).find((p) => path.startsWith(p.prefix))?.path;
}

const ATTRIBUTE = /<(link|script)\b([^>]*)>/gi;

/**
 * The same-origin files a page needs to look as it did: its stylesheets, scripts, icons and manifest.
 * Kept with the page, so an offline copy never shows without its styles or with another deploy's.
 */
export function pageFiles(html: string, pageUrl: string): string[] {
  const page = new URL(pageUrl);
  const files = new Set<string>();
  for (const [, tag, attrs] of html.matchAll(ATTRIBUTE)) {
    const rel = /\brel="([^"]*)"/i.exec(attrs!)?.[1]?.toLowerCase() ?? '';
    const target = tag!.toLowerCase() === 'script' ? /\bsrc="([^"]*)"/i.exec(attrs!)?.[1] : /\bhref="([^"]*)"/i.exec(attrs!)?.[1];
    if (!target) continue;
    if (tag!.toLowerCase() === 'link' && !/\b(stylesheet|icon|manifest|apple-touch-icon|modulepreload)\b/.test(rel)) continue;
    const url = new URL(target.replaceAll('&amp;', '&'), page);
    if (url.origin === page.origin) files.add(url.href);
  }
  return [...files];
}

/** Messages between the pages and the worker. */
export type WorkerMessage =
  /** From the update notice: the reader wants the new deploy now. */
  | { type: 'activate-update' }
  /** From a reading list: keep these pages (and their files) for reading offline. */
  | { type: 'save'; urls: string[] };

/** The worker's answer to a `save`, posted as each page is done and at the end. */
export interface SaveProgress {
  done: number;
  total: number;
  failed: number;
  finished: boolean;
}
