/**
 * How old a figure is: the year it is for (where its source states one) or its source's date. A
 * reader sees "from 2019" on a figure older than FIGURE_AGE_YEARS, and which of a role's figures is
 * the newest. Pure: "today" is passed in, so pages and tests agree on it.
 */
import { FIGURE_AGE_YEARS } from './model';

/** When a figure is from: a day (its source's date) or only a year (the year the source says it is for). */
export type FigureDate = { day: string } | { year: number };

/** A figure's date: the year it is for, else its source's date; none for an undated source (its `accessed` day is not the figure's). */
export function figureDate(year: number | undefined, sourceDate: string | null): FigureDate | undefined {
  if (year !== undefined) return { year };
  return sourceDate ? { day: sourceDate } : undefined;
}

/** The calendar year of a figure's date. */
export function yearOf(date: FigureDate): number {
  return 'year' in date ? date.year : Number(date.day.slice(0, 4));
}

/** True for a figure older than FIGURE_AGE_YEARS on `today` (YYYY-MM-DD); a year-only figure counts from its last day. */
export function isOld(date: FigureDate, today: string): boolean {
  const cutoff = `${Number(today.slice(0, 4)) - FIGURE_AGE_YEARS}${today.slice(4)}`;
  const day = 'year' in date ? `${date.year}-12-31` : date.day;
  return day < cutoff;
}

/** The index of the newest dated figure, when two or more figures have a date and one is newer than the rest. */
export function newestIndex(dates: readonly (FigureDate | undefined)[]): number | undefined {
  const sortable = dates.map((d, i) => ({ i, key: d ? ('year' in d ? `${d.year}-12-31` : d.day) : undefined }));
  const dated = sortable.filter((d): d is { i: number; key: string } => d.key !== undefined);
  if (dated.length < 2) return undefined;
  const top = dated.reduce((a, b) => (b.key > a.key ? b : a));
  // A tie at the top (two figures of one page) has no newest.
  return dated.filter((d) => d.key === top.key).length === 1 ? top.i : undefined;
}

/** Today as YYYY-MM-DD (UTC): when the build runs, the day figures are aged from. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
