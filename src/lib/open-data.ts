/**
 * The career graph as open data (/data/careers.json): everything a reuser needs to draw the
 * ladder or feed a job board, with each entry's page URL in both languages.
 */
import type { Catalog, Texts } from './catalog';
import { salaryDates, textOf } from './catalog';
import { LEVELS, LOCALES, TRACKS, type Locale } from './model';
import { pathTo, type PageRef } from './routes';
import { isOld, today } from './figure-dates';
import { figuresIn, yearsIn } from './figures';

/** Bumped whenever a field is renamed or removed, so consumers can tell. */
export const OPEN_DATA_VERSION = 2;

function urls(site: string, page: PageRef): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((lang) => [lang, new URL(pathTo(lang, page), site).href])) as Record<Locale, string>;
}

function names<F>(entry: { texts: Texts<F>; file: string }, pick: (fields: F) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((lang) => [lang, pick(textOf(entry, lang).fields)])) as Record<Locale, string>;
}

/** The whole career graph as one JSON-serialisable object. */
export function careerGraph(catalog: Catalog, site: string) {
  return {
    version: OPEN_DATA_VERSION,
    levels: [...LEVELS],
    tracks: [...TRACKS],
    roles: catalog.roles.map((r) => ({
      id: r.id,
      title: names(r, (f) => f.title),
      level: r.level,
      track: r.track,
      // The sources that give `level`; empty means the level is the guide's own reading.
      levelFrom: r.levelFrom,
      levelViews: r.levelViews,
      skills: r.skills.map(({ skill, importance }) => ({ skill, importance })),
      certifications: r.certifications,
      metrics: r.metrics,
      tools: r.tools,
      experience: r.experience,
      // Each figure with the date it is from (its stated year, else its source's date), whether that is
      // older than the age rule, and which of the role's pay figures is the newest.
      salary: (() => {
        const { dateOf, newest } = salaryDates(r, catalog.sources);
        return r.salary.map((s) => {
          const from = dateOf.get(s);
          return { ...s, max: s.max ?? null, from: from ?? null, old: from ? isOld(from, today()) : null, newest: s === newest };
        });
      })(),
      occupationCodes: r.occupationCodes.map((c) => ({ ...c, url: catalog.sources.find((src) => src.id === c.source)?.url ?? null })),
      education: r.education,
      promotesTo: r.promotesTo,
      lateralMoves: r.lateralMoves,
      sources: r.sources,
      url: urls(site, { view: 'role', id: r.id }),
    })),
    // `sources` empty: the promotion is the guide's own reading.
    promotions: catalog.roles.flatMap((r) => r.promotesTo.map((to) => ({ from: r.id, to, sources: r.promotionsFrom[to] ?? [] }))),
    lateralMoves: catalog.roles.flatMap((r) => r.lateralMoves.map((to) => ({ from: r.id, to }))),
    skills: catalog.skills.map((s) => ({
      id: s.id,
      name: names(s, (f) => f.name),
      category: s.category,
      sources: s.sources,
      url: urls(site, { view: 'skill', id: s.id }),
    })),
    certifications: catalog.certifications.map((c) => ({
      id: c.id,
      name: names(c, (f) => f.name),
      serves: c.serves,
      issuer: c.issuer,
      training: c.training ?? null,
      sources: c.sources,
      url: urls(site, { view: 'certification', id: c.id }),
    })),
    metrics: catalog.metrics.map((m) => ({
      id: m.id,
      name: names(m, (f) => f.name),
      abbreviation: m.abbreviation,
      direction: m.direction,
      sources: m.sources,
      url: urls(site, { view: 'metric', id: m.id }),
    })),
    tools: catalog.tools.map((t) => ({
      id: t.id,
      name: names(t, (f) => f.name),
      examples: t.examples,
      sources: t.sources,
      url: urls(site, { view: 'tool', id: t.id }),
    })),
    guides: catalog.guides.map((g) => ({
      id: g.id,
      title: names(g, (f) => f.title),
      audiences: g.audiences,
      roles: g.roles,
      sources: g.sources,
      url: urls(site, { view: 'guide', id: g.id }),
    })),
    sources: catalog.sources.map((s) => ({
      id: s.id,
      publisher: s.publisher,
      language: s.language,
      title: s.title,
      date: s.date,
      dateKind: s.dateKind ?? null,
      accessed: s.accessed ?? null,
      link: s.url ?? null,
      // The amounts, durations and years the source gives, read from its record; never its sentences.
      figures: [...figuresIn(s.figures.join('\n')), ...yearsIn(s.figures.join('\n'))],
      citing: s.citing ?? null,
      url: Object.fromEntries(Object.entries(urls(site, { view: 'sources' })).map(([lang, u]) => [lang, `${u}#${s.id}`])),
    })),
  };
}
