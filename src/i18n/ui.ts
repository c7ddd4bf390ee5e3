/**
 * The one way components get interface words: `t(lang)('nav.roles')`. Both dictionaries share
 * their keys (checked by the compiler and by tests/unit/i18n.test.ts), so no component branches on language.
 */
import type { Locale } from '../lib/model';
import { fillPlaceholders } from '../lib/placeholders';
import { en } from './en';
import { id, type UiKey } from './id';

export type { UiKey };

/** Every dictionary, by locale. */
export const dictionaries: Record<Locale, Record<UiKey, string>> = { id, en };

/** A translator for one language; `{name}` placeholders are filled from `vars`. */
export function t(lang: Locale) {
  const dict = dictionaries[lang];
  return (key: UiKey, vars: Record<string, string | number> = {}): string =>
    fillPlaceholders(dict[key], vars);
}

/** A translator for one language, as page models and views receive it. */
export type Say = ReturnType<typeof t>;
