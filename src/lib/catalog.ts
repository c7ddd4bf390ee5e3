/**
 * The career guide as plain data: every entry with its facts and its words in each language.
 * Built once per build from the content collections (src/data/load-catalog.ts) and read by
 * every page, the JSON-LD, the open data and the tests, so each fact has one source of truth.
 */
import type { z } from 'astro/zod';
import type { Importance, Level, Locale } from './model';
import type { roleSchema, roleTextSchema } from '../schemas/role';
import type {
  certificationSchema,
  guideSchema,
  guideTextSchema,
  metricSchema,
  skillSchema,
  sourceSchema,
  termTextSchema,
  toolSchema,
} from '../schemas/catalog';
import type { listSchema, listTextSchema } from '../schemas/list';
import { LEVELS, TRACKS, levelRank } from './model';
import { figureDate, newestIndex, type FigureDate } from './figure-dates';

/** Words of an entry in one language; `body` is whatever the renderer needs for the MDX body. */
export interface Text<Fields> {
  file: string;
  fields: Fields;
  body?: unknown;
  /** The Markdown of the body as written, for reading times and section lookups. */
  markdown?: string;
}

/** The words of a role in one language, as its MDX frontmatter gives them. */
export type RoleFields = z.output<typeof roleTextSchema>;

/** The words of a skill, certification, metric or tool in one language. */
export type TermFields = z.output<typeof termTextSchema>;

/** The words of a guide in one language. */
export type GuideFields = z.output<typeof guideTextSchema>;

/** Both languages' words of an entry; the integrity check guarantees both exist before pages use them. */
export type Texts<Fields> = Partial<Record<Locale, Text<Fields>>>;

/** An entry as pages read it: its id (the file name), its file, its facts as the schema gives them, and its words. */
type Entry<Facts, Fields = never> = { id: string; file: string } & Facts & ([Fields] extends [never] ? unknown : { texts: Texts<Fields> });

/** A role: its shared facts and its words in each language. */
export type Role = Entry<z.output<typeof roleSchema>, RoleFields>;
/** A skill a role asks for, how much, and on whose word. */
export type SkillNeed = Role['skills'][number];
/** Years of experience as one source states them. */
export type ExperienceClaim = Role['experience'][number];
/** A monthly pay range as one source states it. */
export type SalaryClaim = Role['salary'][number];
/** A qualification a source names for a role. */
export type EducationClaim = Role['education'][number];
/** A skill; the roles that need it are derived from the roles. */
export type Skill = Entry<z.output<typeof skillSchema>, TermFields>;
/** A certification and the level it serves. */
export type Certification = Entry<z.output<typeof certificationSchema>, TermFields>;
/** A KPI a role is judged by. */
export type Metric = Entry<z.output<typeof metricSchema>, TermFields>;
/** A category of software, with the products its sources name. */
export type Tool = Entry<z.output<typeof toolSchema>, TermFields>;
/** An article (or issuer, or policy) that facts rest on. */
export type Source = Entry<z.output<typeof sourceSchema>>;
/** A long-form guide: who it is for and what it rests on. */
export type Guide = Entry<z.output<typeof guideSchema>, GuideFields>;
/** The words of a reading list in one language. */
export type ListFields = z.output<typeof listTextSchema>;
/** A reading list: its audience and its steps of items, in order. */
export type List = Entry<z.output<typeof listSchema>, ListFields>;
/** One item of a reading list: a page (or section) of the guide, or a page elsewhere. */
export type ListItem = List['steps'][number]['items'][number];

/** Words that exist without a matching entry: the integrity check reports them as orphans. */
export interface OrphanText {
  kind: 'role' | 'skill' | 'certification' | 'metric' | 'tool' | 'guide' | 'list';
  id: string;
  file: string;
}

/** The whole guide, every entry with its words: what pages, JSON-LD and open data read. */
export interface Catalog {
  roles: Role[];
  skills: Skill[];
  certifications: Certification[];
  metrics: Metric[];
  tools: Tool[];
  guides: Guide[];
  lists: List[];
  sources: Source[];
  orphanTexts: OrphanText[];
}

/** Entries with words in a language, guaranteed present once the catalog passed its integrity check. */
export function textOf<F>(entry: { texts: Texts<F>; file: string }, lang: Locale): Text<F> {
  const text = entry.texts[lang];
  if (!text) throw new Error(`${entry.file}: no ${lang} text (the integrity check should have caught this)`);
  return text;
}

const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

