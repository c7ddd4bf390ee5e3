import { describe, expect, test } from 'vitest';
import { bookletPages, listPages, page } from '../support/dist';

const lists = listPages();
const booklets = bookletPages();

test('every reading list links to its booklet, and every booklet exists', () => {
  expect(lists.length).toBeGreaterThan(0);
  for (const path of lists) {
    const href = page(path)('a[data-booklet-link]').attr('href');
    expect(href, path).toBeDefined();
    expect(booklets, path).toContain(href);
  }
});

describe.each(booklets)('the booklet %s', (path) => {
  const $ = page(path);
  const list = page(path.replace(/[^/]+\/$/, ''));
  const items = list('[data-item]').toArray().map((el) => list(el).attr('data-item')!);

  test('has a cover, contents and every item of the list in order, each with its reason', () => {
    expect($('.booklet-cover h1').text()).toBe(list('h1').text());
    expect($('.booklet-contents li li')).toHaveLength(items.length);
    expect($('.booklet-item').toArray().map((el) => $(el).attr('id'))).toEqual(items.map((id) => `item-${id}`));
    for (const id of items) expect($(`#item-${id}`).text()).toContain(list(`[data-item="${id}"] p`).first().text());
  });

  test('prints the text of every page item, and only the section of a section item', () => {
    for (const el of $('[data-booklet-body]').toArray()) {
      const body = $(el);
      expect(body.text().trim().length, body.closest('.booklet-item').attr('id')).toBeGreaterThan(40);
      if (body.attr('data-booklet-section')) {
        const first = body.children().first();
        expect(first.is('h4'), body.closest('.booklet-item').attr('id')).toBe(true);
        expect(body.children('h4')).toHaveLength(1);
      }
    }
  });

  test('prints every link of the text as a full address', () => {
    for (const el of $('[data-booklet-body] a').toArray()) expect($(el).attr('href'), path).toMatch(/^(https?:\/\/|mailto:)/);
  });
});
