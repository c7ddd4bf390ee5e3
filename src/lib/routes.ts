/**
 * Every URL of the site in one place. Recruiters keep these links for years, so paths are
 * derived from entry ids and fixed section names, never from titles that an author may reword.
 */
import type { Locale } from './model';
import { DEFAULT_LOCALE, LOCALES } from './model';
import { KIND_NAMES, KINDS, PAGED_KINDS, type EntryKind, type EntryView, type PagedKind } from './kinds';

/** The pages that are not an entry kind's: the home, the ladder, search, the 404 and the page shown offline. */
const OTHER_VIEWS = ['home', 'ladder', 'search', 'not-found', 'list-builder', 'compare', 'offline'] as const;

/** A page of the site, independent of language: an index of a kind, one entry, or another page. */
export type PageRef = { view: EntryKind | (typeof OTHER_VIEWS)[number] } | { view: EntryView | 'list-print' | 'job-description' | 'moved'; id: string };

/** A renamed entry's old address: its kind and the id it had (`moved` pages carry both in their id). */
export interface FormerAddress {
  kind: PagedKind;
  id: string;
}

/** The page at a renamed entry's old address. */
export function movedPage(former: FormerAddress): PageRef {
  return { view: 'moved', id: `${former.kind}/${former.id}` };
}

/** The kind and old id of a `moved` page. */
export function formerAddress(movedId: string): FormerAddress {
  const [kind, id] = movedId.split('/') as [PagedKind, string];
  return { kind, id };
}

export type View = PageRef['view'];

/** Section names in each language; an entry page lives below its section's index. */
export const SECTIONS = {
  ...(Object.fromEntries(KINDS.map((k) => [k, KIND_NAMES[k].section])) as { [K in EntryKind]: (typeof KIND_NAMES)[K]['section'] }),
  ladder: { id: 'jenjang-karier', en: 'career-ladder' },
  search: { id: 'cari', en: 'search' },
  compare: { id: 'bandingkan', en: 'compare' },
  offline: { id: 'luring', en: 'offline' },
} as const satisfies Record<string, Record<Locale, string>>;

type Section = keyof typeof SECTIONS;

const SECTION_OF: Partial<Record<View, Section>> = {
  ...Object.fromEntries(KINDS.flatMap((k) => [[k, k], [KIND_NAMES[k].singular, k]])),
  ladder: 'ladder',
  search: 'search',
  compare: 'compare',
  offline: 'offline',
  'list-print': 'lists',
  'list-builder': 'lists',
  'job-description': 'roles',
};

/** The list builder's segment below the reading lists' index; no list may take it as its id. */
export const BUILD_SEGMENT: Record<Locale, string> = { id: 'buat', en: 'build' };

/** The last segment of a reading list's booklet, below the list's own page. */
export const PRINT_SEGMENT: Record<Locale, string> = { id: 'cetak', en: 'print' };

/** The last segment of a role's job description, below the role's own page. */
export const JOB_SEGMENT: Record<Locale, string> = { id: 'deskripsi-kerja', en: 'job-description' };

/**
 * The deploy prefix ("/" at the host root, "/karier/" under a sub-path), from Astro's `base`. The
 * only place that knows it: every link and asset path of the site goes through here.
 */
export function basePath(): string {
  const base: string = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A path from the site's root ("/peran/") as the browser must request it ("/karier/peran/"). */
export function withBase(path: string): string {
  return `${basePath()}${path.replace(/^\//, '')}`;
}

/** A file of public/ (e.g. "favicon.svg") as a path with the base; a data: URI stays as it is. */
export function assetPath(file: string): string {
  return /^(data|https?):/.test(file) ? file : withBase(file);
}

/** The root of a language, from the site's root: `/` for Indonesian, `/en/` for English. */
export function localeRoot(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '/' : `/${lang}/`;
}

/** The path of a page in a language, with the base, always ending in a slash: what every link uses. */
export function pathTo(lang: Locale, page: PageRef): string {
  return withBase(sitePath(lang, page));
}

/** The path of a page from the site's root, without the base (the route parameter is this). */
export function sitePath(lang: Locale, page: PageRef): string {
  const root = localeRoot(lang);
  if (page.view === 'home') return root;
  if (page.view === 'not-found') return lang === DEFAULT_LOCALE ? '/404.html' : `${root}404/`;
  const section = sectionOf(page, lang);
  if (page.view === 'moved') return `${root}${section}/${formerAddress(page.id).id}/`;
  if (page.view === 'list-builder') return `${root}${section}/${BUILD_SEGMENT[lang]}/`;
  if (page.view === 'list-print') return `${root}${section}/${page.id}/${PRINT_SEGMENT[lang]}/`;
  if (page.view === 'job-description') return `${root}${section}/${page.id}/${JOB_SEGMENT[lang]}/`;
  return 'id' in page ? `${root}${section}/${page.id}/` : `${root}${section}/`;
}

/** A page's section in a language: a renamed entry's old address stays in its kind's section. */
function sectionOf(page: PageRef, lang: Locale): string {
  if (page.view === 'moved') return SECTIONS[formerAddress(page.id).kind][lang];
  return SECTIONS[SECTION_OF[page.view] as Section][lang];
}

/** The page in the other language a reader switches to; a 404 has no twin, so it offers the other home. */
export function twinOf(lang: Locale, page: PageRef): { lang: Locale; path: string } {
  const other = LOCALES.find((l) => l !== lang) ?? DEFAULT_LOCALE;
  return { lang: other, path: page.view === 'not-found' ? withBase(localeRoot(other)) : pathTo(other, page) };
}

/** The `[...path]` route parameter for a page (undefined for a root). */
export function routeParam(lang: Locale, page: PageRef): string | undefined {
  const trimmed = sitePath(lang, page).replace(/^\/|\/$/g, '');
  return trimmed === '' ? undefined : trimmed;
}

/** Ids per kind with entry pages, enough to list every page of the site. */
export type PageIds = Record<PagedKind, readonly string[]>;

/** Every page the catch-all route renders, in every language (the Indonesian 404 has its own file); `moved`: renamed entries' old addresses. */
export function allPages(ids: PageIds, moved: readonly FormerAddress[] = []): { lang: Locale; page: PageRef }[] {
  const pages: PageRef[] = [
    { view: 'home' },
    { view: 'ladder' },
    ...PAGED_KINDS.flatMap((kind): PageRef[] => [{ view: kind }, ...ids[kind].map((id) => ({ view: KIND_NAMES[kind].singular, id }))]),
    ...ids.lists.map((id): PageRef => ({ view: 'list-print', id })),
    ...ids.roles.map((id): PageRef => ({ view: 'job-description', id })),
    ...moved.map(movedPage),
    { view: 'list-builder' },
    ...KINDS.filter((k) => !KIND_NAMES[k].entryPages).map((kind): PageRef => ({ view: kind })),
    { view: 'search' },
    { view: 'compare' },
    { view: 'offline' },
  ];
  return [
    ...LOCALES.flatMap((lang) => pages.map((page) => ({ lang, page }))),
    ...LOCALES.filter((l) => l !== DEFAULT_LOCALE).map((lang) => ({ lang, page: { view: 'not-found' } as const })),
  ];
}
