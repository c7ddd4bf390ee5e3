/** Numbers and dates as each language writes them, so figures read naturally in both. */
import type { ExperienceClaim } from './catalog';
import type { Locale } from './model';

const NUMBER_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** A whole rupiah amount: "Rp8.000.000" in Indonesian, "IDR 8,000,000" in English. */
export function formatIdr(amount: number, lang: Locale): string {
  const digits = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 }).format(amount);
  return lang === 'id' ? `Rp${digits}` : `IDR ${digits}`;
}

/** A salary range with an en dash, e.g. "Rp8.000.000 – Rp40.000.000". */
export function formatIdrRange(min: number, max: number, lang: Locale): string {
  return `${formatIdr(min, lang)} – ${formatIdr(max, lang)}`;
}

/** A calendar date such as "30 Juni 2022" / "30 June 2022"; dates are stored as UTC midnight. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An ISO calendar date (YYYY-MM-DD) for machine-readable attributes and JSON. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Years of experience as a source states them: a range, "N years or more" for an open band,
 * or "more than N years". `say` is the reader's translator (fact.years, fact.yearsOpen, fact.yearsMin).
 */
export function experienceYears(e: ExperienceClaim, say: (key: 'fact.years' | 'fact.yearsOpen' | 'fact.yearsMin', vars: Record<string, number>) => string): string {
  if (e.maxYears !== undefined) return say('fact.years', { min: e.minYears, max: e.maxYears });
  return say(e.band ? 'fact.yearsOpen' : 'fact.yearsMin', { min: e.minYears });
}
