/**
 * What a reading list page shows, in the reader's language: its steps in order, each item with its
 * title, kind, link, reading time and reason, and the totals. Reading times are counted from the
 * words of the page or section an item opens, at the site's stated reading rate.
 */
import type { Catalog, List, ListItem, Source } from '../catalog';
import { byId, publisherName, textOf } from '../catalog';
import { itemSection, type ListTargetKind } from '../lists';
import type { Locale } from '../model';
import { headingTitle, markdownWords, plainWords, readingMinutes, sectionOf } from '../reading-time';
import { t } from '../../i18n/ui';
import { rolePage, type SourcedValue } from './role-page';
import { entryLink } from './links';
import { KIND_NAMES } from '../kinds';
import { certificationPage, metricPage, skillPage, toolPage } from './term-pages';

/** The reading rate a language's times are counted at, and the source that gives it. */
export interface ReadingRate {
  wordsPerMinute: number;
  source: string;
}

/** One item as a list page shows it. */
export interface ListItemView {
  id: string;
  title: string;
  /** What kind of page it opens ("Role", "Guide · section"), or that it is elsewhere. */
  kind: string;
  href: string;
  external: boolean;
  /** Minutes to read it; null for a page elsewhere, whose words the guide cannot count. */
  minutes: number | null;
  /** The reading time as the page writes it ("3 min", or that the page is elsewhere). */
  time: string;
  words: number;
  reason: string;
  required: boolean;
}

/** A reading list page, ready to render. */
export interface ListPage {
  id: string;
  title: string;
  summary: string;
  audience: string;
  steps: { id: string; title: string; purpose: string; items: ListItemView[]; minutes: number }[];
  minutes: number;
  requiredMinutes: number;
  items: number;
  rate: { wordsPerMinute: number; source: Source };
}

