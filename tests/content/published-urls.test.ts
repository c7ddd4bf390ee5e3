/** This guide's committed list of published addresses against its built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { expect, test } from 'vitest';
import { fileFor, htmlPages, page } from '../support/dist';
import { readPublishedUrls } from '../../src/lib/published-urls';

const listed = readPublishedUrls(readFileSync(join(import.meta.dirname, '../../src/content/published-urls.txt'), 'utf8'));
const parsed = new Map<string, CheerioAPI>();
/** Each page parsed once: the list names a role page once per section. */
const pageOnce = (path: string) => parsed.get(path) ?? parsed.set(path, page(path)).get(path)!;

test('every published address still leads to a page, and every published section is on it', { timeout: 60_000 }, () => {
  expect(listed.length).toBeGreaterThan(200);
  for (const url of listed) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    expect(fileFor(path), url).toBeDefined();
    if (anchor) expect(pageOnce(path)(`[id="${anchor}"]`).length, url).toBe(1);
  }
});

test('the list is up to date: every page and every role section the site offers a link to is in it', { timeout: 60_000 }, () => {
  const known = new Set(listed);
  const pages = htmlPages().filter((p) => !p.endsWith('404.html') && !p.endsWith('/404/'));
  for (const path of pages) expect(known.has(path), `${path}: run npm run urls`).toBe(true);
  for (const path of pages.filter((p) => /^\/(en\/roles|peran)\/[^/]+\/$/.test(p))) {
    const $ = pageOnce(path);
    for (const el of $('a[data-section-link]').toArray()) expect(known.has(`${path}${$(el).attr('href')}`), `${path}${$(el).attr('href')}: run npm run urls`).toBe(true);
  }
});

test('_redirects sends a missing English address to the English 404', () => {
  expect(readFileSync(fileFor('/_redirects')!, 'utf8')).toContain('/en/* /en/404/ 404');
});
