/**
 * The career domain's fixed orders and the plain shapes every other module speaks.
 * Pure TypeScript: the content config, the pages, the ladder and the tests all read from here.
 */

/** Career levels from the first job to the boardroom; the order is the ladder's order. */
export const LEVELS = ['entry', 'mid', 'management', 'executive'] as const;
export type Level = (typeof LEVELS)[number];

/** Tracks are the ladder's columns: the kind of work a role does, independent of seniority. */
export const TRACKS = [
  'frontline',
  'specialist',
  'people-leadership',
  'operations',
  'customer-success-cx',
  'beyond-cs',
] as const;
export type Track = (typeof TRACKS)[number];

/** How much a role depends on a skill. */
export const IMPORTANCE = ['essential', 'optional'] as const;
export type Importance = (typeof IMPORTANCE)[number];

/** Experience bands a source may name (Jobstreet uses junior, middle and senior). */
export const BANDS = ['junior', 'middle', 'senior'] as const;
export type Band = (typeof BANDS)[number];

/** The site's languages; the first is the default and lives at the site root. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** Position of a level on the ladder, 0 for entry. */
export function levelRank(level: Level): number {
  return LEVELS.indexOf(level);
}

/** Position of a track among the ladder's columns. */
export function trackRank(track: Track): number {
  return TRACKS.indexOf(track);
}

/** Qualifications the sources mention for customer service work. */
export const QUALIFICATIONS = ['high-school', 'bachelor-communication', 'bachelor-public-relations'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

/** Whether a qualification is the minimum asked for or only an advantage. */
export const REQUIREMENTS = ['minimum', 'advantage'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** Families of skills, used to group the skills index. */
export const SKILL_CATEGORIES = ['interpersonal', 'thinking', 'technical', 'self-management', 'leadership', 'business'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

/** Whether a higher or a lower value of a metric is better. */
export const DIRECTIONS = ['higher-is-better', 'lower-is-better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** Who a guide is written for; the home page points each audience at its guides. */
export const AUDIENCES = ['job-seekers', 'recruiters', 'companies', 'managers'] as const;
export type Audience = (typeof AUDIENCES)[number];
