/**
 * The offline page's list of what this device has saved: every page the service worker keeps in the
 * page's language, by title. Without JavaScript (or saved pages) the page says what can be read offline.
 */
import { CACHE_PREFIX, requestKind } from '../lib/offline';

const root = document.querySelector<HTMLElement>('[data-offline-page]');
if (root) void list(root);
document.querySelector('[data-offline-retry]')?.addEventListener('click', () => location.reload());

async function list(root: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const own = root.dataset.offlinePage!;
  const others = (root.dataset.otherRoots ?? '').split(' ').filter((r) => r && r.startsWith(own) && r !== own);
  const base = document.documentElement.dataset.base || '/';
  const seen = new Map<string, string>();
  for (const name of (await caches.keys()).filter((n) => n.startsWith(CACHE_PREFIX))) {
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      const url = new URL(request.url);
      if (seen.has(url.pathname) || requestKind(url, location.origin, base, false) !== 'page') continue;
      if (!url.pathname.startsWith(own) || others.some((r) => url.pathname.startsWith(r))) continue;
      const html = await (await cache.match(request))!.text();
      // The offline pages themselves and the 404s are not reading.
      if (/<meta name="robots" content="noindex"/.test(html)) continue;
      const title = new DOMParser().parseFromString(html, 'text/html').title.trim();
      seen.set(url.pathname, title);
    }
  }
  // Titles end in the site's name, as this page's own does: the list shows them without it.
  const suffix = document.title.includes(' · ') ? document.title.slice(document.title.lastIndexOf(' · ')) : '';
  const items = [...seen].sort((a, b) => a[1].localeCompare(b[1], document.documentElement.lang));
  const ul = root.querySelector('[data-saved-pages]')!;
  for (const [path, title] of items) {
    const a = Object.assign(document.createElement('a'), { href: path, textContent: suffix && title.endsWith(suffix) ? title.slice(0, -suffix.length) : title });
    const li = document.createElement('li');
    li.append(a);
    ul.append(li);
  }
  root.querySelector<HTMLElement>('[data-saved-none]')!.hidden = items.length > 0;
}
