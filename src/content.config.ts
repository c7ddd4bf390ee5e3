import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { roleSchema, roleTextSchema } from './schemas/role';
import {
  certificationSchema,
  guideSchema,
  guideTextSchema,
  metricSchema,
  skillSchema,
  sourceSchema,
  termTextSchema,
  toolSchema,
} from './schemas/catalog';
import { entryIdFromPath } from './lib/entry-id';

// JENJANG_CONTENT_DIR lets the integrity tests and the build benchmark swap in their own content.
const contentDir = process.env.JENJANG_CONTENT_DIR ?? './src/content';

/** A collection of one folder's files, with ids taken from file names and duplicates refused. */
function folder(name: string, pattern: string) {
  const seen = new Map<string, string>();
  return glob({
    base: `${contentDir}/${name}`,
    pattern,
    generateId: ({ entry }) => entryIdFromPath(`${name}/${entry}`, seen),
  });
}

export const collections = {
  roles: defineCollection({ loader: folder('roles', '*.{yaml,yml}'), schema: roleSchema }),
  skills: defineCollection({ loader: folder('skills', '*.{yaml,yml}'), schema: skillSchema }),
  certifications: defineCollection({ loader: folder('certifications', '*.{yaml,yml}'), schema: certificationSchema }),
  metrics: defineCollection({ loader: folder('metrics', '*.{yaml,yml}'), schema: metricSchema }),
  tools: defineCollection({ loader: folder('tools', '*.{yaml,yml}'), schema: toolSchema }),
  guides: defineCollection({ loader: folder('guides', '*.{yaml,yml}'), schema: guideSchema }),
  sources: defineCollection({ loader: folder('sources', '*.{yaml,yml}'), schema: sourceSchema }),
  roleTexts: defineCollection({ loader: folder('texts/roles', '*/*.{md,mdx}'), schema: roleTextSchema }),
  skillTexts: defineCollection({ loader: folder('texts/skills', '*/*.{md,mdx}'), schema: termTextSchema }),
  certificationTexts: defineCollection({ loader: folder('texts/certifications', '*/*.{md,mdx}'), schema: termTextSchema }),
  metricTexts: defineCollection({ loader: folder('texts/metrics', '*/*.{md,mdx}'), schema: termTextSchema }),
  toolTexts: defineCollection({ loader: folder('texts/tools', '*/*.{md,mdx}'), schema: termTextSchema }),
  guideTexts: defineCollection({ loader: folder('texts/guides', '*/*.{md,mdx}'), schema: guideTextSchema }),
};
