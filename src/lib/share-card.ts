/**
 * Where each page's share image lives and what it says: pages write their card into a meta tag, and
 * the build draws every card once the site is built (src/integrations/built-site.ts). Pure.
 */
import { attributeText } from './escape';

/** The share image's size, as og:image:width and og:image:height give it. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What a page's share image says. */
export interface CardText {
  title: string;
  /** Its kind and level, e.g. "Peran · Menengah", or its section. */
  kind: string;
  /** Its pay range and source, when it has one. */
  pay?: string;
}

/** The share image of a page from its route parameter (undefined for the Indonesian home), from the site's root. */
export function shareImagePath(param: string | undefined): string {
  return `og/${param ?? 'index'}.png`;
}

/** The card a built page carries in its head, or null when it has none or it is unreadable. */
export function cardOfPage(html: string): CardText | null {
  const match = /<meta name="jenjang:share-card" content="([^"]*)"/.exec(html);
  if (!match) return null;
  const decoded = attributeText(match[1]!);
  try {
    const card = JSON.parse(decoded) as Partial<CardText>;
    if (typeof card.title !== 'string' || typeof card.kind !== 'string') return null;
    return { title: card.title, kind: card.kind, ...(typeof card.pay === 'string' ? { pay: card.pay } : {}) };
  } catch {
    return null;
  }
}

/** The share image's address a built page names in its head (og:image), or null. */
export function shareImageOfPage(html: string): string | null {
  return /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1] ?? null;
}
