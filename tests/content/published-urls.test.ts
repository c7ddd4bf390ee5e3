/** This guide's committed list of published addresses against its built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { fileFor, htmlPages, page } from '../support/dist';
import { readPublishedUrls } from '../../src/lib/published-urls';

const listed = readPublishedUrls(readFileSync(join(import.meta.dirname, '../../src/content/published-urls.txt'), 'utf8'));

test('every published address still leads to a page, and every published section is on it', () => {
  expect(listed.length).toBeGreaterThan(200);
  for (const url of listed) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    expect(fileFor(path), url).toBeDefined();
    if (anchor) expect(page(path)(`[id="${anchor}"]`).length, url).toBe(1);
  }
});

test('the list is up to date: every page and every role section the site offers a link to is in it', () => {
  const pages = htmlPages().filter((p) => !p.endsWith('404.html') && !p.endsWith('/404/'));
  for (const path of pages) expect(listed, `${path}: run npm run urls`).toContain(path);
  for (const path of pages.filter((p) => /^\/(en\/roles|peran)\/[^/]+\/$/.test(p))) {
    for (const el of page(path)('a[data-section-link]').toArray()) expect(listed).toContain(`${path}${page(path)(el).attr('href')}`);
  }
});

test('_redirects sends a missing English address to the English 404', () => {
  expect(readFileSync(fileFor('/_redirects')!, 'utf8')).toContain('/en/* /en/404/ 404');
});
