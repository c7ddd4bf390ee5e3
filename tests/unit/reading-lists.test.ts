import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkLists } from '../../src/lib/lists';
import {
  doneItems,
  loadDone,
  progressFile,
  progressFragment,
  readProgress,
  readProgressFile,
  readProgressFragment,
  storeProgress,
} from '../../src/lib/progress';
import { headingSlugs, markdownWords, readingMinutes, sectionOf } from '../../src/lib/reading-time';
import type { List } from '../../src/lib/catalog';
import { validCatalog } from '../support/catalog-fixture';

const itemId = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);

describe('progress', () => {
  test('round-trips through storage, a file and a link, keeping only items still in the list', () => {
    fc.assert(
      fc.property(fc.uniqueArray(itemId, { maxLength: 30 }), fc.uniqueArray(itemId, { maxLength: 30 }), (items, done) => {
        const kept = doneItems(done, items);
        expect(kept.every((id) => items.includes(id) && done.includes(id))).toBe(true);
        expect(doneItems(readProgress(storeProgress(kept)), items)).toEqual(kept);
        expect(readProgressFile(progressFile('a-list', kept), 'a-list', items)).toEqual(kept);
        expect(readProgressFragment(progressFragment(kept), items)).toEqual(kept);
      }),
    );
  });

  test('an item removed from the list is dropped from the count, not kept as a ghost', () => {
    expect(doneItems(['a', 'gone', 'b'], ['b', 'a', 'c'])).toEqual(['b', 'a']);
  });

  test('reads hostile or broken input as nothing done, never as markup', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(readProgress(junk).every((id) => /^[a-z0-9-]+$/.test(id))).toBe(true);
        expect(readProgressFile(junk, 'x', ['a'])?.every((id) => id === 'a') ?? true).toBe(true);
      }),
    );
    expect(readProgress('{"v":1,"done":["<img src=x onerror=alert(1)>","ok"]}')).toEqual(['ok']);
    expect(readProgressFile('{"format":"jenjang-progress","v":1,"list":"other","done":["a"]}', 'mine', ['a'])).toBeNull();
    expect(readProgressFragment('#done=<script>', ['a'])).toBeNull();
    expect(readProgressFragment('#section', ['a'])).toBeNull();
  });
});

describe('reading time', () => {
  test('counts the words a reader meets, not link targets or markup', () => {
    expect(markdownWords('## A heading\n\nRead [the page](/en/roles/x/) **now**.')).toBe(6);
    expect(readingMinutes(0, 238)).toBe(0);
    expect(readingMinutes(10, 238)).toBe(1);
    expect(readingMinutes(476, 238)).toBe(2);
  });

  test('finds a heading by its id and takes the text up to the next heading of its level', () => {
    const md = '## First part: intro\n\none two\n\n### Inside\n\nthree\n\n## Second\n\nfour';
    expect(headingSlugs(md)).toEqual(['first-part-intro', 'inside', 'second']);
    expect(sectionOf(md, 'first-part-intro')).toContain('three');
    expect(sectionOf(md, 'first-part-intro')).not.toContain('four');
    expect(sectionOf(md, 'missing')).toBeUndefined();
  });
});

function catalogWithList(change: (list: List) => void = () => {}) {
  const catalog = validCatalog();
  const words = (lang: string) => ({
    file: `texts/lists/${lang}/l.mdx`,
    fields: { title: 'T', summary: 'A summary long enough to pass.', steps: { s1: { title: 'Day 1', purpose: 'Why this step.' } }, items: { i1: { reason: 'Why read it.' } } },
  });
  const list = {
    id: 'l',
    file: 'src/content/lists/l.yaml',
    audience: 'new-agent',
    order: 1,
    steps: [{ id: 's1', items: [{ id: 'i1', page: { kind: 'roles', id: 'agent' }, required: true }] }],
    texts: { id: words('id'), en: words('en') },
  } as unknown as List;
  change(list);
  catalog.lists.push(list);
  return catalog;
}

describe('checkLists', () => {
  test('passes a list whose items, steps and words all match', () => {
    expect(checkLists(catalogWithList())).toEqual([]);
  });

  test('names the words missing for an item, in each language', () => {
    const problems = checkLists(catalogWithList((l) => l.steps[0]!.items.push({ id: 'i2', page: { kind: 'roles', id: 'agent' }, required: false })));
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ['texts/lists/id/l.mdx', 'items.i2'],
      ['texts/lists/en/l.mdx', 'items.i2'],
    ]);
  });

  test('refuses a repeated item id, since progress is kept under it', () => {
    const problems = checkLists(catalogWithList((l) => l.steps[0]!.items.push({ id: 'i1', page: { kind: 'roles', id: 'team-leader' }, required: false })));
    expect(problems[0]).toMatchObject({ field: 'steps[0].items[1].id', value: 'i1' });
  });

  test('asks a link elsewhere for its title in each language', () => {
    const problems = checkLists(catalogWithList((l) => (l.steps[0]!.items[0] = { id: 'i1', url: 'https://example.org/', required: true })));
    expect(problems.map((p) => p.field)).toEqual(['items.i1.title', 'items.i1.title']);
  });
});

describe('loadDone', () => {
  test('reads what the browser keeps, and counts blocked storage as nothing done', () => {
    const kept = { getItem: () => storeProgress(['a', 'gone']) };
    expect(loadDone(kept, 'k', ['a', 'b'])).toEqual(['a']);
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(loadDone(blocked, 'k', ['a'])).toEqual([]);
  });
});
