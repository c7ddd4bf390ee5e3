/**
 * The career guide as plain data: every entry with its facts and its words in each language.
 * Built once per build from the content collections (src/data/load-catalog.ts) and read by
 * every page, the JSON-LD, the open data and the tests, so each fact has one source of truth.
 */
import type {
  Audience,
  Band,
  Direction,
  Importance,
  Level,
  Locale,
  Qualification,
  Requirement,
  SkillCategory,
  Track,
} from './model';
import { LEVELS, levelRank } from './model';

/** Words of an entry in one language; `body` is whatever the renderer needs for the MDX body. */
export interface Text<Fields> {
  file: string;
  fields: Fields;
  body?: unknown;
}

/** The words of a role in one language, as its MDX frontmatter gives them. */
export interface RoleFields {
  title: string;
  altTitles: string[];
  summary: string;
  responsibilities: string[];
  disagreement?: string | undefined;
}

/** The words of a skill, certification, metric or tool in one language. */
export interface TermFields {
  name: string;
  altNames: string[];
  summary: string;
  formula?: string | undefined;
}

/** Both languages' words of an entry; the integrity check guarantees both exist before pages use them. */
export type Texts<Fields> = Partial<Record<Locale, Text<Fields>>>;

/** A skill a role asks for, how much, and on whose word. */
export interface SkillNeed {
  skill: string;
  importance: Importance;
  sources: string[];
}

/** Years of experience as one source states them. */
export interface ExperienceClaim {
  minYears: number;
  maxYears?: number | undefined;
  band?: Band | undefined;
  source: string;
}

/** A monthly pay range as one source states it. */
export interface SalaryClaim {
  min: number;
  max: number;
  currency: 'IDR';
  period: 'month';
  scope: 'role' | 'all-cs';
  source: string;
}

/** A qualification a source names for a role. */
export interface EducationClaim {
  qualification: Qualification;
  requirement: Requirement;
  source: string;
}

/** A role: its shared facts and its words in each language. */
export interface Role {
  id: string;
  file: string;
  level: Level;
  track: Track;
  levelViews: { level: Level; source: string }[];
  skills: SkillNeed[];
  certifications: string[];
  metrics: string[];
  tools: string[];
  experience: ExperienceClaim[];
  salary: SalaryClaim[];
  education: EducationClaim[];
  promotesTo: string[];
  lateralMoves: string[];
  sources: string[];
  texts: Texts<RoleFields>;
}

/** A skill; the roles that need it are derived from the roles. */
export interface Skill {
  id: string;
  file: string;
  category: SkillCategory;
  sources: string[];
  texts: Texts<TermFields>;
}

/** A certification and the level it serves. */
export interface Certification {
  id: string;
  file: string;
  serves: 'representative' | 'supervisor' | 'manager' | 'cx-professional';
  issuer: string | null;
  training?: { minDays: number; maxMonths: number; source: string } | undefined;
  sources: string[];
  texts: Texts<TermFields>;
}

/** A KPI a role is judged by. */
export interface Metric {
  id: string;
  file: string;
  abbreviation: string;
  direction: Direction;
  sources: string[];
  texts: Texts<TermFields>;
}

/** A category of software, with the products its sources name. */
export interface Tool {
  id: string;
  file: string;
  examples: string[];
  sources: string[];
  texts: Texts<TermFields>;
}

/** An article (or issuer) that facts rest on. */
export interface Source {
  id: string;
  file: string;
  publisher: string | Record<Locale, string>;
  title: string;
  published: Date | null;
  citing?: string | undefined;
  covers: Record<Locale, string>;
}

/** The words of a guide in one language. */
export interface GuideFields {
  title: string;
  summary: string;
}

/** A long-form guide: who it is for and what it rests on. */
export interface Guide {
  id: string;
  file: string;
  audiences: Audience[];
  roles: string[];
  sources: string[];
  order: number;
  texts: Texts<GuideFields>;
}

/** Words that exist without a matching entry: the integrity check reports them as orphans. */
export interface OrphanText {
  kind: 'role' | 'skill' | 'certification' | 'metric' | 'tool' | 'guide';
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
  sources: Source[];
  orphanTexts: OrphanText[];
}

/** Entries with words in a language, guaranteed present once the catalog passed its integrity check. */
export function textOf<F>(entry: { texts: Texts<F>; file: string }, lang: Locale): Text<F> {
  const text = entry.texts[lang];
  if (!text) throw new Error(`${entry.file}: no ${lang} text (the integrity check should have caught this)`);
  return text;
}

/** Finds an entry by id; every reference was checked, so a miss is a programming error. */
export function byId<T extends { id: string }>(entries: readonly T[], id: string): T {
  const found = entries.find((e) => e.id === id);
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

/** A stable order for roles: by level, then track, then title in the reader's language. */
export function sortRoles(roles: readonly Role[], lang: Locale): Role[] {
  return [...roles].sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) ||
      a.track.localeCompare(b.track) ||
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

/** The roles that promote into a role: "how to get here". */
export function rolesLeadingTo(roles: readonly Role[], roleId: string): Role[] {
  return roles.filter((r) => r.promotesTo.includes(roleId));
}

/** The roles that list a lateral move into a role. */
export function lateralMovesInto(roles: readonly Role[], roleId: string): Role[] {
  return roles.filter((r) => r.lateralMoves.includes(roleId));
}

/** Every source id an entry's facts rest on, in first-mention order, for the "Sources" box. */
export function citedSources(role: Role): string[] {
  const ids = [
    ...role.sources,
    ...role.levelViews.map((v) => v.source),
    ...role.salary.map((s) => s.source),
    ...role.experience.map((e) => e.source),
    ...role.education.map((e) => e.source),
  ];
  return [...new Set(ids)];
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
