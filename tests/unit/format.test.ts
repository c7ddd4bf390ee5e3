import { expect, test } from 'vitest';
import { experienceYears, formatDate, formatIdr, formatIdrRange, isoDate } from '../../src/lib/format';
import { t } from '../../src/i18n/ui';

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

test('states years of experience as the source gives them', () => {
  const say = t('en');
  expect(experienceYears({ minYears: 4, maxYears: 8, source: 's' }, say)).toBe('4–8 years');
  expect(experienceYears({ minYears: 8, band: 'senior', source: 's' }, say)).toBe('8 years or more');
  expect(experienceYears({ minYears: 3, source: 's' }, say)).toBe('more than 3 years');
});
