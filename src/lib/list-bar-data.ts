/**
 * What the list bar needs to show on a page reached from a list, curated or built. Curated lists
 * come from /data/reading-lists.json; a built list lives only in its link, so its page leaves the
 * bar a copy in this browser. Pure, so the scripts and the tests share it.
 */

/** A list as the bar shows it, in the page's language. */
export interface BarList {
  title: string;
  /** The list's own page. */
  url: string;
  items: { id: string; href: string }[];
}

/** The address an item of a list opens at from the list: its page, marked so the list bar shows there. */
export function itemHref(href: string, listId: string, itemId: string): string {
  const [path, hash] = href.split('#');
  return `${path}?list=${encodeURIComponent(listId)}&item=${encodeURIComponent(itemId)}${hash ? `#${hash}` : ''}`;
}

/** A built list's id: the same link gives the same id, so its progress and its bar find each other. */
export function builtListId(hash: string): string {
  return `built-${hash}`;
}

/** Where a built list's page leaves the bar its copy. */
export function barListKey(listId: string): string {
  return `jenjang:list:${listId}`;
}

/** The copy a built list's page leaves for the bar. */
export function storeBarList(list: BarList): string {
  return JSON.stringify({ v: 1, ...list });
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TITLE_MAX = 200;

/**
 * A stored copy read back, or null when it is unreadable or not this site's: the list's page must
 * be on `origin`, every item a list id with a web address (never `javascript:`), the title short text.
 */
export function readBarList(raw: string | null, origin: string): BarList | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as { v?: unknown; title?: unknown; url?: unknown; items?: unknown };
    const onSite = (href: unknown): href is string => typeof href === 'string' && new URL(href, origin).origin === origin;
    const onWeb = (href: unknown): href is string => typeof href === 'string' && /^https?:$/.test(new URL(href, origin).protocol);
    if (value.v !== 1 || typeof value.title !== 'string' || value.title.length > TITLE_MAX || !onSite(value.url) || !Array.isArray(value.items)) return null;
    const items = value.items.filter((i): i is { id: string; href: string } => typeof i?.id === 'string' && ID.test(i.id) && onWeb(i.href));
    if (items.length !== value.items.length || items.length === 0) return null;
    return { title: value.title, url: value.url, items: items.map(({ id, href }) => ({ id, href })) };
  } catch {
    return null;
  }
}
