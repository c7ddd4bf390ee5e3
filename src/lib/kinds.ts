/**
 * The kinds of entry, as plain data every module may read (no schema library): the singular name
 * of an entry's view and the section its pages live in per language. src/schemas/index.ts adds
 * each kind's schemas under the same names; together they are the one registry of kinds.
 */
import type { Locale } from './model';

/** Kind → its entry view's name and its section in each language; `entryPages: false` for kinds with an index page only. */
export const KIND_NAMES = {
  roles: { singular: 'role', section: { id: 'peran', en: 'roles' }, entryPages: true },
  skills: { singular: 'skill', section: { id: 'keterampilan', en: 'skills' }, entryPages: true },
  certifications: { singular: 'certification', section: { id: 'sertifikasi', en: 'certifications' }, entryPages: true },
  metrics: { singular: 'metric', section: { id: 'metrik', en: 'metrics' }, entryPages: true },
  tools: { singular: 'tool', section: { id: 'alat', en: 'tools' }, entryPages: true },
  guides: { singular: 'guide', section: { id: 'panduan', en: 'guides' }, entryPages: true },
  lists: { singular: 'list', section: { id: 'daftar-bacaan', en: 'reading-lists' }, entryPages: true },
  sources: { singular: 'source', section: { id: 'sumber', en: 'sources' }, entryPages: false },
} as const satisfies Record<string, { singular: string; section: Record<Locale, string>; entryPages: boolean }>;

/** The name of a kind of entry, which is also its folder and its index view: `roles`, `skills`, … */
export type EntryKind = keyof typeof KIND_NAMES;

/** The kinds that have a page per entry. */
export type PagedKind = { [K in EntryKind]: (typeof KIND_NAMES)[K]['entryPages'] extends true ? K : never }[EntryKind];

/** The view of one entry of a paged kind: `role`, `skill`, … */
export type EntryView = (typeof KIND_NAMES)[PagedKind]['singular'];

/** Every kind, in registry order. */
export const KINDS = Object.keys(KIND_NAMES) as EntryKind[];

/** The kinds with a page per entry, in registry order. */
export const PAGED_KINDS = KINDS.filter((k): k is PagedKind => KIND_NAMES[k].entryPages);

/** The kinds a reading list item may open: every kind with entry pages but the lists themselves. */
export const LIST_TARGET_KINDS = ['roles', 'skills', 'certifications', 'metrics', 'tools', 'guides'] as const satisfies readonly Exclude<PagedKind, 'lists'>[];
