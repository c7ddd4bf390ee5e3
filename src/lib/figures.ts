/**
 * Finds the salary and duration figures in a text, so tests can prove that every figure the site
 * shows also appears in a source. Understands Indonesian and English, digits and number words.
 */

/** A figure: an amount in rupiah, a duration in years, months or days, a point on a survey scale, or a reading rate. */
export interface Figure {
  unit: 'idr' | 'years' | 'months' | 'days' | 'score' | 'wpm';
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
const MILLIONS = new RegExp(`\\b(\\d+)(?:${JOIN}(\\d+))?\\s+(juta|million)\\b`, 'giu');
// Survey scores: "skor 9 atau 10", "scored 0 to 6", "skala 0 sampai 10", "a zero-to-ten scale".
const SCORE = new RegExp(`\\b(?:skor|scores?|scored|skala|scale of|answers?|menjawab)\\s+(?:a\\s+)?${NUM}(?:${JOIN}${NUM})?`, 'giu');
const SCALE = new RegExp(`\\b${NUM}${JOIN}${NUM}[\\s-]+(?:point\\s+)?scale\\b`, 'giu');
// Reading rates: "238 words per minute", "238 wpm", "206 KPM", "206 kata per menit".
const READING_RATE = /\b(\d+(?:[.,]\d+)?)\s*(?:wpm|kpm|words? per minute|kata per menit)\b/giu;
const RUPIAH = /\b(?:Rp\s?|IDR\s?)(\d{1,3}(?:[.,]\d{3})+)/giu;

const toNumber = (token: string) => NUMBER_WORDS[token.toLowerCase()] ?? Number(token);

// Every pattern above ends in or starts with one of these words; a text with none of them gives no figure.
const UNIT_WORD = /tahun|bulan|hari|year|month|day|juta|million|skor|score|skala|scale|answer|menjawab|wpm|kpm|minute|menit|rp|idr/i;

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
  for (const m of flat.matchAll(MILLIONS)) {
    out.push({ unit: 'idr', value: Number(m[1]) * 1_000_000 });
    if (m[2]) out.push({ unit: 'idr', value: Number(m[2]) * 1_000_000 });
  }
  for (const m of [...flat.matchAll(SCORE), ...flat.matchAll(SCALE)]) {
    out.push({ unit: 'score', value: toNumber(m[1]!) });
    if (m[2]) out.push({ unit: 'score', value: toNumber(m[2]) });
  }
  for (const m of flat.matchAll(READING_RATE)) out.push({ unit: 'wpm', value: Number(m[1]!.replace(',', '.')) });
  for (const m of flat.matchAll(RUPIAH)) out.push({ unit: 'idr', value: Number(m[1]!.replace(/[.,]/g, '')) });
  return out;
}

/** A stable key for a figure, e.g. "years:3" or "idr:8000000". */
export function figureKey(f: Figure): string {
  return `${f.unit}:${f.value}`;
}
