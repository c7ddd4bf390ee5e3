import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ENTRY_KINDS, contentDir } from './schemas';
import { entryIdFromPath } from './lib/entry-id';

/** A collection of one folder's files, with ids taken from file names and duplicates refused. */
function folder(name: string, pattern: string) {
  const seen = new Map<string, string>();
  return glob({
    base: `${contentDir()}/${name}`,
    pattern,
    generateId: ({ entry }) => entryIdFromPath(`${name}/${entry}`, seen),
  });
}

const YAML = '*.{yaml,yml}';
const MDX = '*/*.{md,mdx}';

// Each collection is written out so getCollection() knows its entries' types; folders and schemas come from the registry.
export const collections = {
  roles: defineCollection({ loader: folder('roles', YAML), schema: ENTRY_KINDS.roles.facts }),
  skills: defineCollection({ loader: folder('skills', YAML), schema: ENTRY_KINDS.skills.facts }),
  certifications: defineCollection({ loader: folder('certifications', YAML), schema: ENTRY_KINDS.certifications.facts }),
  metrics: defineCollection({ loader: folder('metrics', YAML), schema: ENTRY_KINDS.metrics.facts }),
  tools: defineCollection({ loader: folder('tools', YAML), schema: ENTRY_KINDS.tools.facts }),
  guides: defineCollection({ loader: folder('guides', YAML), schema: ENTRY_KINDS.guides.facts }),
  lists: defineCollection({ loader: folder('lists', YAML), schema: ENTRY_KINDS.lists.facts }),
  sources: defineCollection({ loader: folder('sources', YAML), schema: ENTRY_KINDS.sources.facts }),
  roleTexts: defineCollection({ loader: folder('texts/roles', MDX), schema: ENTRY_KINDS.roles.words }),
  skillTexts: defineCollection({ loader: folder('texts/skills', MDX), schema: ENTRY_KINDS.skills.words }),
  certificationTexts: defineCollection({ loader: folder('texts/certifications', MDX), schema: ENTRY_KINDS.certifications.words }),
  metricTexts: defineCollection({ loader: folder('texts/metrics', MDX), schema: ENTRY_KINDS.metrics.words }),
  toolTexts: defineCollection({ loader: folder('texts/tools', MDX), schema: ENTRY_KINDS.tools.words }),
  guideTexts: defineCollection({ loader: folder('texts/guides', MDX), schema: ENTRY_KINDS.guides.words }),
  listTexts: defineCollection({ loader: folder('texts/lists', MDX), schema: ENTRY_KINDS.lists.words }),
};
