import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { careers, DIST, fileFor } from '../support/dist';
import type { ReadingListsData } from '../../src/lib/reading-lists-data';

const data = careers();

test('publishes the levels and tracks in ladder order', () => {
  expect(data.levels).toEqual(['entry', 'mid', 'management', 'executive']);
  expect(data.tracks[0]).toBe('frontline');
});

test('gives every role, skill, certification, metric and tool a page URL per language that exists', () => {
  // A fork may have no certifications or tools yet; every guide has roles.
  expect(data.roles.length).toBeGreaterThan(0);
  for (const kind of ['roles', 'skills', 'certifications', 'metrics', 'tools'] as const) {
    for (const entry of data[kind]) {
      for (const lang of ['id', 'en'] as const) expect(fileFor(new URL(entry.url[lang]).pathname), `${kind} ${entry.id} ${lang}`).toBeDefined();
    }
  }
});

test('lists every promotion as an edge between known roles', () => {
  const ids = new Set(data.roles.map((r) => r.id));
  expect(data.promotions.length).toBeGreaterThan(0);
  for (const edge of data.promotions) {
    expect(ids.has(edge.from) && ids.has(edge.to), `${edge.from} → ${edge.to}`).toBe(true);
  }
});

test('gives each salary figure its source, and every source its date or null with the kind of date', () => {
  const sources = new Map(data.sources.map((s) => [s.id, s] as const));
  for (const role of data.roles) for (const s of role.salary) expect(sources.has(s.source)).toBe(true);
  for (const source of data.sources) {
    expect(source.date === null || /^\d{4}-\d{2}-\d{2}$/.test(source.date), source.id).toBe(true);
    if (source.date !== null) expect(['published', 'updated', 'unlabelled'], source.id).toContain(source.dateKind);
  }
});

test('publishes every reading list with items whose addresses exist and carry the list marker', () => {
  const lists = JSON.parse(readFileSync(join(DIST, 'data/reading-lists.json'), 'utf8')) as ReadingListsData;
  expect(lists.version).toBe(1);
  for (const list of lists.lists) {
    for (const lang of ['id', 'en'] as const) {
      expect(fileFor(list.url[lang]), list.url[lang]).toBeDefined();
      for (const item of list.items) {
        if (!item.href[lang].startsWith('/')) continue;
        expect(fileFor(item.href[lang]), item.href[lang]).toBeDefined();
        expect(item.href[lang]).toContain(`?list=${list.id}&item=${item.id}`);
      }
    }
  }
});
