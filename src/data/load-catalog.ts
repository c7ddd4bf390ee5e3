/**
 * Reads the content collections into a plain Catalog and refuses to go on if it is inconsistent.
 * The only module besides pages that imports astro:content; everything it returns is plain data.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Catalog, OrphanText, Text, Texts } from '../lib/catalog';
import { checkCatalog } from '../lib/integrity';
import { formatProblems } from '../lib/problems';
import { LOCALES, type Locale } from '../lib/model';

type TextCollection = 'roleTexts' | 'skillTexts' | 'certificationTexts' | 'metricTexts' | 'toolTexts' | 'guideTexts' | 'listTexts';
type TextEntry = CollectionEntry<TextCollection>;

function file(entry: { filePath?: string; id: string }): string {
  return entry.filePath ?? entry.id;
}

/** Groups `en/x` and `id/x` text entries under `x`. */
function indexTexts<E extends TextEntry>(entries: E[]): Map<string, Texts<E['data']>> {
  const map = new Map<string, Texts<E['data']>>();
  for (const entry of entries) {
    const [lang, id] = entry.id.split('/') as [Locale, string];
    if (!LOCALES.includes(lang)) {
      throw new Error(`${file(entry)}: "${lang}" is not a language of this site. Put the file in a folder named ${LOCALES.join(' or ')}.`);
    }
    const texts = map.get(id) ?? {};
    texts[lang] = { file: file(entry), fields: entry.data, body: entry, markdown: entry.body ?? '' } satisfies Text<E['data']>;
    map.set(id, texts);
  }
  return map;
}

function orphans(kind: OrphanText['kind'], texts: Map<string, Texts<unknown>>, ids: Set<string>): OrphanText[] {
  return [...texts.entries()]
    .filter(([id]) => !ids.has(id))
    .flatMap(([id, byLang]) => Object.values(byLang).map((text) => ({ kind, id, file: text!.file })));
}

async function readCatalog(): Promise<Catalog> {
  const [roles, skills, certifications, metrics, tools, guides, lists, sources] = await Promise.all([
    getCollection('roles'),
    getCollection('skills'),
    getCollection('certifications'),
    getCollection('metrics'),
    getCollection('tools'),
    getCollection('guides'),
    getCollection('lists'),
    getCollection('sources'),
  ]);
  const roleTexts = indexTexts(await getCollection('roleTexts'));
  const skillTexts = indexTexts(await getCollection('skillTexts'));
  const certificationTexts = indexTexts(await getCollection('certificationTexts'));
  const metricTexts = indexTexts(await getCollection('metricTexts'));
  const toolTexts = indexTexts(await getCollection('toolTexts'));
  const guideTexts = indexTexts(await getCollection('guideTexts'));
  const listTexts = indexTexts(await getCollection('listTexts'));
  const byId = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));

  return {
    roles: byId(roles.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: roleTexts.get(e.id) ?? {} }))),
    skills: byId(skills.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: skillTexts.get(e.id) ?? {} }))),
    certifications: byId(
      certifications.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: certificationTexts.get(e.id) ?? {} })),
    ),
    metrics: byId(metrics.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: metricTexts.get(e.id) ?? {} }))),
    tools: byId(tools.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: toolTexts.get(e.id) ?? {} }))),
    guides: byId(guides.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: guideTexts.get(e.id) ?? {} }))),
    lists: byId(lists.map((e) => ({ id: e.id, file: file(e), ...e.data, texts: listTexts.get(e.id) ?? {} }))),
    sources: byId(sources.map((e) => ({ id: e.id, file: file(e), ...e.data }))),
    orphanTexts: [
      ...orphans('role', roleTexts, new Set(roles.map((r) => r.id))),
      ...orphans('skill', skillTexts, new Set(skills.map((r) => r.id))),
      ...orphans('certification', certificationTexts, new Set(certifications.map((r) => r.id))),
      ...orphans('metric', metricTexts, new Set(metrics.map((r) => r.id))),
      ...orphans('tool', toolTexts, new Set(tools.map((r) => r.id))),
      ...orphans('guide', guideTexts, new Set(guides.map((r) => r.id))),
      ...orphans('list', listTexts, new Set(lists.map((r) => r.id))),
    ],
  };
}

let cached: Promise<Catalog> | undefined;

/** The checked catalog, read once per build; throws with every content problem listed. */
export function loadCatalog(): Promise<Catalog> {
  cached ??= readCatalog().then((catalog) => {
    const problems = checkCatalog(catalog);
    if (problems.length > 0) throw new Error(formatProblems(problems));
    return catalog;
  });
  return cached;
}
