import { z } from 'astro/zod';
import { BANDS, CURRENCIES, EXPERIENCE_KINDS, IMPORTANCE, LEVELS, OCCUPATION_SCHEMES, PAY_KINDS, PAY_PERIODS, QUALIFICATIONS } from '../lib/model';
import { REQUIREMENTS, CLAIM_SCOPES, TEXT_LIMITS, TRACKS } from '../lib/model';
import { entryId, formerIds, localized, sourceIds } from './shared';

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
            /** The figure, or the low end of a range; for a minimum wage, the wage. */
            min: z.number().int().positive(),
            /** The high end of a range; absent where the source gives one figure. */
            max: z.number().int().positive().optional(),
            /** The median, where the source gives one. */
            median: z.number().int().positive().optional(),
            currency: z.enum(CURRENCIES).default('IDR'),
            period: z.enum(PAY_PERIODS).default('month'),
            /** `pay` for what the role earns; `minimum-wage` for a region's legal minimum (UMP/UMK), shown as the floor. */
            kind: z.enum(PAY_KINDS).default('pay'),
            /** `role` when the source gives the figure for this role; `all-cs` when it is for CS work in general. */
            scope: z.enum(CLAIM_SCOPES).default('role'),
            /** The job title the source gives the figure for, where it is not the role's own name ("Call Center Officer"). */
            asNamed: z.string().min(1).optional(),
            /** The city the figure is for, where the source names one. */
            city: z.string().min(1).optional(),
            /** What else limits the figure, in both languages ("at one employer, Bank DKI"; "in savings-and-loan cooperatives"). */
            context: localized.optional(),
            /** The year the figure is for, where the source states it (otherwise the source's date says how old it is). */
            year: z.number().int().min(1990).max(2100).optional(),
            /** For a minimum wage: the province or city it covers. */
            region: z.string().min(1).optional(),
            /** For a minimum wage: who set it, in both languages ("Gubernur DKI Jakarta"). */
            authority: localized.optional(),
            source: entryId,
          })
          .strict()
          .refine((s) => s.max === undefined || s.max >= s.min, { error: 'max must not be below min: min is the low end of the range', path: ['max'] })
          .refine((s) => s.median === undefined || (s.median >= s.min && (s.max === undefined || s.median <= s.max)), {
            error: 'the median lies between min and max',
            path: ['median'],
          })
          .refine((s) => s.kind !== 'minimum-wage' || (s.region !== undefined && s.year !== undefined && s.authority !== undefined && s.max === undefined), {
            error: 'a minimum wage names its region, its year and the authority that set it (region:, year:, authority: { id, en }) and gives one figure (min:)',
            path: ['kind'],
          }),
      )
      .default([]),
    /** Codes a published classification gives the role, each as its own page states it. */
    occupationCodes: z
      .array(
        z
          .object({
            scheme: z.enum(OCCUPATION_SCHEMES),
            code: z.string().min(1),
            /** The occupation's title exactly as the classification writes it. */
            title: z.string().min(1),
            /** The classification's page that states the code (a source with its url and the code among its figures). */
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