/** Finds an entry by id through an index made once per list; every reference was checked, so a miss is a programming error. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  let index = indexes.get(entries) as Map<string, T> | undefined;
  if (!index) indexes.set(entries, (index = new Map(entries.map((e) => [e.id, e]))));
  const found = index.get(id);
  if (!found) throw new Error(`no entry "${id}"`);
  return found;
}

/** Roles grouped by level in ladder order, each group sorted by track then title, for the roles index. */
export function rolesByLevel(roles: readonly Role[], lang: Locale): { level: Level; roles: Role[] }[] {
  return LEVELS.map((level) => ({
    level,
    roles: sortRoles(roles.filter((r) => r.level === level), lang),
  })).filter((g) => g.roles.length > 0);
}

/**
 * The one order of roles on every list (ladder, roles index, home): by level from entry up, then by
 * track in the ladder's order (customer service tracks before moves out of it), then by title.
 */
export function sortRoles(roles: readonly Role[], lang: Locale): Role[] {
  return [...roles].sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      TRACKS.indexOf(a.track) - TRACKS.indexOf(b.track) ||
      (a.texts[lang]?.fields.title ?? a.id).localeCompare(b.texts[lang]?.fields.title ?? b.id, lang),
  );
}

/** The roles that need a skill, essential ones first: a skill page's "who needs this" list. */
export function rolesNeedingSkill(roles: readonly Role[], skillId: string): { role: Role; importance: Importance }[] {
  return roles
    .flatMap((role) => role.skills.filter((s) => s.skill === skillId).map((s) => ({ role, importance: s.importance })))
    .sort((a, b) => (a.importance === b.importance ? levelRank(a.role.level) - levelRank(b.role.level) : a.importance === 'essential' ? -1 : 1));
}

/** The roles a certification is listed for, lowest level first. */
export function rolesWithCertification(roles: readonly Role[], certificationId: string): Role[] {
  return roles.filter((r) => r.certifications.includes(certificationId)).sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

/** The roles measured by a metric, lowest level first. */
export function rolesMeasuredBy(roles: readonly Role[], metricId: string): Role[] {
  return roles.filter((r) => r.metrics.includes(metricId)).sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

/** The roles that use a tool category, lowest level first. */
export function rolesUsingTool(roles: readonly Role[], toolId: string): Role[] {
  return roles.filter((r) => r.tools.includes(toolId)).sort((a, b) => levelRank(a.level) - levelRank(b.level));
}

/** A role's pay figures (not minimum wages): the role's own first, in the order the YAML gives them. */
export function payFigures(role: Role): Role['salary'] {
  const pay = role.salary.filter((s) => s.kind === 'pay');
  return [...pay.filter((s) => s.scope === 'role'), ...pay.filter((s) => s.scope !== 'role')];
}

/**
 * Each of a role's salary items with the date it is from (its stated year, else its source's date;
 * none for a minimum wage or an undated source), and the newest pay figure where one is newer than the
 * rest. One reading for the role page and the open data.
 */
export function salaryDates(role: Role, sources: readonly Source[]): { dateOf: Map<Role['salary'][number], FigureDate | undefined>; newest: Role['salary'][number] | undefined } {
  const dateOf = new Map(
    role.salary.map((s) => [s, s.kind === 'pay' ? figureDate(s.year, sources.find((src) => src.id === s.source)?.date ?? null) : undefined] as const),
  );
  const items = [...dateOf.keys()];
  const i = newestIndex(items.map((s) => dateOf.get(s)));
  return { dateOf, newest: i === undefined ? undefined : items[i] };
}

/** Every source id an entry's facts rest on, in first-mention order, for the "Sources" box. */
export function citedSources(role: Role): string[] {
  const ids = [
    ...role.sources,
    ...role.levelViews.map((v) => v.source),
    ...role.salary.map((s) => s.source),
    ...role.experience.map((e) => e.source),
    ...role.education.map((e) => e.source),
    ...role.occupationCodes.map((c) => c.source),
  ];
  return [...new Set(ids)];
}

/** The `lang` a source's title needs on a page in `lang`: the source's own language where it differs, else none. */
export function titleLang(source: Source, lang: Locale): string | undefined {
  return source.language === lang ? undefined : source.language;
}

/** A source's publisher as the reader's language writes it. */
export function publisherName(source: Source, lang: Locale): string {
  return typeof source.publisher === 'string' ? source.publisher : source.publisher[lang];
}

/** Guides in their reading order. */
export function sortGuides(guides: readonly Guide[]): Guide[] {
  return [...guides].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The guides that concern a role, for the role page's "read more". */
export function guidesAboutRole(guides: readonly Guide[], roleId: string): Guide[] {
  return sortGuides(guides.filter((g) => g.roles.includes(roleId)));
}
