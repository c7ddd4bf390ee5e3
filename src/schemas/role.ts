import { z } from 'astro/zod';
import { BANDS, CURRENCIES, EXPERIENCE_KINDS, IMPORTANCE, LEVELS, PAY_PERIODS, QUALIFICATIONS } from '../lib/model';
import { REQUIREMENTS, CLAIM_SCOPES, TEXT_LIMITS, TRACKS } from '../lib/model';
import { entryId, formerIds, sourceIds } from './shared';

/** The language-neutral facts of a role: written once, shared by both languages. */
export const roleSchema = z
  .object({
    level: z.enum(LEVELS),
    track: z.enum(TRACKS),
    /** The sources that place the role at `level`; empty means the level is the guide's own reading, and the page says so. */
    levelFrom: z.array(entryId).default([]),
    /** Where sources place the role on a different level than `level`; the page shows every view. */
    levelViews: z.array(z.object({ level: z.enum(LEVELS), source: entryId })).default([]),
    skills: z
      .array(z.object({ skill: entryId, importance: z.enum(IMPORTANCE), sources: sourceIds }).strict())
      .min(1, { error: 'at least one skill the role needs, e.g. - { skill: communication, importance: essential, sources: [qiscus] }' }),
    certifications: z.array(entryId).default([]),
    metrics: z.array(entryId).default([]),
    tools: z.array(entryId).default([]),
    experience: z
      .array(
        z
          .object({
            /** Absent only where kind is `varies`. */
            minYears: z.number().int().min(0).optional(),
            maxYears: z.number().int().min(0).optional(),
            band: z.enum(BANDS).optional(),
            /** requirement: the source says the role asks for it; typical: people in the role usually have it; earlier-stage: years in the stages before it. */
            kind: z.enum(EXPERIENCE_KINDS),
            /** True where the source says "more than N years" rather than "N years or more". */
            moreThan: z.boolean().optional(),
            source: entryId,
          })
          .strict()
          .refine((e) => (e.kind === 'varies') === (e.minYears === undefined), {
            error: 'minYears is the number of years the source gives; leave it out only with kind: varies (the source says it depends)',
            path: ['minYears'],
          }),
      )
      .default([]),
    salary: z
      .array(
        z
          .object({
            min: z.number().int().positive(),
            max: z.number().int().positive(),
            currency: z.enum(CURRENCIES).default('IDR'),
            period: z.enum(PAY_PERIODS).default('month'),
            /** `role` when the source gives the figure for this role; `all-cs` when it is for CS work in general. */
            scope: z.enum(CLAIM_SCOPES),
            source: entryId,
          })
          .strict(),
      )
      .default([]),
    education: z
      .array(
        z
          .object({
            qualification: z.enum(QUALIFICATIONS),
            requirement: z.enum(REQUIREMENTS),
            /** `all-cs` where the source says it of customer service staff in general, not of this role. */
            scope: z.enum(CLAIM_SCOPES).default('role'),
            source: entryId,
          })
          .strict(),
      )
      .default([]),
    promotesTo: z.array(entryId).default([]),
    /** Per promotion target, the sources that describe that move; a target not listed here is the guide's own reading. */
    promotionsFrom: z.record(entryId, z.array(entryId).min(1)).default({}),
    lateralMoves: z.array(entryId).default([]),
    formerIds,
    sources: sourceIds,
  })
  .strict();

/** The words of a role in one language: title, the names people search for, and what the job is. */
export const roleTextSchema = z
  .object({
    title: z.string().min(1).max(TEXT_LIMITS.title),
    altTitles: z.array(z.string().min(1).max(TEXT_LIMITS.altTitle)).max(TEXT_LIMITS.altTitles).default([]),
    summary: z
      .string()
      .min(TEXT_LIMITS.summaryMin, { error: 'write a one- or two-sentence summary of what the role is for' })
      .max(TEXT_LIMITS.summary),
    responsibilities: z.array(z.string().min(1).max(TEXT_LIMITS.responsibility)).min(1).max(TEXT_LIMITS.responsibilities),
    /** Required when the role's YAML has `levelViews`: says in words how the sources disagree. */
    disagreement: z.string().max(TEXT_LIMITS.disagreement).optional(),
  })
  .strict();
