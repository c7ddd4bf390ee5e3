/** The files of a new entry of any kind in the registry, or why they cannot be written (used by scripts/new-entry.mjs). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { ENTRY_KINDS, KINDS, type EntryKind } from '../schemas';
import type { JsonSchema } from '../lib/content-reference';
import { badId, scaffoldFacts, scaffoldWords } from '../lib/scaffold';
import { LOCALES } from '../lib/model';

const LANGUAGE: Record<string, string> = { id: 'Indonesian', en: 'English' };
const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;

/** The kind a word names: "role" or "roles". */
function kindOf(word: string): EntryKind | undefined {
  return KINDS.find((k) => k === word || ENTRY_KINDS[k].singular === word);
}

/** The paths and texts to write, or a message saying why not. */
export function newEntryFiles(word: string, id: string, contentDir: string): { path: string; text: string }[] | string {
  const kind = kindOf(word);
  if (!kind) return `Unknown kind "${word}". Use one of: ${KINDS.map((k) => ENTRY_KINDS[k].singular).join(', ')}.\nUsage: npm run new -- <kind> <id>`;
  const wrong = badId(id);
  if (wrong) return `${wrong}.\nUsage: npm run new -- ${ENTRY_KINDS[kind].singular} <id>`;
  const { facts, words, singular } = ENTRY_KINDS[kind];
  const files = [{ path: join(contentDir, kind, `${id}.yaml`), text: scaffoldFacts(json(facts), singular) }];
  if (words) {
    for (const lang of LOCALES) files.push({ path: join(contentDir, 'texts', kind, lang, `${id}.mdx`), text: scaffoldWords(json(words), LANGUAGE[lang] ?? lang) });
  }
  const taken = files.filter((f) => existsSync(f.path)).map((f) => f.path);
  if (taken.length > 0) return `A ${singular} "${id}" exists already: ${taken.join(', ')}. Choose another id, or edit those files.`;
  return files;
}
