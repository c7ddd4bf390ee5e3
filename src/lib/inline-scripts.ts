/**
 * The only JavaScript content pages run: the theme code, inlined so it applies before first paint.
 * Kept as strings so the Content-Security-Policy can allow exactly these scripts by hash.
 */
import { createHash } from 'node:crypto';
import { buildSync, transformSync } from 'esbuild';
import { resolve } from 'node:path';
import searchLoaderSource from '../scripts/search-loader.ts?raw';
import { dictionaries } from '../i18n/ui';
import { SERVICE_WORKER_FILE } from './offline';
import { MANIFEST_FILE } from './web-app';

/** Applies a theme the reader chose earlier; without one, CSS follows the system setting. */
export const THEME_INIT =
  "(()=>{const s=localStorage.getItem('theme');if(s==='dark'||s==='light')document.documentElement.classList.add(s)})();";

/** Reveals the theme choice and makes it apply and remember the system setting, light or dark. */
export const THEME_TOGGLE = `(()=>{const c=document.getElementById('theme-choice'),s=document.getElementById('theme-select');if(!c||!s)return;const r=document.documentElement;
const v=localStorage.getItem('theme');s.value=v==='light'||v==='dark'?v:'auto';c.hidden=false;
s.addEventListener('change',()=>{r.classList.remove('light','dark');if(s.value==='auto')localStorage.removeItem('theme');else{r.classList.add(s.value);localStorage.setItem('theme',s.value)}})})();`;

/** The CSP source expression ('sha256-…' without quotes) that allows one inline script. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * Loads search only when a reader asks for it (src/scripts/search-loader.ts, which says how):
 * compiled and minified here, once per build, to the string whose hash the CSP allows.
 */
export const SEARCH_LOADER = transformSync(searchLoaderSource, { loader: 'ts', minify: true, target: 'es2022', legalComments: 'none' }).code.trim();

/**
 * One of the site's own scripts in src/scripts/, bundled and minified by esbuild into a single file
 * (outside Vite: the list bar, the update notice, the service worker), with build-time values in `define`.
 */
export function bundleScript(file: string, format: 'esm' | 'iife', define: Record<string, string> = {}): string {
  return buildSync({
    // From the project root, where every build runs: this module itself is bundled elsewhere.
    entryPoints: [resolve('src/scripts', file)],
    bundle: true,
    write: false,
    format,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    define,
  }).outputFiles[0]!.text;
}

/** A bundled script's file name in the site's root, from its content: `list-bar.3f9a1c2e.js`. */
const hashedName = (name: string, code: string) => `${name}.${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;

/**
 * The list bar (src/scripts/list-bar.ts), bundled once per build into one small file with a name
 * from its hash: a page loads it only when the inline check below finds it was reached from a list.
 */
export const LIST_BAR = bundleScript('list-bar.ts', 'esm');

/** The list bar's file name in the site's root, e.g. `list-bar.3f9a1c2e.js`. */
export const LIST_BAR_FILE = hashedName('list-bar', LIST_BAR);

/** On every content page: loads the list bar only when the address says the reader came from a reading list. */
export const LIST_CHECK = `(()=>{if(!/[?&]list=/.test(location.search))return;const s=document.createElement('script');s.type='module';s.src=(document.documentElement.dataset.base||'/')+${JSON.stringify(LIST_BAR_FILE)};document.body.append(s)})();`;

/**
 * On every page: a section's link control also copies the section's full address, and the language
 * switch keeps the reader's place (the section anchor, and state such as the ladder's ?from&to).
 */
export const PAGE_LINKS = `(()=>{document.addEventListener('click',e=>{const a=e.target instanceof Element&&e.target.closest('a[data-section-link]');if(!a||!navigator.clipboard)return;const h=a.getAttribute('href');navigator.clipboard.writeText(location.origin+location.pathname+h).then(()=>{const n=a.querySelector('[data-section-note]');if(!n)return;n.textContent=a.closest('[data-copied]')?.dataset.copied||'';setTimeout(()=>{n.textContent=''},2500)},()=>{})});
const t=document.querySelector('a[data-twin]');if(!t)return;const b=t.href.split('#')[0].split('?')[0];const s=()=>{t.href=b+location.search+location.hash};for(const k of['pointerdown','focus','click','mouseenter'])t.addEventListener(k,s)})();`;

/** The words of the update notice in every language; the notice picks the page's. */
const NOTICE_WORDS = Object.fromEntries(
  Object.entries(dictionaries).map(([lang, d]) => [lang, { ready: d['update.ready'], reload: d['update.reload'], later: d['update.later'] }]),
);

/** The update notice (src/scripts/update-notice.ts), bundled once per build like the list bar. */
export const UPDATE_NOTICE = bundleScript('update-notice.ts', 'esm', { NOTICE_WORDS: JSON.stringify(NOTICE_WORDS) });

/** The update notice's file name in the site's root, e.g. `update-notice.3f9a1c2e.js`. */
export const UPDATE_NOTICE_FILE = hashedName('update-notice', UPDATE_NOTICE);

/**
 * On every page, once its text has painted (the first-contentful-paint entry, or a frame after the
 * load event where a browser does not report paints): links the web app manifest and registers the
 * service worker that keeps pages for reading offline (src/scripts/service-worker.ts). A browser fetches
 * a manifest as soon as it sees its link, and then its icon, so neither competes with the page's own
 * requests before the reader sees text. (Chrome reads a manifest link only as a child of <head>, so a
 * <noscript> one would do nothing: without JavaScript there is no manifest, as there is no offline reading.)
 * On a page the worker already serves, the update notice comes too (from the worker's cache), to tell
 * the reader when a newer deploy is ready.
 */
export const WEB_APP = `(()=>{const d=document,b=d.documentElement.dataset.base||'/',n=navigator.serviceWorker,P=window.PerformanceObserver,go=()=>setTimeout(()=>{d.head.append(Object.assign(d.createElement('link'),{rel:'manifest',href:b+${JSON.stringify(MANIFEST_FILE)}}));n?.register(b+${JSON.stringify(SERVICE_WORKER_FILE)},{scope:b}).then(()=>n.controller&&import(b+${JSON.stringify(UPDATE_NOTICE_FILE)}),()=>{})});
addEventListener('load',()=>P?.supportedEntryTypes?.includes('paint')?new P((l,o)=>{l.getEntriesByName('first-contentful-paint')[0]&&(o.disconnect(),go())}).observe({type:'paint',buffered:!0}):requestAnimationFrame(go))})();`;

/**
 * The scripts at the end of every page, as one inline script (one CSP hash): the theme choice, search,
 * list bar, links, the web app and offline. At the end, so that no script runs before the page's text is parsed and painted.
 */
export const PAGE_END = [THEME_TOGGLE, SEARCH_LOADER, LIST_CHECK, PAGE_LINKS, WEB_APP].join('\n');
