/**
 * The only JavaScript content pages run: the theme code, inlined so it applies before first paint.
 * Kept as strings so the Content-Security-Policy can allow exactly these scripts by hash.
 */
import { createHash } from 'node:crypto';

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
