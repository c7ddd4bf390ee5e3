import { expect, test } from 'vitest';
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
