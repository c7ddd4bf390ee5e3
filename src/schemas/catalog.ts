import { z } from 'astro/zod';
import { AUDIENCES, DIRECTIONS, SKILL_CATEGORIES } from '../lib/model';
import { entryId, localized, sourceIds } from './shared';

/** A skill's shared facts; the roles that need it are derived from the roles, never written here. */
export const skillSchema = z.object({ category: z.enum(SKILL_CATEGORIES), sources: sourceIds }).strict();

/** A certification's shared facts; `serves` names the career level it is meant for. */
export const certificationSchema = z
  .object({
    serves: z.enum(['representative', 'supervisor', 'manager', 'cx-professional']),
    /** Who awards it, or null where the source names no issuer. */
    issuer: z.string().nullable(),
    training: z
      .object({ minDays: z.number().int().positive(), maxMonths: z.number().int().positive(), source: entryId })
      .strict()
      .optional(),
    sources: sourceIds,
  })
  .strict();

/** A KPI's shared facts. */
export const metricSchema = z
  .object({ abbreviation: z.string().min(2), direction: z.enum(DIRECTIONS), sources: sourceIds })
  .strict();

/** A category of software, with the example products its sources name. */
export const toolSchema = z
  .object({ examples: z.array(z.string().min(1)).default([]), sources: sourceIds })
  .strict();

/** One of the articles the guide rests on, or the issuer of a widely documented fact. */
export const sourceSchema = z
  .object({
    /** A name, or a description per language where the text names no publisher. */
    publisher: z.union([z.string().min(1), localized]),
    title: z.string().min(1),
    /** The publication or update date the text shows; null where it shows none. */
    published: z.coerce.date().nullable(),
    /** Whom the article itself cites, if anyone. */
    citing: z.string().optional(),
    seedFile: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/).optional(),
    covers: localized,
  })
  .strict();

/** The words of a skill, certification, metric or tool in one language. */
export const termTextSchema = z
  .object({
    name: z.string().min(1),
    altNames: z.array(z.string().min(1)).default([]),
    summary: z.string().min(20, { error: 'write a one- or two-sentence summary' }),
    /** For metrics: how the number is worked out, in words. */
    formula: z.string().optional(),
  })
  .strict();

/** A long-form guide's shared facts: who it is for, the roles it concerns, its sources and its place in the list. */
export const guideSchema = z
  .object({
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    roles: z.array(entryId).default([]),
    sources: sourceIds,
    order: z.number().int(),
  })
  .strict();

/** The words of a guide in one language; the MDX body is the guide itself. */
export const guideTextSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(20, { error: 'write a one- or two-sentence summary of what the guide answers' }),
  })
  .strict();
