/**
 * What the ladder needs to know of each role in one language: names, links and the facts the side
 * panel shows. Built at build time and embedded in the ladder page as JSON for the island.
 */
import type { Catalog } from './catalog';
import { byId, payFigures, publisherName, textOf } from './catalog';
import { experienceYears, payWords, sourceDateWords } from './format';
import type { Say } from '../i18n/ui';
import type { Locale, Track } from './model';
import { pathTo } from './routes';

/** One role as the ladder and its island see it. */
export interface LadderEntry {
  id: string;
  title: string;
  href: string;
  level: string;
  track: Track;
  summary: string;
  promotesTo: string[];
  lateralMoves: string[];
  skills: string[];
  essentialSkills: string[];
  experience: string[];
  salary: string[];
  /** Names of the certifications that help in the role. */
  certifications: string[];
}

/** Every role with its panel facts; figures carry their source and date, as everywhere on the site. */
export function ladderEntries(catalog: Catalog, lang: Locale, say: Say): LadderEntry[] {
  const cite = (sourceId: string) => {
    const source = byId(catalog.sources, sourceId);
    return `${publisherName(source, lang)}, ${sourceDateWords(source, lang, say)}`;
  };
  return catalog.roles.map((role) => {
    const words = textOf(role, lang).fields;
    return {
      id: role.id,
      title: words.title,
      href: pathTo(lang, { view: 'role', id: role.id }),
      level: say(`level.${role.level}`),
      track: role.track,
      summary: words.summary,
      promotesTo: role.promotesTo,
      lateralMoves: role.lateralMoves,
      skills: role.skills.map((s) => s.skill),
      essentialSkills: role.skills.filter((s) => s.importance === 'essential').map((s) => s.skill),
      experience: role.experience.map((e) => {
        const years = experienceYears(e, say);
        return `${years}${e.band ? ` (${say(`band.${e.band}`)})` : ''}: ${say(`experienceKind.${e.kind}`)} (${cite(e.source)})`;
      }),
      certifications: role.certifications.map((id) => textOf(byId(catalog.certifications, id), lang).fields.name),
      salary: payFigures(role).map((s) => `${payWords(s, lang, say)} (${cite(s.source)})`),
    };
  });
}
