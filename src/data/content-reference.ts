/** The content reference of this codebase's schemas (src/lib/content-reference.ts renders it). */
import { z } from 'astro/zod';
import { ENTRY_KINDS, KINDS } from '../schemas';
import { contentReference, type JsonSchema } from '../lib/content-reference';

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;

/** docs/content.md as it should read for the schemas in src/schemas/. */
export function currentContentReference(): string {
  return contentReference(
    KINDS.map((kind) => {
      const { facts, words } = ENTRY_KINDS[kind];
      return { kind, folder: kind, facts: json(facts), ...(words ? { words: json(words) } : {}) };
    }),
  );
}
