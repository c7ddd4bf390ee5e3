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

/**
 * Loads search only when a reader asks for it: a click on the header's search link, "/" or
 * Ctrl/Cmd+K (or at once on the search page, which also reads and writes ?q=). Until then no search
 * code or index is fetched. The UI's markup is a <template> the page already carries, in its language.
 * A page opened from a result (?highlight=…) loads Pagefind's highlighter to mark the words. Paths start
 * from the base the page declares on <html data-base>, so one script (one hash) serves any sub-path.
 * Pagefind's filter triggers are comboboxes, which take no name from their text: the loader names each one
 * as it is rendered (a MutationObserver, so no moment passes with an unnamed control).
 * Pagefind's modal catches Escape before an open filter menu sees it and closes the whole search; the loader
 * lets Escape close just the menu first (a capturing listener on the document runs before the modal's).
 */
export const SEARCH_LOADER = `(()=>{const $=s=>document.querySelector(s),tpl=$('#search-ui'),page=$('[data-search-page]'),B=document.documentElement.dataset.base||'/';let p;
const add=(tag,attrs)=>new Promise((ok,no)=>{const e=Object.assign(document.createElement(tag),attrs,{onload:ok,onerror:no});document.head.append(e)});
const name=()=>{for(const d of document.querySelectorAll('pagefind-filter-dropdown')){const b=d.querySelector('.pf-dropdown-trigger');if(b&&!b.hasAttribute('aria-label'))b.setAttribute('aria-label',d.getAttribute('label'))}};
const load=()=>p??=(()=>{if(!page&&tpl)document.body.append(tpl.content.cloneNode(true));new MutationObserver(name).observe(document.body,{subtree:true,childList:true});
document.addEventListener('keydown',e=>{const d=e.key==='Escape'&&document.activeElement?.closest('pagefind-filter-dropdown');if(d&&d.querySelector('.pf-dropdown-trigger.open')){e.preventDefault();e.stopPropagation();d.close()}},true);
return Promise.all([add('link',{rel:'stylesheet',href:B+'pagefind/search-ui.css'}),add('script',{src:B+'pagefind/search-ui.js'})]).then(()=>{
const i=PagefindComponents.getInstanceManager().getInstance('default');
i.on('results',r=>{for(const e of document.querySelectorAll('[data-search-empty]'))e.hidden=!(i.searchTerm&&r.results.length===0)});return i})})();
const open=e=>{e&&e.preventDefault();load().then(()=>$('pagefind-modal')?.open())};
if(page){load().then(i=>{const q=new URLSearchParams(location.search).get('q');if(q)i.triggerSearch(q);
i.on('search',t=>{const u=new URL(location.href);t?u.searchParams.set('q',t):u.searchParams.delete('q');history.replaceState(null,'',u)})})}
else{$('[data-search-trigger]')?.addEventListener('click',e=>{if(!e.metaKey&&!e.ctrlKey&&!e.shiftKey)open(e)});
document.addEventListener('keydown',e=>{const a=document.activeElement,typing=a&&/^(INPUT|TEXTAREA|SELECT)$/.test(a.tagName)||a?.isContentEditable;
if((e.key==='/'&&!typing&&!$('dialog[open]'))||(e.key.toLowerCase()==='k'&&(e.metaKey||e.ctrlKey)))open(e)})}
if(new URLSearchParams(location.search).has('highlight'))add('script',{src:B+'pagefind/pagefind-highlight.js',type:'module'}).then(()=>new PagefindHighlight({highlightParam:'highlight',addStyles:false}))})();`;
