/**
 * Finishes a built booklet page: an item that stands for one section of a guide keeps only that
 * heading and what follows it up to the next heading of its level, and the ids inside printed
 * bodies are dropped (the same guide may appear twice, and ids must be unique on a page).
 */
import { load } from 'cheerio';

/** Whether a built page is a booklet that needs finishing. */
export function isBooklet(html: string): boolean {
  return html.includes('data-booklet-body');
}

/** The booklet page with every section item trimmed to its section and no ids left inside bodies. */
export function finishBooklet(html: string): string {
  const $ = load(html);
  $('[data-booklet-section]').each((_, el) => {
    const body = $(el);
    const id = body.attr('data-booklet-section')!;
    const children = body.children().toArray();
    const start = children.findIndex((c) => $(c).attr('id') === id);
    if (start < 0) throw new Error(`booklet: no heading "${id}" to print (the content check should have caught this)`);
    const level = children[start]!.tagName;
    const end = children.findIndex((c, i) => i > start && /^h[1-6]$/.test(c.tagName) && c.tagName <= level);
    children.forEach((c, i) => {
      if (i < start || (end >= 0 && i >= end)) $(c).remove();
    });
  });
  $('[data-booklet-body] [id]').removeAttr('id');
  return $.html();
}
