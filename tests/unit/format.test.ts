import { expect, test } from 'vitest';
import { formatDate, formatIdr, formatIdrRange, isoDate } from '../../src/lib/format';

test('writes rupiah the Indonesian way in Indonesian and as IDR in English', () => {
  expect(formatIdr(8_000_000, 'id')).toBe('Rp8.000.000');
  expect(formatIdr(8_000_000, 'en')).toBe('IDR 8,000,000');
});

test('joins a salary range with an en dash', () => {
  expect(formatIdrRange(2_000_000, 10_000_000, 'id')).toBe('Rp2.000.000 – Rp10.000.000');
});

test('writes dates in each language without shifting the day', () => {
  const date = new Date('2022-06-30');
  expect(formatDate(date, 'id')).toBe('30 Juni 2022');
  expect(formatDate(date, 'en')).toBe('30 June 2022');
  expect(isoDate(date)).toBe('2022-06-30');
});
