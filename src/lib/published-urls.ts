/**
 * Links that never break. Recruiters keep links for years, so the site commits the list of every
 * address it has published (pages, and the sections of role pages) and the build refuses to drop one
 * unless a redirect keeps it. Pure: the build hands in the built pages and the redirects.
 */

/** The list as committed: one address per line, from the site's root; `#` starts a comment. */
export function readPublishedUrls(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The list to commit: a header, then every address, sorted. */
export function writePublishedUrls(urls: Iterable<string>): string {
  const header = [
    '# Every address this site has published. The build fails if one of them disappears without a redirect.',
    '# Regenerate after adding pages: npm run urls. Never delete a line; give a renamed entry formerIds instead.',
  ];
  return `${[...header, ...[...new Set(urls)].sort()].join('\n')}\n`;
}

/** The addresses a built site publishes: every page, and every section a role page offers a link to. */
export function publishedUrls(pages: ReadonlyMap<string, string>, isRolePage: (path: string) => boolean): string[] {
  const out: string[] = [];
  for (const [path, html] of pages) {
    out.push(path);
    if (!isRolePage(path)) continue;
    for (const m of html.matchAll(/<a\b[^>]*\bdata-section-link\b[^>]*>/g)) {
      const href = /\shref="#([^"]+)"/.exec(m[0])?.[1];
      if (href) out.push(`${path}#${href}`);
    }
  }
  return out;
}

/** A published address the built site no longer serves, and why. */
export interface VanishedUrl {
  url: string;
  reason: string;
}

/**
 * The published addresses the built site lost: a page that is gone with no redirect, or a section
 * that its page (or the page a redirect leads to) no longer has.
 */
export function vanishedUrls(published: readonly string[], pages: ReadonlyMap<string, string>, redirects: ReadonlyMap<string, string>): VanishedUrl[] {
  const out: VanishedUrl[] = [];
  for (const url of published) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    // A moved page is still a page (its redirect); what counts is the page it leads to.
    const target = redirects.get(path) ?? (pages.has(path) ? path : undefined);
    if (target === undefined || !pages.has(target)) {
      out.push({ url, reason: 'no page has this address any more, and no redirect leads from it' });
      continue;
    }
    if (anchor && !new RegExp(`\\sid="${anchor.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(pages.get(target)!)) {
      out.push({ url, reason: `the page ${target} has no section #${anchor} any more` });
    }
  }
  return out;
}
