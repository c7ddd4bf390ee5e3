/**
 * Every kind of entry the guide has, in one registry: its folder, its schemas, its singular name and
 * its section (src/lib/kinds.ts). The content config, the build's content check, the scaffold, the
 * routes and the page route all read it, so a new kind is one entry in each half (plus its schema,
 * view and texts).
 */
import { roleSchema, roleTextSchema } from './role';
import { listSchema, listTextSchema } from './list';
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
import { KIND_NAMES, KINDS, type EntryKind } from '../lib/kinds';

/** Kind → schema of its YAML facts, and schema of its words per language (if it has words); names and sections are in src/lib/kinds.ts. */
const SCHEMAS = {
  roles: { facts: roleSchema, words: roleTextSchema },
  skills: { facts: skillSchema, words: termTextSchema },
  certifications: { facts: certificationSchema, words: termTextSchema },
  metrics: { facts: metricSchema, words: termTextSchema },
  tools: { facts: toolSchema, words: termTextSchema },
  guides: { facts: guideSchema, words: guideTextSchema },
  lists: { facts: listSchema, words: listTextSchema },
  sources: { facts: sourceSchema, words: undefined },
} as const satisfies Record<EntryKind, { facts: unknown; words: unknown }>;

/** Kind → its folder's singular name, its schemas and its section: the registry the content config, check and scaffold read. */
export const ENTRY_KINDS = Object.fromEntries(KINDS.map((k) => [k, { ...KIND_NAMES[k], ...SCHEMAS[k] }])) as {
  [K in EntryKind]: (typeof KIND_NAMES)[K] & (typeof SCHEMAS)[K];
};

export { KINDS, type EntryKind };

/** The kinds whose entries have words in each language (everything but sources). */
export type WordedKind = { [K in EntryKind]: (typeof ENTRY_KINDS)[K]['words'] extends undefined ? never : K }[EntryKind];

/** The kinds that have words, in registry order. */
export const WORDED_KINDS = KINDS.filter((k): k is WordedKind => ENTRY_KINDS[k].words !== undefined);

/** Where the content lives; JENJANG_CONTENT_DIR lets tests and the build benchmark swap in their own. */
export function contentDir(): string {
  return process.env.JENJANG_CONTENT_DIR ?? './src/content';
}
