/**
 * Links between the built pages: every internal link must lead to a page that exists, and every
 * `#fragment` to an element on it. Run over dist/ by the build (src/integrations/built-site.ts),
 * so a broken link in prose stops `npm run build`, not only `npm test`.
 */

/** A link that leads nowhere. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const HREF = /<a\b[^>]*?\shref="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** The URL path a dist file serves: `peran/x/index.html` → `/peran/x/`. */
export function pathOfFile(relativeFile: string): string {
  const rel = `/${relativeFile.replaceAll('\\', '/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

const decodeHref = (href: string) => href.replaceAll('&amp;', '&');

/**
 * The broken internal links of a site, given each page's HTML by URL path. `base` is the deploy
 * prefix (e.g. "/karier/") that every internal link starts with; `otherFiles` are non-HTML files links may point at.
 */
export function brokenLinks(pages: ReadonlyMap<string, string>, otherFiles: ReadonlySet<string> = new Set(), base = '/'): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    let set = ids.get(path);
    if (!set) {
      set = new Set([...(pages.get(path) ?? '').matchAll(ID)].map((m) => m[1]!));
      ids.set(path, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    for (const [, raw] of html.matchAll(HREF)) {
      const href = decodeHref(raw!);
      if (!href.startsWith('/') && !href.startsWith('#')) continue;
      if (href.startsWith('//')) continue;
      const [pathAndQuery, fragment] = href.split('#') as [string, string | undefined];
      const path = pathAndQuery.split('?')[0]!;
      const target = path === '' ? page : decodeURI(path);
      if (path !== '' && !target.startsWith(base)) {
        broken.push({ page, href, reason: `it does not start with the site's base path ${base}` });
        continue;
      }
      if (!pages.has(target) && !otherFiles.has(target)) {
        broken.push({ page, href, reason: 'no page has this address' });
        continue;
      }
      if (fragment && pages.has(target) && !idsOf(target).has(decodeURIComponent(fragment))) {
        broken.push({ page, href, reason: `${target} has no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
