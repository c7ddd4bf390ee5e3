/**
 * Finds the salary and duration figures in a text, so tests can prove that every figure the site
 * shows also appears in a source. Understands Indonesian and English, digits and number words.
 */

/** A figure: an amount in rupiah, a duration in years, months or days, a point on a survey scale, a reading rate, or the calendar year a figure is for. */
export interface Figure {
  unit: 'idr' | 'years' | 'months' | 'days' | 'score' | 'wpm' | 'year';
  value: number;
}

const NUMBER_WORDS: Record<string, number> = {
  nol: 0, zero: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};
const UNITS: Record<string, Figure['unit']> = {
  tahun: 'years', year: 'years', years: 'years',
  bulan: 'months', month: 'months', months: 'months',
  hari: 'days', day: 'days', days: 'days',
};
const NUM = `(\\d+|${Object.keys(NUMBER_WORDS).join('|')})`;
const JOIN = `\\s*(?:–|-to-|-|to|hingga|sampai|and|dan|or|atau)\\s*`;
const DURATION = new RegExp(`\\b${NUM}(?:${JOIN}${NUM})?(?:\\s+(?:full|penuh))?\\s+(tahun|bulan|hari|years?|months?|days?)\\b`, 'giu');
// "2 hingga 10 juta", "Rp5,7 juta" (5.7 million: Indonesian writes the decimal with a comma).
const MILLIONS = new RegExp(`(?<![\\d.,])(\\d+(?:[.,]\\d)?)(?:${JOIN}(\\d+(?:[.,]\\d)?))?\\s+(juta|million)\\b`, 'giu');
// Survey scores: "skor 9 atau 10", "scored 0 to 6", "skala 0 sampai 10", "a zero-to-ten scale".
const SCORE = new RegExp(`\\b(?:skor|scores?|scored|skala|scale of|answers?|menjawab)\\s+(?:a\\s+)?${NUM}(?:${JOIN}${NUM})?`, 'giu');
const SCALE = new RegExp(`\\b${NUM}${JOIN}${NUM}[\\s-]+(?:point\\s+)?scale\\b`, 'giu');
// Reading rates: "238 words per minute", "238 wpm", "206 KPM", "206 kata per menit".
const READING_RATE = /\b(\d+(?:[.,]\d+)?)\s*(?:wpm|kpm|words? per minute|kata per menit)\b/giu;
// "Rp6.300.000", "Rp. 5.000.000", "IDR 5,396,761", and a table cell run into its label ("OfficerRp6.300.000,00").
const RUPIAH = /(?:Rp\.?\s?|\bIDR\s?)(\d{1,3}(?:[.,]\d{3})+)/giu;
// "8,970,000 IDR per month": the currency after the amount.
const RUPIAH_AFTER = /\b(\d{1,3}(?:[.,]\d{3})+)\s?(?:IDR|rupiah)\b/giu;
// "pada tahun 2019", "UMK Tahun 2026", "in 2019": the year a figure is for.
const YEAR = /\b(?:tahun|year|in)\s+((?:19|20)\d{2})\b/giu;

const toNumber = (token: string) => NUMBER_WORDS[token.toLowerCase()] ?? Number(token);

// Every pattern above ends in or starts with one of these words; a text with none of them gives no figure.
const UNIT_WORD = /tahun|bulan|hari|year|month|day|juta|million|skor|score|skala|scale|answer|menjawab|wpm|kpm|minute|menit|rp|idr|rupiah/i;

/** Every salary, duration and survey-score figure in a text. */
export function figuresIn(text: string): Figure[] {
  if (!UNIT_WORD.test(text)) return [];
  const out: Figure[] = [];
  const flat = text.replace(/\s+/g, ' ');
  for (const m of flat.matchAll(DURATION)) {
    const unit = UNITS[m[3]!.toLowerCase()]!;
    out.push({ unit, value: toNumber(m[1]!) });
    if (m[2]) out.push({ unit, value: toNumber(m[2]) });
  }
  const millions = (n: string) => Math.round(Number(n.replace(',', '.')) * 1_000_000);
  for (const m of flat.matchAll(MILLIONS)) {
    out.push({ unit: 'idr', value: millions(m[1]!) });
    if (m[2]) out.push({ unit: 'idr', value: millions(m[2]) });
  }
  for (const m of [...flat.matchAll(SCORE), ...flat.matchAll(SCALE)]) {
    out.push({ unit: 'score', value: toNumber(m[1]!) });
    if (m[2]) out.push({ unit: 'score', value: toNumber(m[2]) });
  }
  for (const m of flat.matchAll(READING_RATE)) out.push({ unit: 'wpm', value: Number(m[1]!.replace(',', '.')) });
  for (const m of flat.matchAll(RUPIAH)) out.push({ unit: 'idr', value: Number(m[1]!.replace(/[.,]/g, '')) });
  for (const m of flat.matchAll(RUPIAH_AFTER)) out.push({ unit: 'idr', value: Number(m[1]!.replace(/[.,]/g, '')) });
  return out;
}

/**
 * The calendar years a source says its figures are for ("pada tahun 2019"). Kept apart from figuresIn(),
 * so prose may name a year (a source's date) without crediting it like a figure.
 */
export function yearsIn(text: string): Figure[] {
  return [...text.replace(/\s+/g, ' ').matchAll(YEAR)].map((m) => ({ unit: 'year', value: Number(m[1]) }));
}

/** A stable key for a figure, e.g. "years:3" or "idr:8000000". */
export function figureKey(f: Figure): string {
  return `${f.unit}:${f.value}`;
}