/** The page of list `id` in `lang`, its times counted at `rate`. */
export function listPage(catalog: Catalog, id: string, lang: Locale, rate: ReadingRate): ListPage {
  const say = t(lang);
  const list = byId(catalog.lists, id);
  const words = textOf(list, lang).fields;
  const steps = list.steps.map((step) => {
    const items = step.items.map((item) => itemView(catalog, list, item, lang, rate));
    return { id: step.id, ...words.steps[step.id]!, items, minutes: sum(items.map((i) => i.minutes ?? 0)) };
  });
  const all = steps.flatMap((s) => s.items);
  return {
    id,
    title: words.title,
    summary: words.summary,
    audience: say(`listAudience.${list.audience}`),
    steps,
    minutes: sum(all.map((i) => i.minutes ?? 0)),
    requiredMinutes: sum(all.filter((i) => i.required).map((i) => i.minutes ?? 0)),
    items: all.length,
    rate: { wordsPerMinute: rate.wordsPerMinute, source: byId(catalog.sources, rate.source) },
  };
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function itemView(catalog: Catalog, list: List, item: ListItem, lang: Locale, rate: ReadingRate): ListItemView {
  const say = t(lang);
  const itemWords = textOf(list, lang).fields.items[item.id]!;
  const base = { id: item.id, reason: itemWords.reason, required: item.required };
  if (!item.page) return { ...base, title: itemWords.title!, kind: say('list.external'), href: item.url!, external: true, minutes: null, time: say('list.notCounted'), words: 0 };
  const { kind, id } = item.page;
  const section = itemSection(list, item, lang);
  const singular = KIND_NAMES[kind].singular;
  const page = { view: singular, id } as const;
  const pageTitle = titleOf(catalog, kind, id, lang);
  const link = entryLink(lang, page, section ? say('list.sectionOf', { page: pageTitle, section: sectionTitle(catalog, kind, id, section, lang) }) : pageTitle);
  const count = wordsOf(catalog, kind, id, section, lang);
  return {
    ...base,
    title: link.title,
    kind: section ? say('list.kindSection', { kind: say(`kind.${singular}`) }) : say(`kind.${singular}`),
    href: section ? `${link.href}#${section}` : link.href,
    external: false,
    minutes: readingMinutes(count, rate.wordsPerMinute),
    time: say('list.minutes', { minutes: readingMinutes(count, rate.wordsPerMinute) }),
    words: count,
  };
}

/** A section's name as its page heads it: a built-in section's heading, or a guide heading's own text. */
function sectionTitle(catalog: Catalog, kind: ListTargetKind, id: string, section: string, lang: Locale): string {
  const say = t(lang);
  if (section === 'about') return say('list.sectionAbout');
  if (section === 'sources') return say('role.sources');
  if (kind === 'roles') {
    const keys = {
      facts: 'role.facts', salary: 'role.salary', experience: 'role.experience', education: 'role.education', certifications: 'role.certifications',
      responsibilities: 'role.responsibilities', skills: 'role.skills', metrics: 'role.metrics', tools: 'role.tools', from: 'role.from', next: 'role.next',
    } as const;
    return say(keys[section as keyof typeof keys]);
  }
  if (section === 'roles') {
    if (kind === 'guides') return say('guide.roles');
    return { skills: skillPage, certifications: certificationPage, metrics: metricPage, tools: toolPage }[kind](catalog, id, lang).rolesTitle;
  }
  const markdown = (textOf(byId(catalog[kind] as unknown as readonly { id: string; file: string; texts: never }[], id), lang) as { markdown?: string }).markdown ?? '';
  return headingTitle(markdown, section) ?? section;
}

function titleOf(catalog: Catalog, kind: ListTargetKind, id: string, lang: Locale): string {
  const fields = textOf(byId(catalog[kind] as unknown as readonly { id: string; file: string; texts: never }[], id), lang).fields as { title?: string; name?: string };
  return fields.title ?? fields.name ?? id;
}

/** The words a reader meets on a page, or in one section of it. */
export function wordsOf(catalog: Catalog, kind: ListTargetKind, id: string, section: string | undefined, lang: Locale): number {
  const entry = byId(catalog[kind] as unknown as readonly { id: string; file: string; texts: never; sources?: string[] }[], id);
  const text = textOf(entry, lang) as { fields: Record<string, unknown>; markdown?: string };
  const markdown = text.markdown ?? '';
  const fieldWords = plainWords(...Object.values(text.fields).flatMap((v) => (Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [])));
  const sources = (ids: readonly string[]) => plainWords(...ids.flatMap((sid) => { const s = byId(catalog.sources, sid); return [publisherName(s, lang), s.title]; }));
  if (kind === 'roles') {
    const role = rolePage(catalog, id, lang);
    const values = (list: readonly SourcedValue[]) => plainWords(...list.flatMap((v) => [v.value, v.aside ?? '', v.note ?? '', publisherName(v.source, lang)]));
    const sections: Record<string, number> = {
      salary: values(role.salary),
      experience: values(role.experience),
      education: values(role.education),
      certifications: plainWords(...role.certifications.map((c) => c.title)),
      responsibilities: plainWords(...role.responsibilities),
      about: markdownWords(markdown),
      skills: plainWords(...role.skills.flatMap((g) => [g.label, ...g.links.map((l) => l.title)])),
      metrics: plainWords(...role.metrics.flatMap((m) => [m.abbreviation, m.title])),
      tools: plainWords(...role.tools.map((tool) => tool.title)),
      from: plainWords(...role.cameFrom.flatMap((r) => [r.title, r.basis ?? ''])),
      next: plainWords(...role.goesTo.flatMap((r) => [r.title, r.basis ?? ''])),
      sources: sources(role.sources),
    };
    sections.facts = sections.salary! + sections.experience! + sections.education! + sections.certifications!;
    if (section) return sections[section] ?? 0;
    return plainWords(role.title, role.summary, role.levelBasis) + sum(Object.entries(sections).filter(([k]) => k !== 'facts').map(([, v]) => v));
  }
  const about = markdownWords(markdown);
  if (section === 'about') return about;
  if (section === 'sources') return sources(entry.sources ?? []);
  if (section === 'roles') return plainWords(...rolesListed(catalog, kind, id, lang));
  if (section) return markdownWords(sectionOf(markdown, section) ?? '');
  return fieldWords + about + plainWords(...rolesListed(catalog, kind, id, lang)) + sources(entry.sources ?? []);
}

/** The titles of the roles a term or guide page lists in its #roles section. */
function rolesListed(catalog: Catalog, kind: Exclude<ListTargetKind, 'roles'>, id: string, lang: Locale): string[] {
  if (kind === 'guides') return byId(catalog.guides, id).roles.map((rid) => textOf(byId(catalog.roles, rid), lang).fields.title);
  const page = { skills: skillPage, certifications: certificationPage, metrics: metricPage, tools: toolPage }[kind](catalog, id, lang);
  return page.roles.map((r) => r.title);
}
