/**
 * The only JavaScript content pages run: the theme code, inlined so it applies before first paint.
 * Kept as strings so the Content-Security-Policy can allow exactly these scripts by hash.
 */
import { createHash } from 'node:crypto';
import { transformSync } from 'esbuild';
import searchLoaderSource from '../scripts/search-loader.ts?raw';

/** Applies a theme the reader chose earlier; without one, CSS follows the system setting. */
export const THEME_INIT =
  "(()=>{const s=localStorage.getItem('theme');if(s==='dark'||s==='light')document.documentElement.classList.add(s)})();";

/** Reveals the theme button and makes it switch and remember light or dark. */
export const THEME_TOGGLE = `(()=>{const b=document.getElementById('theme-toggle');if(!b)return;const r=document.documentElement;
const dark=()=>r.classList.contains('dark')||(!r.classList.contains('light')&&matchMedia('(prefers-color-scheme: dark)').matches);
const sync=()=>b.setAttribute('aria-pressed',String(dark()));b.hidden=false;sync();
b.addEventListener('click',()=>{const next=dark()?'light':'dark';r.classList.remove('light','dark');r.classList.add(next);localStorage.setItem('theme',next);sync()})})();`;

/** The CSP source expression ('sha256-…' without quotes) that allows one inline script. */
export function cspHash(code: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}`;
}

/**
 * Loads search only when a reader asks for it (src/scripts/search-loader.ts, which says how):
 * compiled and minified here, once per build, to the string whose hash the CSP allows.
 */
export const SEARCH_LOADER = transformSync(searchLoaderSource, { loader: 'ts', minify: true, target: 'es2022', legalComments: 'none' }).code.trim();
