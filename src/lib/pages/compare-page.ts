/**
 * Every role's comparable facts in the reader's language, for the compare page: its table without
 * JavaScript, and the data its script puts side by side. Values read as the role page writes them.
 */
import type { Catalog } from '../catalog';
import { publisherName, sortRoles, textOf } from '../catalog';
import type { Locale } from '../model';
import { pathTo } from '../routes';
import { rolePage, type SourcedValue } from './role-page';

/** One role as the compare page shows it. */
export interface ComparedRole {
  id: string;
  title: string;
  href: string;
  level: string;
  /** 1 for entry level, up to 4 for executive: orders the table. */
  levelStep: number;
  track: string;
  /** "value (source)" lines; empty where no source gives one. */
  pay: string[];
  experience: string[];
  education: string[];
  essentialSkills: number;
  /** Every skill with its name, essential ones first. */
  skills: { id: string; name: string; essential: boolean }[];
  certifications: string[];
  metrics: string[];
  tools: string[];
  /** Promotions and lateral moves out of the role. */
  next: { title: string; href: string }[];
}

/** Every role, entry level first, with what the compare page shows of it. */
export function comparedRoles(catalog: Catalog, lang: Locale): ComparedRole[] {
  const line = (v: SourcedValue) => `${v.value}${v.aside ? ` ${v.aside}` : ''} (${v.note ? `${v.note.replace(/^\((.*)\)$/, '$1')}; ` : ''}${publisherName(v.source, lang)})`;
  return sortRoles(catalog.roles, lang).map((role) => {
    const page = rolePage(catalog, role.id, lang);
    return {
      id: role.id,
      title: page.title,
      href: pathTo(lang, { view: 'role', id: role.id }),
      level: page.level.label,
      levelStep: page.level.step,
      track: page.track,
      pay: page.salary.map(line),
      // Years of the stages before a role are no requirement of it (the job description leaves them out too).
      experience: page.experience.filter((_, i) => role.experience[i]!.kind !== 'earlier-stage').map(line),
      education: page.education.map(line),
      essentialSkills: role.skills.filter((s) => s.importance === 'essential').length,
      skills: [...role.skills]
        .sort((a, b) => Number(b.importance === 'essential') - Number(a.importance === 'essential'))
        .map((s) => ({ id: s.skill, name: textOf(catalog.skills.find((k) => k.id === s.skill)!, lang).fields.name, essential: s.importance === 'essential' })),
      certifications: page.certifications.map((c) => c.title),
      metrics: page.metrics.map((m) => m.abbreviation),
      tools: page.tools.map((t) => t.title),
      next: page.goesTo.map((r) => ({ title: r.title, href: r.href })),
    };
  });
}
