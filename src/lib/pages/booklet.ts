/**
 * A reading list as a booklet to print: for every item, the text a reader would find there (the
 * page, or only its section), as lines of facts and the entry's own body, with its sources.
 */
import type { Catalog, List, ListItem } from '../catalog';
import { byId, publisherName, textOf } from '../catalog';
import { itemSection } from '../lists';
import type { Locale } from '../model';
import { t } from '../../i18n/ui';
import { listPage, type ListItemView, type ListPage, type ReadingRate } from './list-page';
import { rolePage, type SourcedValue } from './role-page';
import { certificationPage, metricPage, skillPage, toolPage } from './term-pages';

/** A group of lines the booklet prints under a label (a role's skills, a metric's formula). */
export interface BookletLines {
  label: string;
  lines: string[];
}

/** One item of the booklet: what the list says of it, and the text to print. */
export interface BookletItem extends ListItemView {
  summary?: string;
  lines: BookletLines[];
  /** The entry whose Markdown body to print, whole or from one heading on (`heading`). */
  body?: { kind: 'roles' | 'skills' | 'certifications' | 'metrics' | 'tools' | 'guides'; id: string; heading?: string };
  sources: string[];
}

/** A booklet: the list page's facts, with every item's text to print. */
export type Booklet = Omit<ListPage, 'steps'> & { steps: (Omit<ListPage['steps'][number], 'items'> & { items: BookletItem[] })[] };

/** The booklet of list `id` in `lang`. */
export function booklet(catalog: Catalog, id: string, lang: Locale, rate: ReadingRate): Booklet {
  const page = listPage(catalog, id, lang, rate);
  const list = byId(catalog.lists, id);
  const items = new Map(list.steps.flatMap((s) => s.items).map((i) => [i.id, i]));
  return {
    ...page,
    steps: page.steps.map((step) => ({ ...step, items: step.items.map((view) => bookletItem(catalog, view, items.get(view.id)!, list, lang)) })),
  };
}

function bookletItem(catalog: Catalog, view: ListItemView, item: ListItem, list: List, lang: Locale): BookletItem {
  if (!item.page) return { ...view, lines: [], sources: [] };
  const say = t(lang);
  const { kind, id } = item.page;
  const section = itemSection(list, item, lang);
  if (kind === 'roles') {
    const role = rolePage(catalog, id, lang);
    const values = (label: string, list: readonly SourcedValue[]): BookletLines => ({
      label,
      lines: list.map((v) => `${[v.value, v.aside, v.note].filter(Boolean).join(' ')} (${publisherName(v.source, lang)})`),
    });
    const groups: Record<string, BookletLines[]> = {
      salary: [values(say('role.salary'), role.salary)],
      experience: [values(say('role.experience'), role.experience)],
      education: [values(say('role.education'), role.education)],
      certifications: [{ label: say('role.certifications'), lines: role.certifications.map((c) => c.title) }],
      responsibilities: [{ label: say('role.responsibilities'), lines: role.responsibilities }],
      skills: role.skills.map((g) => ({ label: `${say('role.skills')}: ${g.label}`, lines: g.links.map((l) => l.title) })),
      metrics: [{ label: say('role.metrics'), lines: role.metrics.map((m) => `${m.abbreviation}: ${m.title}`) }],
      tools: [{ label: say('role.tools'), lines: role.tools.map((tool) => tool.title) }],
      from: [{ label: say('role.from'), lines: role.cameFrom.map((r) => [r.title, r.note, r.basis].filter(Boolean).join(' · ')) }],
      next: [{ label: say('role.next'), lines: role.goesTo.map((r) => [r.title, r.note, r.basis].filter(Boolean).join(' · ')) }],
    };
    groups.facts = [...groups.salary!, ...groups.experience!, ...groups.education!, ...groups.certifications!];
    const nonEmpty = (g: BookletLines[]) => g.filter((l) => l.lines.length > 0);
    if (!section) {
      const whole = ['facts', 'responsibilities', 'skills', 'metrics', 'tools', 'from', 'next'].flatMap((k) => nonEmpty(groups[k]!));
      return { ...view, summary: role.summary, lines: whole, body: { kind, id }, sources: role.sources };
    }
    if (section === 'about') return { ...view, lines: [], body: { kind, id }, sources: role.sources };
    if (section === 'sources') return { ...view, lines: [], sources: role.sources };
    return { ...view, lines: nonEmpty(groups[section] ?? []), sources: role.sources };
  }
  const entry = byId(catalog[kind] as unknown as readonly { id: string; file: string; texts: never; sources: string[] }[], id);
  const summary = (textOf(entry, lang).fields as { summary: string }).summary;
  const term = kind === 'guides' ? undefined : { skills: skillPage, certifications: certificationPage, metrics: metricPage, tools: toolPage }[kind](catalog, id, lang);
  const roles: BookletLines = {
    label: term?.rolesTitle ?? say('guide.roles'),
    lines: term ? term.roles.map((r) => r.title) : byId(catalog.guides, id).roles.map((rid) => textOf(byId(catalog.roles, rid), lang).fields.title),
  };
  const facts = (term?.facts ?? []).map((f) => ({ label: f.label, lines: [f.value] }));
  if (!section) return { ...view, summary, lines: [...facts, ...(roles.lines.length > 0 ? [roles] : [])], body: { kind, id }, sources: entry.sources };
  if (section === 'about') return { ...view, lines: [], body: { kind, id }, sources: entry.sources };
  if (section === 'roles') return { ...view, lines: [roles], sources: entry.sources };
  if (section === 'sources') return { ...view, lines: [], sources: entry.sources };
  return { ...view, lines: [], body: { kind, id, heading: section }, sources: entry.sources };
}
