import { expect, test } from 'vitest';
import { calendarDay, experienceYears, formatDate, formatIdr, formatIdrRange, sourceDateWords } from '../../src/lib/format';
import { t } from '../../src/i18n/ui';

test('writes rupiah the Indonesian way in Indonesian and as IDR in English', () => {
  expect(formatIdr(8_000_000, 'id')).toBe('Rp8.000.000');
  expect(formatIdr(8_000_000, 'en')).toBe('IDR 8,000,000');
});

test('joins a salary range with an en dash', () => {
  expect(formatIdrRange(2_000_000, 10_000_000, 'id')).toBe('Rp2.000.000 – Rp10.000.000');
});

test('writes dates in each language without shifting the day', () => {
  const date = calendarDay('2022-06-30');
  expect(formatDate(date, 'id')).toBe('30 Juni 2022');
  expect(formatDate(date, 'en')).toBe('30 June 2022');
});

test("says whether a source's date is when it was published or updated", () => {
  expect(sourceDateWords({ date: '2022-06-30', dateKind: 'updated' }, 'id', t('id'))).toBe('diperbarui 30 Juni 2022');
  expect(sourceDateWords({ date: '2022-06-30', dateKind: 'published' }, 'en', t('en'))).toBe('published 30 June 2022');
  expect(sourceDateWords({ date: '2024-10-31', dateKind: 'unlabelled' }, 'en', t('en'))).toMatch(/^31 October 2024 \(the page does not say/);
  expect(sourceDateWords({ date: null }, 'id', t('id'))).toBe('tanpa tanggal');
});

test('states years of experience as the source gives them', () => {
  const say = t('en');
  expect(experienceYears({ minYears: 4, maxYears: 8, kind: 'earlier-stage', source: 's' }, say)).toBe('4–8 years');
  expect(experienceYears({ minYears: 8, band: 'senior', kind: 'earlier-stage', source: 's' }, say)).toBe('8 years or more');
  expect(experienceYears({ minYears: 3, moreThan: true, kind: 'typical', source: 's' }, say)).toBe('more than 3 years');
});
