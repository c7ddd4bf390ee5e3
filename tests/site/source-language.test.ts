/** A cited source's title is marked with its own language wherever the page is in another. */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/lib/model';
import { careers, htmlPages, page } from '../support/dist';

const sources = careers().sources as { id: string; title: string; language: string }[];
const languageOf = new Map(sources.map((s) => [s.title, s.language]));

describe.each(htmlPages().filter((p) => !p.includes('404')))('the cited titles on %s', (path) => {
  test('carry lang where the source is in another language than the page, and none where it is the same', () => {
    const $ = page(path);
    const pageLang = $('html').attr('lang')!;
    expect(LOCALES).toContain(pageLang);
    for (const cite of $('cite').toArray()) {
      const language = languageOf.get($(cite).text().trim());
      expect(language, `${$(cite).text()} is no source's title`).toBeDefined();
      expect($(cite).attr('lang'), $(cite).text()).toBe(language === pageLang ? undefined : language);
    }
  });
});

test('the English sources page marks the Indonesian titles, and there is at least one', () => {
  const $ = page('/en/sources/');
  const marked = $('cite[lang="id"]').toArray().map((c) => $(c).text());
  expect(marked.length).toBe(sources.filter((s) => s.language === 'id').length);
  expect(marked.length).toBeGreaterThan(0);
});
