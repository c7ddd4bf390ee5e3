import { expect, test } from 'vitest';
import { fillPlaceholders } from '../../src/lib/placeholders';

test('fills each {name} slot from the values given', () => {
  expect(fillPlaceholders('{min}–{max} tahun', { min: 4, max: 8 })).toBe('4–8 tahun');
});

test('leaves a slot without a value visible, so a missing value is noticed rather than silently dropped', () => {
  expect(fillPlaceholders('Dari {from} ke {to}', { from: 'Agen' })).toBe('Dari Agen ke {to}');
});
