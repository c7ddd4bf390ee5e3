/**
 * Every kind of entry the guide has, in one registry: its folder, its schemas and its singular
 * name. The content config, the build's content check and the scaffold all read it, so a new kind
 * is one entry here (plus its schema, view and texts).
 */
import { roleSchema, roleTextSchema } from './role';
import {
  certificationSchema,
  guideSchema,
  guideTextSchema,
  metricSchema,
  skillSchema,
  sourceSchema,
  termTextSchema,
  toolSchema,
} from './catalog';

/** Kind → folder under the content directory, schema of its YAML facts, and schema of its words per language (if it has words). */
export const ENTRY_KINDS = {
  roles: { singular: 'role', facts: roleSchema, words: roleTextSchema },
  skills: { singular: 'skill', facts: skillSchema, words: termTextSchema },
  certifications: { singular: 'certification', facts: certificationSchema, words: termTextSchema },
  metrics: { singular: 'metric', facts: metricSchema, words: termTextSchema },
  tools: { singular: 'tool', facts: toolSchema, words: termTextSchema },
  guides: { singular: 'guide', facts: guideSchema, words: guideTextSchema },
  sources: { singular: 'source', facts: sourceSchema, words: undefined },
} as const;

/** The name of a kind of entry, which is also its folder: `roles`, `skills`, … */
export type EntryKind = keyof typeof ENTRY_KINDS;

/** The kinds whose entries have words in each language (everything but sources). */
export type WordedKind = { [K in EntryKind]: (typeof ENTRY_KINDS)[K]['words'] extends undefined ? never : K }[EntryKind];

/** Every kind, in registry order. */
export const KINDS = Object.keys(ENTRY_KINDS) as EntryKind[];

/** The kinds that have words, in registry order. */
export const WORDED_KINDS = KINDS.filter((k): k is WordedKind => ENTRY_KINDS[k].words !== undefined);

/** Where the content lives; JENJANG_CONTENT_DIR lets tests and the build benchmark swap in their own. */
export function contentDir(): string {
  return process.env.JENJANG_CONTENT_DIR ?? './src/content';
}
