import { z } from 'astro/zod';

/** An entry id as it appears in another entry's YAML: lowercase words joined by hyphens. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and hyphens, e.g. "team-leader"' });

/** A list of source ids; every fact names at least one source it rests on. */
export const sourceIds = z.array(entryId).min(1, { error: 'name at least one source id from src/content/sources/' });

/** Ids an entry had before its file was renamed: each old address stays alive as a redirect to the entry. */
export const formerIds = z.array(entryId).default([]);

/** A short text that both languages carry inline (used where a whole MDX file would be overkill). */
export const localized = z.object({ id: z.string().min(1), en: z.string().min(1) });

/** True for a real day of the Gregorian calendar written YYYY-MM-DD (so 2022-02-30 is refused). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A calendar date as YYYY-MM-DD. YAML readers may hand over an unquoted date as a Date object;
 * the build's own content check reads the raw text first, so a Date here was a valid date.
 */
export const calendarDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, { error: 'a real calendar date written YYYY-MM-DD, e.g. 2022-06-30' }),
);
