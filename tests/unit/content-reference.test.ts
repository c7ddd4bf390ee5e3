import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { currentContentReference } from '../../src/data/content-reference';
import { fieldRows } from '../../src/lib/content-reference';

test('docs/content.md is what the schemas say (run npm run docs after changing a schema)', () => {
  expect(readFileSync(join(import.meta.dirname, '../../docs/content.md'), 'utf8')).toBe(currentContentReference());
});

test('lists nested fields, required ones, allowed values and defaults', () => {
  const rows = fieldRows({
    type: 'object',
    required: ['level', 'skills'],
    properties: {
      level: { type: 'string', enum: ['entry', 'mid'] },
      skills: { type: 'array', minItems: 1, items: { type: 'object', required: ['skill'], properties: { skill: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } } } },
      tools: { type: 'array', default: [], items: { type: 'string' } },
    },
  });
  expect(rows.map((r) => [r.field, r.type, r.required, r.allowed, r.fallback])).toEqual([
    ['level', 'one of the values', true, 'entry, mid', '–'],
    ['skills', 'list of fields', true, 'at least 1 item', '–'],
    ['skills[].skill', 'entry id', true, '–', '–'],
    ['tools', 'list of string', false, '–', '[]'],
  ]);
});
