import { expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaries, t } from '../../src/i18n/ui';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every language has exactly the same interface keys', () => {
  expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.id).sort());
});

test('no interface string is empty in any language', () => {
  for (const dict of Object.values(dictionaries)) {
    for (const [key, value] of Object.entries(dict)) expect(value.trim(), key).not.toBe('');
  }
});

test('each key uses the same placeholders in both languages', () => {
  for (const key of Object.keys(dictionaries.id) as (keyof typeof dictionaries.id)[]) {
    expect(placeholders(dictionaries.en[key]), key).toEqual(placeholders(dictionaries.id[key]));
  }
});

test('fills placeholders with the values given', () => {
  expect(t('en')('fact.years', { min: 4, max: 8 })).toBe('4–8 years');
  expect(t('id')('fact.years', { min: 4, max: 8 })).toBe('4–8 tahun');
});

test('every interface key is used by the site (a key no component asks for is dead weight in both languages)', () => {
  const root = join(import.meta.dirname, '../../src');
  const code = readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.(ts|astro)$/.test(f) && !f.startsWith('i18n'))
    .map((f) => readFileSync(join(root, f), 'utf8'))
    .join('\n');
  // Keys built from a template (`level.${role.level}`) count as used when they fit its fixed parts.
  const templates = [...code.matchAll(/`([\w.-]*)\$\{[^}`]*\}([\w.-]*)`/g)].map((m): [string, string] => [m[1]!, m[2]!]).filter(([a, b]) => a.length + b.length > 0);
  const unused = Object.keys(dictionaries.id).filter(
    (key) => !code.includes(`'${key}'`) && !templates.some(([prefix, suffix]) => key.startsWith(prefix) && key.endsWith(suffix)),
  );
  expect(unused).toEqual([]);
});
