import { z } from 'astro/zod';

/** An entry id as it appears in another entry's YAML: lowercase words joined by hyphens. */
export const entryId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'use lowercase letters, digits and hyphens, e.g. "team-leader"' });

/** A list of source ids; every fact names at least one source it rests on. */
export const sourceIds = z.array(entryId).min(1, { error: 'name at least one source id from src/content/sources/' });

/** A short text that both languages carry inline (used where a whole MDX file would be overkill). */
export const localized = z.object({ id: z.string().min(1), en: z.string().min(1) });
