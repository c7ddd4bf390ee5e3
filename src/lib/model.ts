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

/** Who a reading list is for: the people a team lead sends one to. */
export const LIST_AUDIENCES = ['new-agent', 'new-team-leader', 'new-manager', 'job-seeker', 'ladder-designer', 'leaving-cs'] as const;

/** What a source's date means: when it first appeared, when it was last changed, or a date the page shows without saying which. */
export const SOURCE_DATE_KINDS = ['published', 'updated', 'unlabelled'] as const;
export type SourceDateKind = (typeof SOURCE_DATE_KINDS)[number];

/**
 * How a source's years of experience relate to a role: asked for, usually held, spent in the stages
 * before it, or said to vary (a source that says "it depends on the company" gives no number).
 */
export const EXPERIENCE_KINDS = ['requirement', 'typical', 'earlier-stage', 'varies'] as const;
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number];

/** Whether a source says a pay range or a qualification of this very role, or of customer service work in general. */
export const CLAIM_SCOPES = ['role', 'all-cs'] as const;
export type ClaimScope = (typeof CLAIM_SCOPES)[number];

/** Currencies and pay periods a figure may be given in (a figure is never converted silently). */
export const CURRENCIES = ['IDR'] as const;
export const PAY_PERIODS = ['month'] as const;

/** A pay figure for the role, or the legal minimum wage (UMP/UMK) of a region, the floor an entry role is paid from. */
export const PAY_KINDS = ['pay', 'minimum-wage'] as const;
export type PayKind = (typeof PAY_KINDS)[number];

/** A figure older than this many years says its year on the page ("from 2019"). */
export const FIGURE_AGE_YEARS = 3;

/** Occupation classifications a role's codes may come from (src/lib/occupation-codes.ts says how each is written and linked). */
export const OCCUPATION_SCHEMES = ['isco-08', 'esco', 'onet-soc', 'kbji-2014'] as const;
export type OccupationScheme = (typeof OCCUPATION_SCHEMES)[number];

/** Whether a training length is given for this certification, or for customer service certification training in general. */
export const TRAINING_SCOPES = ['certification', 'all-cs-certifications'] as const;

/** The career stage a certification is meant for. */
export const CERTIFICATION_SERVES = ['representative', 'supervisor', 'manager', 'cx-professional'] as const;

/** Longest content strings, in characters: titles fit a card and a browser tab, summaries a search result. */
export const TEXT_LIMITS = {
  title: 80,
  altTitle: 60,
  altTitles: 12,
  summaryMin: 20,
  summary: 280,
  responsibility: 200,
  responsibilities: 12,
  formula: 300,
  disagreement: 900,
} as const;
