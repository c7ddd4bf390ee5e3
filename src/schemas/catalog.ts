import { z } from 'astro/zod';
import { AUDIENCES, CERTIFICATION_SERVES, DIRECTIONS, TRAINING_SCOPES, SKILL_CATEGORIES, SOURCE_DATE_KINDS, TEXT_LIMITS } from '../lib/model';
import { calendarDate, entryId, formerIds, localized, sourceIds } from './shared';

/** A skill's shared facts; the roles that need it are derived from the roles, never written here. */
export const skillSchema = z.object({ category: z.enum(SKILL_CATEGORIES), sources: sourceIds, formerIds }).strict();

/** A certification's shared facts; `serves` names the career level it is meant for. */
export const certificationSchema = z
  .object({
    serves: z.enum(CERTIFICATION_SERVES),
    /** Who awards it, or null where the source names no issuer. */
    issuer: z.string().nullable(),
    training: z
      .object({
        minDays: z.number().int().positive(),
        maxMonths: z.number().int().positive(),
        /** `all-cs-certifications` where the source gives the length for CS certification training in general. */
        scope: z.enum(TRAINING_SCOPES),
        source: entryId,
      })
      .strict()
      .optional(),
    sources: sourceIds,
    formerIds,
  })
  .strict();

/** A KPI's shared facts. */
export const metricSchema = z
  .object({ abbreviation: z.string().min(2), direction: z.enum(DIRECTIONS), sources: sourceIds, formerIds })
  .strict();

/** A category of software, with the example products its sources name. */
export const toolSchema = z
  .object({ examples: z.array(z.string().min(1)).default([]), sources: sourceIds, formerIds })
  .strict();

/** One of the articles the guide rests on, or the issuer of a widely documented fact. */
export const sourceSchema = z
  .object({
    /** A name, or a description per language where the text names no publisher. */
    publisher: z.union([z.string().min(1), localized]),
    title: z.string().min(1),
    /** The language the source is written in (a BCP 47 tag: id, en): its title carries it wherever it is cited, so a screen reader reads it right. */
    language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'a language tag such as id or en' }),
    /** The date the text shows, as YYYY-MM-DD; null where it shows none. */
    date: z.union([calendarDate, z.null()], { error: 'a calendar date written YYYY-MM-DD (e.g. 2022-06-30), or null for an undated source' }),
    /** Whether `date` is when the text was first published or when it was last updated. */
    dateKind: z.enum(SOURCE_DATE_KINDS).optional(),
    /** For a page that shows no date: the day its stored copy was read, so every figure still has a date. */
    accessed: calendarDate.optional(),
    /** Where the title was taken from when the page shows none: a heading on it, or the words of its address. */
    titleFrom: z.enum(['heading', 'address']).optional(),
    /** Where a reader can open the source. */
    url: z.url({ error: 'a full address starting with https://' }).optional(),
    /** The names prose uses when it credits this source ("menurut Jobstreet"); the publisher's name is always one. */
    citedAs: z.array(z.string().min(2)).default([]),
    /** For a source without a stored text (an issuer, a company policy): each figure it gives, exactly as written there. */
    figures: z.array(z.string().min(1)).default([]),
    /** Whom the article itself cites, if anyone. */
    citing: z.string().optional(),
    /** The file name of the article's text in .seeds/ (never committed), from which scripts/evidence.ts writes its evidence. */
    textFile: z.string().regex(/^[\w.-]+\.txt$/).optional(),
    covers: localized,
  })
  .strict()
  .refine((s) => s.date === null || s.dateKind !== undefined, {
    error: 'say whether the date is when the text was published or updated: add dateKind: published (or updated)',
    path: ['dateKind'],
  });

/** The words of a skill, certification, metric or tool in one language. */
export const termTextSchema = z
  .object({
    name: z.string().min(1).max(TEXT_LIMITS.title),
    altNames: z.array(z.string().min(1).max(TEXT_LIMITS.altTitle)).max(TEXT_LIMITS.altTitles).default([]),
    summary: z.string().min(TEXT_LIMITS.summaryMin, { error: 'write a one- or two-sentence summary' }).max(TEXT_LIMITS.summary),
    /** For metrics: how the number is worked out, in words. */
    formula: z.string().max(TEXT_LIMITS.formula).optional(),
  })
  .strict();

/** A long-form guide's shared facts: who it is for, the roles it concerns, its sources and its place in the list. */
export const guideSchema = z
  .object({
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    roles: z.array(entryId).default([]),
    sources: sourceIds,
    order: z.number().int(),
    formerIds,
  })
  .strict();

/** The words of a guide in one language; the MDX body is the guide itself. */
export const guideTextSchema = z
  .object({
    title: z.string().min(1).max(TEXT_LIMITS.title),
    summary: z
      .string()
      .min(TEXT_LIMITS.summaryMin, { error: 'write a one- or two-sentence summary of what the guide answers' })
      .max(TEXT_LIMITS.summary),
  })
  .strict();
