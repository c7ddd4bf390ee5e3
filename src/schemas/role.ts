import { z } from 'astro/zod';
import { BANDS, IMPORTANCE, LEVELS, TRACKS } from '../lib/model';
import { QUALIFICATIONS, REQUIREMENTS } from '../lib/model';
import { entryId, sourceIds } from './shared';

/** The language-neutral facts of a role: written once, shared by both languages. */
export const roleSchema = z
  .object({
    level: z.enum(LEVELS),
    track: z.enum(TRACKS),
    /** Where sources place the role on a different level than `level`; the page shows every view. */
    levelViews: z.array(z.object({ level: z.enum(LEVELS), source: entryId })).default([]),
    skills: z.array(
      z.object({ skill: entryId, importance: z.enum(IMPORTANCE), sources: sourceIds }).strict(),
    ),
    certifications: z.array(entryId).default([]),
    metrics: z.array(entryId).default([]),
    tools: z.array(entryId).default([]),
    experience: z
      .array(
        z
          .object({
            minYears: z.number().int().min(0),
            maxYears: z.number().int().min(0).optional(),
            band: z.enum(BANDS).optional(),
            source: entryId,
          })
          .strict(),
      )
      .default([]),
    salary: z
      .array(
        z
          .object({
            min: z.number().int().positive(),
            max: z.number().int().positive(),
            currency: z.literal('IDR').default('IDR'),
            period: z.literal('month').default('month'),
            /** `role` when the source gives the figure for this role; `all-cs` when it is for CS work in general. */
            scope: z.enum(['role', 'all-cs']),
            source: entryId,
          })
          .strict(),
      )
      .default([]),
    education: z
      .array(
        z
          .object({ qualification: z.enum(QUALIFICATIONS), requirement: z.enum(REQUIREMENTS), source: entryId })
          .strict(),
      )
      .default([]),
    promotesTo: z.array(entryId).default([]),
    lateralMoves: z.array(entryId).default([]),
    sources: sourceIds,
  })
  .strict();

/** The words of a role in one language: title, the names people search for, and what the job is. */
export const roleTextSchema = z
  .object({
    title: z.string().min(1),
    altTitles: z.array(z.string().min(1)).default([]),
    summary: z.string().min(20, { error: 'write a one- or two-sentence summary of what the role is for' }),
    responsibilities: z.array(z.string().min(1)).min(1),
    /** Required when the role's YAML has `levelViews`: says in words how the sources disagree. */
    disagreement: z.string().optional(),
  })
  .strict();
