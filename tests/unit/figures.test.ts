import { describe, expect, test } from 'vitest';
import { figureKey, figuresIn, yearsIn } from '../../src/lib/figures';

const keys = (text: string) => figuresIn(text).map(figureKey).sort();

test('reads Indonesian rupiah amounts and ranges in millions', () => {
  expect(keys('berkisar dari Rp8.000.000-Rp40.000.000')).toEqual(['idr:40000000', 'idr:8000000']);
  expect(keys('antara 2 hingga 10 juta rupiah per bulan')).toEqual(['idr:10000000', 'idr:2000000']);
});

test('reads English amounts', () => {
  expect(keys('IDR 8,000,000 – IDR 40,000,000 a month, or 2 to 10 million')).toEqual([
    'idr:10000000',
    'idr:2000000',
    'idr:40000000',
    'idr:8000000',
  ]);
});

test('reads durations written with digits, ranges and number words', () => {
  expect(keys('pengalaman 1-3 tahun, lebih dari tiga tahun, dari dua hari hingga empat bulan')).toEqual([
    'days:2',
    'months:4',
    'years:1',
    'years:3',
    'years:3',
  ]);
  expect(keys('4–8 years, or eight years or more')).toEqual(['years:4', 'years:8', 'years:8']);
});

test('ignores numbers that are not salaries or durations', () => {
  expect(keys('NPS asks for a score from 0 to 10, times 100%')).toEqual([]);
});

test('reads survey scores and scales, so an NPS or CSAT band needs a source too', () => {
  expect(keys('promotor (yang memberi skor 9 atau 10), dengan skala 0 sampai 10')).toEqual(['score:0', 'score:10', 'score:10', 'score:9']);
  expect(keys('those who scored 0 to 6 on a zero-to-ten scale')).toEqual(['score:0', 'score:0', 'score:10', 'score:6']);
});

describe('figures as salary pages write them', () => {
  test('after the amount, with a dot after Rp, and run into a table label', () => {
    expect(figuresIn('range from 8,970,000 IDR per month (minimum salary) to 25,100,000 IDR per month')).toEqual([
      { unit: 'idr', value: 8_970_000 },
      { unit: 'idr', value: 25_100_000 },
    ]);
    expect(figuresIn('Manager: Rp. 5.000.000 – Rp. 20.000.000')).toEqual([
      { unit: 'idr', value: 5_000_000 },
      { unit: 'idr', value: 20_000_000 },
    ]);
    expect(figuresIn('19Customer Service OfficerRp6.300.000,00')).toEqual([{ unit: 'idr', value: 6_300_000 }]);
  });

  test('the year a figure is for is read apart from the figures, so prose may name a year freely', () => {
    expect(yearsIn('data rata-rata gaji ... pada tahun 2019')).toEqual([{ unit: 'year', value: 2019 }]);
    expect(yearsIn('nilai UMK Tahun 2026 sebesar Rp5.288.796,00')).toEqual([{ unit: 'year', value: 2026 }]);
    expect(figuresIn('pada tahun 2019')).toEqual([]);
  });
});

test('a decimal million as Indonesian writes it', () => {
  expect(figuresIn('Ditetapkan Menjadi Rp5,7 Juta')).toEqual([{ unit: 'idr', value: 5_700_000 }]);
  expect(figuresIn('2 hingga 10 juta rupiah')).toEqual([
    { unit: 'idr', value: 2_000_000 },
    { unit: 'idr', value: 10_000_000 },
  ]);
});
