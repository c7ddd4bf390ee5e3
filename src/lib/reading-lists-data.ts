/**
 * Every curated reading list as open data (/data/reading-lists.json): each item's title and address
 * per language, and the list bar's words. The list bar reads it; a company may too.
 */
import type { Catalog } from './catalog';
import { textOf } from './catalog';
import { LOCALES, type Locale } from './model';
import { listPage, type ReadingRate } from './pages/list-page';
import { pathTo } from './routes';
import { dictionaries } from '../i18n/ui';
import { itemHref } from './list-bar-data';

/** The file's shape. */
export interface ReadingListsData {
  version: 1;
  lists: {
    id: string;
    url: Record<Locale, string>;
    title: Record<Locale, string>;
    minutes: Record<Locale, number>;
    items: { id: string; required: boolean; title: Record<Locale, string>; href: Record<Locale, string>; minutes: Record<Locale, number | null> }[];
  }[];
  text: Record<Locale, { bar: string; position: string; done: string; previous: string; next: string }>;
}

/** The open data of every list, with each language's times at its reading rate. */
export function readingListsData(catalog: Catalog, rates: Record<Locale, ReadingRate>): ReadingListsData {
  const per = <T>(f: (lang: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, T>;
  const pages = per((lang) => new Map(catalog.lists.map((l) => [l.id, listPage(catalog, l.id, lang, rates[lang])])));
  return {
    version: 1,
    lists: [...catalog.lists]
      .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
      .map((list) => {
        const items = per((lang) => pages[lang].get(list.id)!.steps.flatMap((s) => s.items));
        return {
          id: list.id,
          url: per((lang) => pathTo(lang, { view: 'list', id: list.id })),
          title: per((lang) => textOf(list, lang).fields.title),
          minutes: per((lang) => pages[lang].get(list.id)!.minutes),
          items: items[LOCALES[0]].map((item, i) => ({
            id: item.id,
            required: item.required,
            title: per((lang) => items[lang][i]!.title),
            href: per((lang) => (items[lang][i]!.external ? items[lang][i]!.href : itemHref(items[lang][i]!.href, list.id, item.id))),
            minutes: per((lang) => items[lang][i]!.minutes),
          })),
        };
      }),
    text: per((lang) => {
      const d = dictionaries[lang];
      return { bar: d['listBar.label'], position: d['listBar.position'], done: d['listBar.done'], previous: d['listBar.previous'], next: d['listBar.next'] };
    }),
  };
}
