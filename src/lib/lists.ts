/**
 * Reading lists: what an item points at, which sections a page has, and the checks that stop the
 * build on an item pointing at a missing entry or section, or words missing for a step or item.
 */
import type { Catalog, List, ListItem } from './catalog';
import { textOf } from './catalog';
import { headingSlugs } from './reading-time';
import { LOCALES, type Locale } from './model';
import type { Problem } from './problems';
import { BUILD_SEGMENT } from './routes';

/** The kinds a list item may point at. */
export type ListTargetKind = NonNullable<ListItem['page']>['kind'];

/** The sections every page of a kind has, by their anchor: what `page.section` may name. */
export const PAGE_SECTIONS: Record<ListTargetKind, readonly string[]> = {
  roles: ['facts', 'salary', 'experience', 'education', 'certifications', 'responsibilities', 'about', 'skills', 'metrics', 'tools', 'from', 'next', 'sources'],
  skills: ['about', 'roles', 'sources'],
  certifications: ['about', 'roles', 'sources'],
  metrics: ['about', 'roles', 'sources'],
  tools: ['about', 'roles', 'sources'],
  guides: ['about', 'roles', 'sources'],
};

/** The anchor an item opens at in a language: the YAML's built-in section, or the words' heading slug, or none. */
export function itemSection(list: List, item: ListItem, lang: Locale): string | undefined {
  return item.page?.section ?? list.texts[lang]?.fields.items[item.id]?.section;
}

/** Every item of a list, in reading order, with the step it belongs to. */
export function listItems(list: List): { step: string; item: ListItem }[] {
  return list.steps.flatMap((step) => step.items.map((item) => ({ step: step.id, item })));
}

/** The problems of every reading list: a missing entry or section, a repeated id, or words missing for a step or item. */
export function checkLists(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  for (const list of catalog.lists) {
    if (Object.values(BUILD_SEGMENT).includes(list.id)) {
      problems.push({ file: list.file, field: '(file name)', value: list.id, expected: 'an id the list builder does not use', fix: 'rename the list\'s files' });
    }
    const stepIds = new Set<string>();
    list.steps.forEach((step, s) => {
      if (stepIds.has(step.id)) problems.push({ file: list.file, field: `steps[${s}].id`, value: step.id, expected: 'an id no other step of this list has', fix: 'rename one of the steps' });
      stepIds.add(step.id);
    });
    const itemIds = new Set<string>();
    list.steps.forEach((step, s) =>
      step.items.forEach((item, i) => {
        const field = `steps[${s}].items[${i}]`;
        if (itemIds.has(item.id)) problems.push({ file: list.file, field: `${field}.id`, value: item.id, expected: 'an id no other item of this list has (progress is kept under it)', fix: 'rename one of the items' });
        itemIds.add(item.id);
        if (!item.page) return;
        const { kind, id, section } = item.page;
        const entries = catalog[kind] as unknown as readonly { id: string; file: string; texts: List['texts'] }[];
        const target = entries.find((e) => e.id === id);
        if (!target) {
          problems.push({ file: list.file, field: `${field}.page.id`, value: id, expected: `an entry of src/content/${kind}/`, fix: `create src/content/${kind}/${id}.yaml, or point the item at an entry that exists` });
          return;
        }
        if (section && !PAGE_SECTIONS[kind].includes(section)) {
          problems.push({
            file: list.file,
            field: `${field}.page.section`,
            value: section,
            expected: `a section every ${kind} page has: ${PAGE_SECTIONS[kind].join(', ')}`,
            fix: 'use one of those, or leave section out and give a heading per language in the list\'s words (items.<id>.section)',
          });
        }
        for (const lang of LOCALES) {
          const words = list.texts[lang];
          const heading = words?.fields.items[item.id]?.section;
          if (!words || !heading) continue;
          const markdown = textOf(target as never, lang) as { markdown?: string };
          const slugs = headingSlugs(markdown.markdown ?? '');
          if (section) {
            problems.push({ file: words.file, field: `items.${item.id}.section`, value: heading, expected: 'no heading here: the YAML already names a section for this item', fix: 'remove one of the two' });
          } else if (!slugs.includes(heading)) {
            problems.push({
              file: words.file,
              field: `items.${item.id}.section`,
              value: heading,
              expected: `a heading of ${kind}/${id} in ${lang}: ${slugs.join(', ') || '(it has none)'}`,
              fix: 'copy the heading\'s id from that list, or leave section out to open the whole page',
            });
          }
        }
      }),
    );
    for (const lang of LOCALES) {
      const words = list.texts[lang];
      if (!words) continue;
      for (const id of stepIds) {
        if (!words.fields.steps[id]) problems.push({ file: words.file, field: `steps.${id}`, value: '(missing)', expected: `the title and purpose of step ${id} in this language`, fix: `steps:\n  ${id}: { title: …, purpose: … }` });
      }
      for (const id of Object.keys(words.fields.steps)) {
        if (!stepIds.has(id)) problems.push({ file: words.file, field: `steps.${id}`, value: id, expected: `a step of ${list.file}: ${[...stepIds].join(', ')}`, fix: 'rename it to match the YAML, or remove it' });
      }
      for (const { item } of listItems(list)) {
        const itemWords = words.fields.items[item.id];
        if (!itemWords) {
          problems.push({ file: words.file, field: `items.${item.id}`, value: '(missing)', expected: `why to read item ${item.id}, in this language`, fix: `items:\n  ${item.id}: { reason: … }` });
        } else if (item.url && !itemWords.title) {
          problems.push({ file: words.file, field: `items.${item.id}.title`, value: '(missing)', expected: 'the title of the page the link opens, in this language', fix: `items:\n  ${item.id}: { title: …, reason: … }` });
        } else if (item.page && itemWords.title) {
          problems.push({ file: words.file, field: `items.${item.id}.title`, value: itemWords.title, expected: 'no title: a page of this guide is listed under its own title', fix: 'remove title' });
        }
      }
      for (const id of Object.keys(words.fields.items)) {
        if (!itemIds.has(id)) problems.push({ file: words.file, field: `items.${id}`, value: id, expected: `an item of ${list.file}`, fix: 'rename it to match the YAML, or remove it' });
      }
    }
  }
  return problems;
}
