import { z } from 'astro/zod';
import { LIST_AUDIENCES, TEXT_LIMITS } from '../lib/model';
import { entryId, formerIds } from './shared';
import { LIST_TARGET_KINDS } from '../lib/kinds';

/** A page of the guide a reading list points at, or one section of it (`section: skills` is the page's #skills). */
const pageTarget = z
  .object({
    /** The kind of entry, as its folder is named: roles, skills, certifications, metrics, tools, guides. */
    kind: z.enum(LIST_TARGET_KINDS),
    id: entryId,
    section: entryId.optional(),
  })
  .strict();

/** One item of a step: a page of the guide (`page`) or a page elsewhere (`url`), required or optional. */
const listItem = z
  .object({
    /** Stays the same when the list is edited: reading progress is kept under it. */
    id: entryId,
    page: pageTarget.optional(),
    url: z.url({ protocol: /^https$/, error: 'a full https:// address' }).optional(),
    required: z.boolean(),
  })
  .strict()
  .refine((item) => (item.page === undefined) !== (item.url === undefined), {
    error: 'give either page (a page of this guide) or url (a page elsewhere), not both and not neither',
  });

/** A reading list's shared facts: who it is for, and its steps in order, each with its items in order. */
export const listSchema = z
  .object({
    audience: z.enum(LIST_AUDIENCES),
    order: z.number().int(),
    steps: z
      .array(
        z
          .object({ id: entryId, items: z.array(listItem).min(1, { error: 'a step needs at least one item to read' }) })
          .strict(),
      )
      .min(1, { error: 'a reading list needs at least one step' }),
    formerIds,
  })
  .strict();

/** The words of a reading list in one language: its title and summary, each step's title and purpose, each item's reason. */
export const listTextSchema = z
  .object({
    title: z.string().min(1).max(TEXT_LIMITS.title),
    summary: z
      .string()
      .min(TEXT_LIMITS.summaryMin, { error: 'write a one- or two-sentence summary of who the list is for and what it gets them' })
      .max(TEXT_LIMITS.summary),
    steps: z.record(entryId, z.object({ title: z.string().min(1).max(40), purpose: z.string().min(10).max(200) }).strict()),
    items: z.record(
      entryId,
      z
        .object({
          reason: z.string().min(10).max(200),
          /** Only for an item with a `url`: the title of the page it points to. */
          title: z.string().min(1).max(TEXT_LIMITS.title).optional(),
          /** A heading of a guide to open at, as its id in this language (headings differ by language). */
          section: entryId.optional(),
        })
        .strict(),
    ),
  })
  .strict();
