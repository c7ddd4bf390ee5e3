/** Numbers and dates as each language writes them, so figures read naturally in both. */
import type { ExperienceClaim, Role } from './catalog';
import type { Locale, SourceDateKind } from './model';

import site from 'site:config';

const NUMBER_LOCALE: Record<Locale, string> = { id: site.languages.id.numbers, en: site.languages.en.numbers };

/** A whole rupiah amount: "Rp8.000.000" in Indonesian, "IDR 8,000,000" in English. */
export function formatIdr(amount: number, lang: Locale): string {
  const digits = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 0 }).format(amount);
  return lang === 'id' ? `Rp${digits}` : `IDR ${digits}`;
}

/** A salary range with an en dash, e.g. "Rp8.000.000 – Rp40.000.000". */
export function formatIdrRange(min: number, max: number | undefined, lang: Locale): string {
  return max === undefined || max === min ? formatIdr(min, lang) : `${formatIdr(min, lang)} – ${formatIdr(max, lang)}`;
}

/** A calendar date such as "30 Juni 2022" / "30 June 2022"; dates are stored as UTC midnight. */
export function formatDate(date: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(NUMBER_LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A YYYY-MM-DD calendar date (as sources store it) as a Date at UTC midnight. */
export function calendarDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** How a source's date reads: "diperbarui 30 Juni 2022" / "updated 30 June 2022", or "tanpa tanggal". */
export function sourceDateWords(
  source: { date: string | null; dateKind?: SourceDateKind | undefined; accessed?: string | undefined },
  lang: Locale,
  say: (key: `sources.date.${SourceDateKind}` | 'sources.undated' | 'sources.accessed', vars?: Record<string, string>) => string,
): string {
  if (source.date === null) return source.accessed ? say('sources.accessed', { date: formatDate(calendarDay(source.accessed), lang) }) : say('sources.undated');
  return say(`sources.date.${source.dateKind ?? 'unlabelled'}`, { date: formatDate(calendarDay(source.date), lang) });
}

/**
 * Years of experience as a source states them: a range, "N years or more" for an open band,
 * or "more than N years". `say` is the reader's translator (fact.years, fact.yearsOpen, fact.yearsMin).
 */
export function experienceYears(
  e: ExperienceClaim,
  say: (key: 'fact.years' | 'fact.yearsOpen' | 'fact.yearsMin' | 'fact.yearsVary', vars?: Record<string, number>) => string,
): string {
  if (e.minYears === undefined) return say('fact.yearsVary');
  if (e.maxYears !== undefined) return say('fact.years', { min: e.minYears, max: e.maxYears });
  return say(e.moreThan ? 'fact.yearsMin' : 'fact.yearsOpen', { min: e.minYears });
}

type PaySay = (key: 'fact.asNamed' | 'fact.median' | 'role.salaryScopeAllCs', vars?: Record<string, string>) => string;

/**
 * Whom a pay figure is for, where that is not simply this role: `about` the title the source uses and
 * the city ("as "Call Center Officer", Jakarta"), `limits` what else narrows it (CS work in general,
 * "at one employer, Bank DKI", the median). One reading for the role page, job descriptions and the ladder.
 */
export function payDetail(s: Role['salary'][number], lang: Locale, say: PaySay): { about: string; limits: string[] } {
  return {
    about: [s.asNamed ? say('fact.asNamed', { title: s.asNamed }) : '', s.city ?? ''].filter(Boolean).join(', '),
    limits: [
      ...(s.scope === 'all-cs' ? [say('role.salaryScopeAllCs')] : []),
      ...(s.context ? [s.context[lang]] : []),
      ...(s.median !== undefined ? [say('fact.median', { amount: formatIdr(s.median, lang) })] : []),
    ],
  };
}

/**
 * A pay figure in words, without its source: the amount or range (passed through `amount`, e.g. to add
 * "a month"), then its payDetail(), for the text a job description or the ladder's panel carries.
 */
export function payWords(s: Role['salary'][number], lang: Locale, say: PaySay, amount: (range: string) => string = (range) => range): string {
  const { about, limits } = payDetail(s, lang, say);
  const detail = [about, ...limits].filter(Boolean).join('; ');
  return `${amount(formatIdrRange(s.min, s.max, lang))}${detail ? ` (${detail})` : ''}`;
}
