import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { figureDate, isOld, newestIndex, yearOf } from '../../src/lib/figure-dates';
import { categoryCode, statesCode } from '../../src/lib/occupation-codes';

describe('how old a figure is', () => {
  test('a stated year wins over the source date, and an undated source gives no date', () => {
    expect(figureDate(2019, '2024-05-01')).toEqual({ year: 2019 });
    expect(figureDate(undefined, '2022-06-30')).toEqual({ day: '2022-06-30' });
    expect(figureDate(undefined, null)).toBeUndefined();
  });

  test('older than three years on the day the page is built', () => {
    expect(isOld({ day: '2022-06-30' }, '2026-12-01')).toBe(true);
    expect(isOld({ day: '2023-12-01' }, '2026-12-01')).toBe(false);
    expect(isOld({ day: '2023-11-30' }, '2026-12-01')).toBe(true);
    // A year-only figure counts from its last day: 2023 is not yet old on 1 December 2026.
    expect(isOld({ year: 2023 }, '2026-12-01')).toBe(false);
    expect(isOld({ year: 2019 }, '2026-12-01')).toBe(true);
    expect(yearOf({ day: '2022-06-30' })).toBe(2022);
  });

  test('the newest of several dated figures, none when fewer than two are dated or two share the top', () => {
    expect(newestIndex([{ day: '2022-06-30' }, undefined, { year: 2025 }])).toBe(2);
    expect(newestIndex([{ day: '2022-06-30' }, undefined])).toBeUndefined();
    expect(newestIndex([{ day: '2025-12-24' }, { day: '2025-12-24' }])).toBeUndefined();
  });

  test('the newest is never older than another dated figure (any list)', () => {
    const date = fc.oneof(
      fc.integer({ min: 1990, max: 2030 }).map((year) => ({ year })),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => ({ day: d.toISOString().slice(0, 10) })),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(date, { maxLength: 8 }), (dates) => {
        const i = newestIndex(dates);
        if (i === undefined) return;
        const key = (d: { year: number } | { day: string }) => ('year' in d ? `${d.year}-12-31` : d.day);
        for (const d of dates) if (d) expect(key(dates[i]!) >= key(d)).toBe(true);
      }),
    );
  });
});

describe('occupation codes', () => {
  test('a code counts only where the source states both the code and the title', () => {
    const figures = ['Summary Report for:\n43-4051.00 - Customer Service Representatives'];
    expect(statesCode(figures, '43-4051.00', 'Customer Service Representatives')).toBe(true);
    expect(statesCode(figures, '43-4051.01', 'Customer Service Representatives')).toBe(false);
    expect(statesCode(figures, '43-4051.00', 'Customer Service Specialists')).toBe(false);
  });

  test('become schema.org CategoryCodes in their classification', () => {
    expect(categoryCode('isco-08', '4222', 'Contact centre information clerks', 'https://esco.example/C4222')).toEqual({
      '@type': 'CategoryCode',
      codeValue: '4222',
      name: 'Contact centre information clerks',
      inCodeSet: { '@type': 'CategoryCodeSet', name: 'ISCO-08' },
      url: 'https://esco.example/C4222',
    });
  });
});
